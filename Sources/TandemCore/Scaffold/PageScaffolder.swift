import Foundation

/// `tandem new <section>/<name>`: writes `content/<section>/<name>.<language>.md`
/// from the section's archetype, never over an existing file, and tells the
/// URL the page will have.
public struct PageScaffolder: Sendable {
    public var siteFolder: URL
    public var config: SiteConfig

    public init(siteFolder: URL, config: SiteConfig) {
        self.siteFolder = siteFolder
        self.config = config
    }

    public struct Result: Sendable, Equatable {
        /// Relative to the site folder: `content/programmes/local-budgets.es.md`.
        public var path: String
        /// Where the page will be served (`/es/programas/local-budgets/`), or nil when the
        /// site does not load far enough to tell.
        public var url: String?
        /// The archetype used: `archetypes/agendas.md` or `built-in agenda`.
        public var archetype: String
    }

    /// - Parameter pagePath: `<section>/<name>`, sections nested as deep as wanted (`programmes/2026/local-budgets`).
    public func create(_ pagePath: String, language: String?, date: CalendarDate) throws -> Result {
        let parts = pagePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // No dots: `..` could leave content/, and `name.en` would read as a language suffix.
        guard parts.count >= 2, parts.allSatisfy({ Slug.isValidSegment($0) && !$0.contains(".") }) else {
            throw ScaffoldError.invalidPagePath(pagePath)
        }
        let code = language ?? config.defaultLanguageCode
        guard config.language(code) != nil else { throw ScaffoldError.unknownLanguage(code, site: config.languageCodes) }
        let section = parts.dropLast().joined(separator: "/")
        let name = parts[parts.count - 1]
        let contentPath = section + "/" + name + "." + code + ".md"
        let archetype = Archetype.find(section: section, language: code, siteFolder: siteFolder)
        let file = ScaffoldFile(path: "content/" + contentPath, text: archetype.render(name: name, section: section, language: code, date: date))
        try ScaffoldFile.writeAll([file], into: siteFolder)
        return Result(path: file.path, url: url(of: contentPath), archetype: archetype.origin)
    }

    /// The page's URL as a build would make it: the site is scanned, parsed and linked
    /// (no Markdown, no writing), so section slugs and the page's `slug:` count.
    func url(of contentPath: String) -> String? {
        var ignored = DiagnosticBag()
        let files = ContentScanner(siteFolder: siteFolder, languageCodes: config.languageCodes, defaultLanguageCode: config.defaultLanguageCode)
            .scan(into: &ignored)
        let pages = files.compactMap { PageParser().parse($0, diagnostics: &ignored) }
        let site = SiteLinker(config: config, includeDrafts: true).link(pages, diagnostics: &ignored)
        guard let index = site.pagesByContentPath[contentPath.precomposedStringWithCanonicalMapping] else { return nil }
        return config.baseURL.path(site.pages[index].sitePath)
    }
}
