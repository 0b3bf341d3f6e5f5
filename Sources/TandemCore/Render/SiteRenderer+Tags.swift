/// The generated tag pages: one per tag and language, and a language's tag list.
extension SiteRenderer {
    static let tagTemplate = "tag-page"

    func tagPages() -> [OutputFile] { tagPages(builder.tags.pageIDs) }

    /// The given tag pages, in the order given.
    func tagPages(_ ids: [TagIndex.PageID]) -> [OutputFile] {
        let tags = builder.tags
        // Rendered on every core, as content pages are: a site with thousands of tags has as
        // many tag pages, and one after the other they were a quarter of the site files' time.
        let renderer = self
        return Parallel.map(ids.count) { position in
            let id = ids[position]
            let stack: [TemplateValue] = [.map(renderer.builder.common(language: id.language)), .map(renderer.builder.tagPageContext(language: id.language, slug: id.slug))]
            let html = renderer.input.theme.library.renderUTF8(stack: stack, withTemplate: Self.tagTemplate) ?? []
            return OutputFile(path: tags.sitePath(of: id) + "index.html", utf8: html)
        }
    }

    /// The sitemap entries of the tag pages, after the content pages'.
    func tagSitemapEntries() -> [String] {
        builder.tags.sitePaths.map { path in
            "  <url>\n    <loc>\(XMLText.escape(site.config.baseURL.absolute(path)))</loc>\n  </url>\n"
        }
    }
}
