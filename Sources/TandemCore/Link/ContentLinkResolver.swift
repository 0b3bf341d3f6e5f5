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
        if trimmed.hasPrefix("/"), !ContentScanner.hasMarkdownExtension(hash.map { trimmed[..<$0] } ?? trimmed[...]) {
            return rewriteRootRelative(trimmed, from: page)
        }

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

        var components = decoded.hasPrefix("/") ? [] : ByteSplit.pathParts(source.contentFolder[...])
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
        var target = components.joined(separator: "/")
        // `/post/b.md` in a language with its own content folder starts in that folder.
        if decoded.hasPrefix("/"), site.pagesByContentPath[target] == nil, let folder = languageFolder(page.languageCode),
           site.pagesByContentPath[folder + "/" + target] != nil {
            target = folder + "/" + target
        }
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

    /// The folder inside `content/` of a language with a `contentDir` (`es`), or nil.
    func languageFolder(_ code: String) -> String? {
        guard let folder = site.config.language(code)?.contentDir, folder.hasPrefix("content/") else { return nil }
        return String(folder.dropFirst("content/".count))
    }

    /// A root-relative link (`/chapter-7`, `/case-studies/#a`) as Hugo sites write them: the
    /// page at that path in the linking page's language when there is one (`/en/chapter-7/`
    /// from an English page when English lives under /en/), else the link as written, checked
    /// later like any other.
    func rewriteRootRelative(_ link: String, from page: Page) -> LinkRewrite {
        let prefix = site.config.baseURL.pathPrefix
        var path = Substring(link)
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        var decoded = InternalLinkChecker.percentDecoded(String(path))
        if decoded.hasPrefix(prefix) { decoded = String(decoded.dropFirst(prefix.count)) } else { decoded = String(decoded.dropFirst()) }
        let last = decoded.split(separator: "/").last ?? ""
        if !decoded.isEmpty, !decoded.hasSuffix("/"), !last.contains(".") { decoded += "/" }
        let languagePrefix = site.config.languagePrefix(page.languageCode)
        guard !languagePrefix.isEmpty, !decoded.hasPrefix(languagePrefix),
              let index = site.pagesBySitePath[languagePrefix + decoded] else { return .unchanged }
        return .page(url: site.config.baseURL.path(site.pages[index].sitePath) + fragment)
    }

    /// `{{< ref "x" >}}` and `{{< relref "x" >}}`: a content path as Hugo looks it up (from the
    /// page's folder, then from the content root, with or without `.md`, a bundle's
    /// `index.md` or a section's `_index.md`, any language suffix), turned into the URL of the
    /// page in the linking page's language when it has one.
    public func rewriteReference(_ reference: String, from page: Page) -> LinkRewrite {
        guard let source = page.source else { return .unchanged }
        var path = Substring(reference)
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        if path.isEmpty { return .page(url: fragment) }
        let folder = languageFolder(page.languageCode)
        var bases: [String] = []
        if path.hasPrefix("/") {
            if let folder { bases.append(folder + path) }
            bases.append(String(path.dropFirst()))
        } else {
            bases.append(source.contentFolder.isEmpty ? String(path) : source.contentFolder + "/" + path)
            if let folder { bases.append(folder + "/" + path) }
            bases.append(String(path))
        }
        let languages = [page.languageCode] + site.config.languageCodes.filter { $0 != page.languageCode }
        for base in bases {
            var components: [String] = []
            for component in base.split(separator: "/") {
                if component == ".." { _ = components.popLast() } else if component != "." { components.append(String(component)) }
            }
            let joined = components.joined(separator: "/")
            let stem = ContentScanner.hasMarkdownExtension(joined[...]) ? String(joined.dropLast(3)) : joined
            var candidates = [stem + ".md", stem + "/index.md", stem + "/_index.md"]
            for code in languages {
                candidates += [stem + "." + code + ".md", stem + "/index." + code + ".md", stem + "/_index." + code + ".md"]
            }
            for candidate in candidates {
                guard var index = site.pagesByContentPath[candidate] else { continue }
                if site.pages[index].languageCode != page.languageCode, let own = site.translation(of: index, in: page.languageCode) { index = own }
                return .page(url: site.config.baseURL.path(site.pages[index].sitePath) + fragment)
            }
        }
        return .missing(
            message: "to a missing page '\(reference)'",
            hint: "give the path of a content file from the page's folder or from content/ (e.g. \"post/notes.md\")")
    }
}
