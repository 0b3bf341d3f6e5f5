import Foundation

/// Checks every link a page's Markdown makes inside the site, after all pages
/// are known: the target must be a page, an alias, or a file the build writes,
/// and a `#fragment` must be an id on the target page. As in Zola, a broken
/// internal link is an error naming the file, line and column.
struct InternalLinkChecker {
    var site: Site
    var markdown: [RenderedMarkdown]
    /// Site paths of files other than pages: assets, static files, sitemap, exports.
    var otherFiles: Set<String>

    /// The files a build writes or copies besides pages: site files, each
    /// language's 404 page, theme assets under `assets/` and `static/` files.
    static func filesBesidePages(languageCodes: [String], staticFiles: [String], assets: [ThemeAsset]) -> Set<String> {
        var files = Set(["sitemap.xml", "robots.txt", "404.html", "index.html", ""] + staticFiles)
        for asset in assets { files.insert(asset.outputPath) }
        for language in languageCodes { files.insert(language + "/404.html") }
        return files
    }

    /// Ids every page of the default theme has, besides its headings.
    static let themeIDs: Set<String> = ["main", "top"]

    func check(diagnostics: inout DiagnosticBag) {
        for found in checkPages(Array(site.pages.indices)) { diagnostics.append(contentsOf: found) }
    }

    /// The problems of each given page's links, in the order given. Pages are checked on every core.
    func checkPages(_ indexes: [Int]) -> [[Diagnostic]] {
        let pageBySitePath = pagesBySitePath()
        return Parallel.map(indexes.count) { position in checkPage(indexes[position], pageBySitePath: pageBySitePath) }
    }

    private func pagesBySitePath() -> [String: Int] {
        var pageBySitePath: [String: Int] = [:]
        for (index, page) in site.pages.enumerated() { pageBySitePath[page.sitePath] = index }
        for alias in site.aliases { pageBySitePath[alias.path] = pageBySitePath[alias.path] ?? alias.pageIndex }
        return pageBySitePath
    }

    /// The site paths page `index` links to (without fragments), for knowing which pages link to which.
    func targets(of index: Int) -> [String] {
        guard index < markdown.count else { return [] }
        let prefix = site.config.baseURL.pathPrefix
        let page = site.pages[index]
        return markdown[index].links.compactMap { link in
            guard let (path, _) = Self.split(link.url), !path.isEmpty else { return nil }
            return Self.resolve(path, from: page.sitePath, prefix: prefix)
        }
    }

    private func checkPage(_ index: Int, pageBySitePath: [String: Int]) -> [Diagnostic] {
        guard index < markdown.count else { return [] }
        var diagnostics = DiagnosticBag()
        func ids(_ index: Int) -> Set<String> {
            Set(markdown[index].headings.map(\.id)).union(markdown[index].footnoteIDs).union(Self.themeIDs)
        }
        let prefix = site.config.baseURL.pathPrefix
        let page = site.pages[index]
        for link in markdown[index].links {
            let location = SourceLocation(path: page.displayPath, line: link.line, column: link.column)
            guard let (path, fragment) = Self.split(link.url) else { continue }
            var targetIndex: Int? = index
            if !path.isEmpty {
                guard let sitePath = Self.resolve(path, from: page.sitePath, prefix: prefix) else {
                    diagnostics.error(
                        location, "link '\(link.url)' points outside the site (its base path is \(prefix))",
                        hint: "link to the Markdown file instead (e.g. ../agendas/taller.es.md) so the URL follows the base URL")
                    continue
                }
                if let target = pageBySitePath[sitePath] ?? pageBySitePath[sitePath + "/"] {
                    targetIndex = target
                } else if otherFiles.contains(sitePath) || otherFiles.contains(sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath) {
                    targetIndex = nil
                } else {
                    diagnostics.error(location, "broken link: nothing is published at '\(link.url)'", hint: "link to the Markdown file of the page (e.g. ../programmes/foo.es.md)")
                    continue
                }
            }
            if let fragment, let targetIndex, !fragment.isEmpty, !ids(targetIndex).contains(fragment) {
                let known = markdown[targetIndex].headings.map { "#" + $0.id }.prefix(6).joined(separator: ", ")
                // `#estás-listo` written for Hugo's ids, on a site with Tandem's (`#estas-listo`), or the reverse.
                let folded = Slug.make(fragment)
                let match = markdown[targetIndex].headings.first { !folded.isEmpty && Slug.make($0.id) == folded }
                diagnostics.error(
                    location, "link '\(link.url)' points to a missing anchor '#\(fragment)'",
                    hint: match.map { "did you mean #\($0.id)? (or set markdown.headingIDs: github in tandem.yaml for Hugo's and GitHub's ids)" }
                        ?? (known.isEmpty ? "the target page has no headings to link to" : "anchors on that page include \(known)"))
            }
        }
        return diagnostics.items
    }

    /// Path and fragment of an internal link; nil for external links (with a scheme, `//`, or `mailto:`).
    static func split(_ url: String) -> (path: String, fragment: String?)? {
        let trimmed = url.trimmingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("//") { return nil }
        // On UTF-8 bytes: every character looked for is ASCII, and Character searches were 3 % of a build.
        let found = ByteSearch.firstIndexes(of: Array(":/#?".utf8), in: trimmed)
        let (colon, slash, hash, query) = (found[0], found[1], found[2], found[3])
        if let colon, slash.map({ $0 > colon }) ?? true, hash.map({ $0 > colon }) ?? true { return nil }
        var pathEnd = trimmed.endIndex
        var fragment: String?
        if let hash {
            pathEnd = hash
            fragment = Self.percentDecoded(String(trimmed[trimmed.utf8.index(after: hash)...]))
        }
        if let query, query < pathEnd { pathEnd = query }
        return (String(trimmed[..<pathEnd]), fragment)
    }

    /// `text.removingPercentEncoding ?? text`: without a `%` there is nothing to decode (every
    /// link of every page passes through here, and nearly none needs it).
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    /// The site path a link leads to from a page at `pagePath` (`es/programas/x/`), or nil when it leaves the site.
    static func resolve(_ path: String, from pagePath: String, prefix: String) -> String? {
        let decoded = Self.percentDecoded(path)
        // Path parts are slices cut on `/` bytes: splitting by Character and making a String
        // of each part was 6 % of a build's instructions (every link of every page).
        var components: [Substring]
        if decoded.hasPrefix("/") {
            guard decoded.hasPrefix(prefix) || decoded + "/" == prefix else { return nil }
            components = []
        } else {
            components = ByteSplit.pathParts(pagePath[...])
        }
        let relative = decoded.hasPrefix("/") ? decoded.dropFirst(min(decoded.count, prefix.count)) : decoded[...]
        for component in ByteSplit.pathParts(relative) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(component)
            }
        }
        var result = components.joined(separator: "/")
        if result.hasSuffix("index.html") { result = String(result.dropLast("index.html".count)) }
        let last = components.last ?? ""
        if !result.isEmpty, !result.hasSuffix("/"), !last.utf8.contains(UInt8(ascii: ".")) { result += "/" }
        return result
    }
}

