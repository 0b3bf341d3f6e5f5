/// `sitemap.xml` with an `xhtml:link` alternate for every language version of a
/// page, as search engines read multilingual sites.
struct SitemapWriter {
    var site: Site

    func xml() -> String {
        let baseURL = site.config.baseURL
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for (index, page) in site.pages.enumerated() {
            out += "  <url>\n    <loc>\(XMLText.escape(baseURL.absolute(page.sitePath)))</loc>\n"
            if let date = page.frontMatter.date { out += "    <lastmod>\(date.iso)</lastmod>\n" }
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
        }
        out += "</urlset>\n"
        return out
    }
}

/// Escaping for XML and HTML text and attribute values.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
