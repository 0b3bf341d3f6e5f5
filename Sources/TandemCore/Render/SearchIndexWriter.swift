import Foundation

/// The per-language search index (`es/search-index.json`) read by the theme's
/// script. Kept small on purpose: title, section, URL and a short text per
/// page; the script folds accents and case itself.
struct SearchIndexWriter {
    struct Entry: Encodable {
        /// title
        var t: String
        /// URL
        var u: String
        /// section title
        var s: String
        /// summary or opening text, for the snippet and for matching
        var x: String
        /// heading texts
        var h: [String]
        /// further words of the body, accents and case folded, each once: recall without the whole text
        var k: String
    }

    static let textLimit = 240
    static let keywordLimit = 150

    var site: Site
    var markdown: [RenderedMarkdown]
    var summaries: (Int) -> String

    func json(language code: String) -> Data {
        let baseURL = site.config.baseURL
        var entries: [Entry] = []
        for (index, page) in site.pages.enumerated() where page.languageCode == code && page.kind != .home {
            let section = site.section(page.sectionPath, code).map { site.pages[$0.pageIndex].title } ?? ""
            let body = index < markdown.count ? markdown[index].plainText.replacingOccurrences(of: "\n", with: " ") : ""
            var text = page.frontMatter.summary ?? body
            if text.count > Self.textLimit { text = String(text.prefix(Self.textLimit)) + "…" }
            let headings = index < markdown.count ? markdown[index].headings.filter { $0.level <= 3 }.prefix(12).map(\.text) : []
            let shown = Self.words(page.title + " " + text + " " + headings.joined(separator: " "))
            let keywords = Self.keywords(of: body, excluding: Set(shown))
            entries.append(Entry(
                t: page.title, u: baseURL.path(page.sitePath), s: page.kind == .section ? "" : section,
                x: text, h: Array(headings), k: keywords))
        }
        return Self.encode(entries)
    }

    /// Up to `keywordLimit` distinct folded words of the body. Capitalised words come first
    /// (named programmes, places, "Participación Ciudadana": what people search for), then the
    /// rest in reading order.
    static func keywords(of body: String, excluding shown: Set<String>) -> String {
        var seen = shown
        var named: [String] = []
        var plain: [String] = []
        // Bodies repeat their words: fold each distinct token once (ASCII needs only lower-casing).
        var folded: [Substring: String] = [:]
        for token in body.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where token.count >= 4 {
            let word: String
            if let known = folded[token] {
                word = known
            } else {
                word = token.utf8.allSatisfy({ $0 < 128 }) ? token.lowercased() : String(token).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: TextFolding.spanish)
                folded[token] = word
            }
            guard seen.insert(word).inserted else { continue }
            if token.first?.isUppercase == true { named.append(word) } else { plain.append(word) }
        }
        return (named + plain).prefix(keywordLimit).joined(separator: " ")
    }

    static func words(_ text: String) -> [String] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "es"))
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
    }

    static func encode(_ entries: [Entry]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entries)) ?? Data("[]".utf8)
    }
}
