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
        if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") { return .unchanged }

        var pathPart = Substring(trimmed)
        var fragment = ""
        if let hash = trimmed.firstIndex(of: "#") {
            pathPart = trimmed[..<hash]
            fragment = String(trimmed[hash...])
        }
        guard pathPart.lowercased().hasSuffix(".md") else { return .unchanged }
        let decoded = (String(pathPart).removingPercentEncoding ?? String(pathPart)).precomposedStringWithCanonicalMapping

        let folder = source.sectionPath.split(separator: "/").map(String.init)
        var components = decoded.hasPrefix("/") ? [] : folder
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else {
                    return .missing(message: "link to '\(destination)' goes above content/", hint: "link to a file inside content/")
                }
                components.removeLast()
            default: components.append(String(component))
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

