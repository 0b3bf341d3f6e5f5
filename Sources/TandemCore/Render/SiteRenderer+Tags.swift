/// The generated tag pages: one per tag and language, and a language's tag list.
extension SiteRenderer {
    static let tagTemplate = "tag-page"

    func tagPages() -> [OutputFile] {
        let tags = builder.tags
        var list: [(language: String, slug: String?)] = []
        for language in site.config.languageCodes where !tags.tags(language).isEmpty {
            list += ([nil] + tags.tags(language).map(\.slug)).map { (language, $0) }
        }
        let pages = list
        // Rendered on every core, as content pages are: a site with thousands of tags has as
        // many tag pages, and one after the other they were a quarter of the site files' time.
        let renderer = self
        return Parallel.map(pages.count) { position in
            let (language, slug) = pages[position]
            let stack: [TemplateValue] = [.map(renderer.builder.common(language: language)), .map(renderer.builder.tagPageContext(language: language, slug: slug))]
            let html = renderer.input.theme.library.render(stack: stack, withTemplate: Self.tagTemplate) ?? ""
            let path = slug.map { tags.path(language, slug: $0) } ?? tags.indexPath(language)
            return OutputFile(path: path + "index.html", text: html)
        }
    }

    /// The sitemap entries of the tag pages, after the content pages'.
    func tagSitemapEntries() -> [String] {
        builder.tags.sitePaths.map { path in
            "  <url>\n    <loc>\(XMLText.escape(site.config.baseURL.absolute(path)))</loc>\n  </url>\n"
        }
    }
}
