/// Hugo's permalink patterns (`/:year/:month/:slug/`), given per top-level section
/// in `tandem.yaml` (`permalinks: {post: /:year/:month/:slug/}`), expanded for one page.
enum PermalinkPattern {
    static let tokens = [
        ":year", ":month", ":day", ":slug", ":title", ":filename", ":contentbasename",
        ":slugorfilename", ":slugorcontentbasename", ":section", ":sections",
    ]

    /// The first `:token` Tandem does not know, for an error at the config line.
    static func unknownToken(in pattern: String) -> String? {
        for part in pattern.split(separator: "/") {
            var rest = Substring(part)
            while let colon = rest.firstIndex(of: ":") {
                let token = ":" + rest[rest.index(after: colon)...].prefix { $0.isLetter }
                if !tokens.contains(String(token)) { return String(token) }
                rest = rest[rest.index(colon, offsetBy: token.count)...]
            }
        }
        return nil
    }

    /// The site path (no leading slash, ending in `/`) of a page under this pattern,
    /// before the language prefix: `2024/03/notas/`. Longer tokens are replaced first
    /// (`:slugorfilename` before `:slug`).
    static func expand(_ pattern: String, page: Page) -> String {
        let date = page.frontMatter.date
        let fileName = page.source.map { HugoPath.segment($0.baseName) } ?? page.slug
        let title = HugoPath.segment(page.title)
        let slug = page.frontMatter.slug.map(HugoPath.segment) ?? title
        let sections = page.sectionPath.split(separator: "/").map { HugoPath.segment(String($0)) }
        let values: [(String, String)] = [
            (":slugorcontentbasename", page.frontMatter.slug.map(HugoPath.segment) ?? fileName),
            (":slugorfilename", page.frontMatter.slug.map(HugoPath.segment) ?? fileName),
            (":contentbasename", fileName),
            (":filename", fileName),
            (":sections", sections.joined(separator: "/")),
            (":section", sections.first ?? ""),
            (":title", title),
            (":slug", slug),
            (":year", date.map { CalendarDate.padded($0.year, 4) } ?? ""),
            (":month", date.map { CalendarDate.padded($0.month, 2) } ?? ""),
            (":day", date.map { CalendarDate.padded($0.day, 2) } ?? ""),
        ]
        var result = pattern
        for (token, value) in values { result = result.replacingOccurrences(of: token, with: value) }
        let path = result.split(separator: "/").joined(separator: "/")
        return path.isEmpty ? "" : path + "/"
    }
}
