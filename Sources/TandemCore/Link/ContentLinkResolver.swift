import Foundation

/// Turns a link written in one page's Markdown into a page URL when it points
/// at a content file: `[agenda](../agendas/taller.es.md#viernes)` becomes
/// `/es/agendas/taller/#viernes`. Links to anything else are left alone.
public struct ContentLinkResolver: Sendable {
    public var site: Site

    public init(site: Site) { self.site = site }

    public func rewrite(_ destination: String, from page: Page) -> LinkRewrite {
        guard let source = page.source else { return .unchanged }
        let trimmed = destination.trimmingSpaces()
        // Anything with a scheme (https:, mailto:), protocol-relative or a bare fragment is not ours.
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("//") { return .unchanged }
        // Searched on UTF-8 bytes: every character looked for is ASCII (Character searches
        // were 1 % of a 10k build, every link of every page passing through here).
        let found = ByteSearch.firstIndexes(of: Array(":/#".utf8), in: trimmed)
        let (colon, slash, hash) = (found[0], found[1], found[2])
        if let colon, slash.map({ $0 > colon }) ?? true { return .unchanged }

        var pathPart = Substring(trimmed)
        var fragment = ""
        if let hash {
            pathPart = trimmed[..<hash]
            fragment = String(trimmed[hash...])
        }
        guard ContentScanner.hasMarkdownExtension(pathPart) else { return .unchanged }
        var decoded = String(pathPart)
        if decoded.utf8.contains(UInt8(ascii: "%")) { decoded = decoded.removingPercentEncoding ?? decoded }
        if decoded.utf8.contains(where: { $0 >= 0x80 }) { decoded = decoded.precomposedStringWithCanonicalMapping }

        var components = decoded.hasPrefix("/") ? [] : ByteSplit.pathParts(source.sectionPath[...])
        for component in ByteSplit.pathParts(decoded[...]) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else {
                    return .missing(message: "link to '\(destination)' goes above content/", hint: "link to a file inside content/")
                }
                components.removeLast()
            default: components.append(component)
            }
        }
        let target = components.joined(separator: "/")
        if let index = site.pagesByContentPath[target] {
            return .page(url: site.config.baseURL.path(site.pages[index].sitePath) + fragment)
        }
        // `foo.md` without a language suffix means the page in the linking page's language.
        let withLanguage = String(target.dropLast(3)) + "." + page.languageCode + ".md"
        if let index = site.pagesByContentPath[withLanguage] {
            return .page(url: site.config.baseURL.path(site.pages[index].sitePath) + fragment)
        }
        let draftHint = "check the file name; if the page is a draft, build with --drafts"
        return .missing(message: "link to a missing page '\(destination)' (looked for content/\(target))", hint: draftHint)
    }
}
