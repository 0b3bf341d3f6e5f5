/// The generated tag pages: one per tag and language, and a language's tag list.
extension SiteRenderer {
    static let tagTemplate = "tag-page"

    func tagPages() -> [OutputFile] {
        let tags = builder.tags
        var files: [OutputFile] = []
        for language in site.config.languageCodes where !tags.tags(language).isEmpty {
            for slug in [nil] + tags.tags(language).map(\.slug) {
                let stack: [TemplateValue] = [.map(builder.common(language: language)), .map(builder.tagPageContext(language: language, slug: slug))]
                let html = input.theme.library.render(stack: stack, withTemplate: Self.tagTemplate) ?? ""
                let path = slug.map { tags.path(language, slug: $0) } ?? tags.indexPath(language)
                files.append(OutputFile(path: path + "index.html", text: html))
            }
        }
        return files
    }

    /// The sitemap entries of the tag pages, after the content pages'.
    func tagSitemapEntries() -> [String] {
        builder.tags.sitePaths.map { path in
            "  <url>\n    <loc>\(XMLText.escape(site.config.baseURL.absolute(path)))</loc>\n  </url>\n"
        }
    }
}
