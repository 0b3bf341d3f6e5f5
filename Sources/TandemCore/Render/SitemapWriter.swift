/// `sitemap.xml` with an `xhtml:link` alternate for every language version of a
/// page, as search engines read multilingual sites.
struct SitemapWriter {
    var site: Site

    /// - Parameter extraEntries: `<url>` elements of generated pages (tag pages), after the content pages.
    func xml(extraEntries: [String] = []) -> String {
        let writer = self
        return Self.join(Parallel.map(site.pages.count) { writer.entry($0) } + extraEntries)
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"

    /// The whole sitemap from its entries in page order (the dev server keeps unchanged entries).
    static func join(_ entries: [String]) -> String {
        var out = header
        out.reserveCapacity(entries.reduce(header.utf8.count + 12) { $0 + $1.utf8.count })
        for entry in entries { out += entry }
        out += "</urlset>\n"
        return out
    }

    /// One page's `<url>` element with its language alternates.
    func entry(_ index: Int) -> String {
        let baseURL = site.config.baseURL
        let page = site.pages[index]
        var out = ""
        out += "  <url>\n    <loc>\(XMLText.escape(baseURL.absolute(page.sitePath)))</loc>\n"
        if let date = page.frontMatter.lastmod ?? page.frontMatter.date { out += "    <lastmod>\(date.iso)</lastmod>\n" }
        let others = site.translations(of: index)
        if !others.isEmpty {
            for version in ([index] + others).sorted(by: { site.pages[$0].languageCode < site.pages[$1].languageCode }) {
                let alternate = site.pages[version]
                out += "    <xhtml:link rel=\"alternate\" hreflang=\"\(alternate.languageCode)\" href=\"\(XMLText.escape(baseURL.absolute(alternate.sitePath)))\"/>\n"
            }
            let defaultVersion = site.translation(of: index, in: site.config.defaultLanguageCode) ?? index
            out += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(XMLText.escape(baseURL.absolute(site.pages[defaultVersion].sitePath)))\"/>\n"
        }
        out += "  </url>\n"
        return out
    }
}
