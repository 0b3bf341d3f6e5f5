/// An Atom feed per language of the dated pages, newest first, linked from
/// every page's head.
struct AtomFeedWriter {
    var site: Site
    var summaries: (Int) -> String
    static let limit = 50

    func xml(language code: String) -> String {
        let baseURL = site.config.baseURL
        let language = site.config.language(code)
        let dated = site.pages.indices
            .filter { site.pages[$0].languageCode == code && site.pages[$0].kind == .regular && site.pages[$0].frontMatter.date != nil }
            .sorted { a, b in
                let da = site.pages[a].frontMatter.date!, db = site.pages[b].frontMatter.date!
                return da != db ? da > db : site.pages[a].sitePath < site.pages[b].sitePath
            }
            .prefix(Self.limit)
        let updated = dated.compactMap { site.pages[$0].frontMatter.lastmod ?? site.pages[$0].frontMatter.date }.max() ?? CalendarDate(year: 1970, month: 1, day: 1)
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(code)\">\n"
        out += "  <title>\(XMLText.escape(language?.title ?? code))</title>\n"
        if let description = language?.description, !description.isEmpty {
            out += "  <subtitle>\(XMLText.escape(description))</subtitle>\n"
        }
        let prefix = site.config.languagePrefix(code)
        out += "  <id>\(XMLText.escape(id(for: prefix.isEmpty ? code + "/" : prefix)))</id>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(baseURL.absolute(prefix + "feed.xml")))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(baseURL.absolute(prefix)))\"/>\n"
        out += "  <updated>\(updated.iso)T00:00:00Z</updated>\n"
        out += "  <generator>Tandem</generator>\n"
        for index in dated {
            let page = site.pages[index]
            let date = page.frontMatter.date!.iso + "T00:00:00Z"
            let changed = (page.frontMatter.lastmod ?? page.frontMatter.date!).iso + "T00:00:00Z"
            out += "  <entry>\n"
            out += "    <title>\(XMLText.escape(page.title))</title>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(baseURL.absolute(page.sitePath)))\"/>\n"
            out += "    <id>\(XMLText.escape(id(for: page.sitePath)))</id>\n"
            out += "    <published>\(date)</published>\n    <updated>\(changed)</updated>\n"
            out += "    <author><name>\(XMLText.escape(language?.title ?? code))</name></author>\n"
            let summary = summaries(index)
            if !summary.isEmpty { out += "    <summary>\(XMLText.escape(summary))</summary>\n" }
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    /// Atom ids must be absolute IRIs; without a known origin, a stable tag URI.
    private func id(for sitePath: String) -> String {
        let baseURL = site.config.baseURL
        if baseURL.hasOrigin { return baseURL.absolute(sitePath) }
        return "tag:tandem,2024:" + baseURL.path(sitePath)
    }
}
