/// The whole site after the link stage: every page with its URL, paired with
/// its translations and placed in its section. Read-only from here on, so the
/// render stage can work on many pages at once without locks.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Every page in every language, in a stable order (by language, then path).
    public var pages: [Page]
    /// translation key → language code → index in `pages`.
    public var translations: [String: [String: Int]]
    /// language code → section path → section.
    public var sections: [String: [String: Section]]
    /// content path (`programmes/foo.es.md`) → index in `pages`.
    public var pagesByContentPath: [String: Int]
    /// Alias site path → target page index.
    public var aliases: [(path: String, pageIndex: Int)]
    /// Non-Markdown files of bundles and section folders, with where they are published
    /// (set by the build after the link stage, see `BundleResources`).
    public var resources: [BundleResources.Resource] = []
    /// Site path (`en/post/notes/`) → index in `pages`, for pages and their aliases.
    public var pagesBySitePath: [String: Int] = [:]

    public func home(_ languageCode: String) -> Int? { sections[languageCode]?[""]?.pageIndex }

    public func section(_ path: String, _ languageCode: String) -> Section? { sections[languageCode]?[path] }

    /// The same page in another language, if it exists.
    public func translation(of index: Int, in languageCode: String) -> Int? {
        translations[pages[index].translationKey]?[languageCode]
    }

    /// The other languages' versions of a page, in config order.
    public func translations(of index: Int) -> [Int] {
        // Fields read in place: copying a whole Page here showed up in every list page's render.
        let languageCode = pages[index].languageCode
        guard let versions = translations[pages[index].translationKey] else { return [] }
        return config.languages.compactMap { language in
            language.code == languageCode ? nil : versions[language.code]
        }
    }

    public func pages(in languageCode: String) -> [Int] {
        pages.indices.filter { pages[$0].languageCode == languageCode }
    }
}
