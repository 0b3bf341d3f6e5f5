import Foundation

/// The per-language search index, entries made per page (`entry`) and written as the
/// shards of `SearchShards` under `es/search-index/`. An entry keeps the title, section, URL
/// and a short text to show, and the headings and folded body keywords to be found by.
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

    /// The files of a language's index, paths relative to the output folder.
    func files(language code: String) -> [OutputFile] {
        let site = site
        let markdown = markdown
        let indexes = Self.indexes(language: code, site: site)
        // Keywords cost the most of any site file: entries are made on every core, in page order.
        let pages = Parallel.map(indexes.count) { position in
            SearchPageTerms(Self.entry(indexes[position], language: code, site: site, markdown: markdown))
        }
        return Self.files(under: site.config.languagePrefix(code), pages: pages)
    }

    /// The shard files of a language's pages, under the language's folder (`es/`, or the
    /// site root for a default language published there).
    static func files(under prefix: String, pages: [SearchPageTerms]) -> [OutputFile] {
        SearchShards.files(pages).map { OutputFile(path: prefix + $0.path, data: $0.data) }
    }

    /// The pages whose entries make the index of a language, in order.
    static func indexes(language code: String, site: Site) -> [Int] {
        site.pages.indices.filter { site.pages[$0].languageCode == code && site.pages[$0].kind != .home }
    }

    /// The part of an entry a result shows, as JSON: `["title","url","section","text"]`.
    /// Written by hand, byte for byte what `JSONEncoder` (`.withoutEscapingSlashes`) and
    /// `HTMLSafeJSON.escape` give for that array (`SearchIndexJSONTests` compares the two).
    static func record(_ entry: Entry) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 + entry.t.utf8.count + entry.u.utf8.count + entry.s.utf8.count + entry.x.utf8.count)
        bytes.append(UInt8(ascii: "["))
        for (position, text) in [entry.t, entry.u, entry.s, entry.x].enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONStringWriter.append(text, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    static func entry(_ index: Int, language code: String, site: Site, markdown: [RenderedMarkdown]) -> Entry {
        let baseURL = site.config.baseURL
        let page = site.pages[index]
        let section = site.section(page.sectionPath, code).map { site.pages[$0.pageIndex].title } ?? ""
        let text = index < markdown.count ? (markdown[index].searchText ?? PageSearchText(page: page, markdown: markdown[index])) : PageSearchText(page: page, markdown: nil)
        return Entry(
            t: page.title, u: baseURL.path(page.sitePath), s: page.kind == .section ? "" : section,
            x: text.summary, h: text.headings, k: text.keywords)
    }

    /// The plain text with its line breaks made spaces: one line of text for the snippet.
    static func spacedLines(_ plainText: String) -> String {
        guard ByteSearch.contains(plainText, byte: 0x0A) else { return plainText }
        return String(decoding: plainText.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
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
        for token in tokens(body) where characterCount(token) >= 4 {
            let word: String
            if token.utf8.allSatisfy({ $0 < 0x80 }) {
                // Lower-casing ASCII costs less than hashing the Substring into the cache.
                word = token.lowercased()
            } else if let known = folded[token] {
                word = known
            } else {
                word = fold(token)
                folded[token] = word
            }
            guard seen.insert(word).inserted else { continue }
            if startsUppercase(token) { named.append(word) } else { plain.append(word) }
        }
        return (named + plain).prefix(keywordLimit).joined(separator: " ")
    }

    /// `token.count` without breaking the token into grapheme clusters when every
    /// scalar is below U+0300: then each scalar is one character (no combining marks),
    /// so counting the UTF-8 bytes that start a scalar gives the same number.
    static func characterCount(_ token: Substring) -> Int {
        var count = 0
        for byte in token.utf8 {
            if byte >= 0xCC { return token.count }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }

    /// `token.first?.isUppercase == true`, decided without property tables for ASCII.
    static func startsUppercase(_ token: Substring) -> Bool {
        guard let byte = token.utf8.first else { return false }
        if byte < 0x80 { return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        return token.first?.isUppercase == true
    }

    /// A token folded as `folding([.diacriticInsensitive, .caseInsensitive])` with the
    /// Spanish locale does. ASCII needs only lower-casing. Below U+0300 every scalar is a
    /// whole precomposed character whose folding does not depend on its neighbours, so the
    /// token's folding is its scalars' foldings joined, taken from a table that Foundation
    /// filled once (Foundation's folding was ~2 % of a 10k build even with a per-page cache).
    static func fold(_ token: Substring) -> String {
        var ascii = true
        for byte in token.utf8 {
            if byte >= 0xCC { return String(token).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: TextFolding.spanish) }
            if byte >= 0x80 { ascii = false }
        }
        if ascii { return token.lowercased() }
        var result = ""
        result.reserveCapacity(token.utf8.count)
        // The scanner's table: below U+0300 a scalar's slot is its value.
        for scalar in token.unicodeScalars { result += SearchWordScanner.foldings[Int(scalar.value)] }
        return result
    }

    /// The runs of letters and numbers of a text: `text.split(whereSeparator: isSeparator)`.
    /// When every scalar is below U+0300 (Latin, with accents precomposed, as nearly all
    /// Spanish and English text is), each scalar is a whole character, so the runs are found
    /// on the UTF-8 bytes with a table made from `Character`'s own properties: same tokens,
    /// without breaking the text into grapheme clusters.
    ///
    /// General punctuation (U+2000–U+206F: dashes, curly quotes, a third of the benchmark's
    /// pages have an en dash) is allowed on that path too, except the zero-width joiner and
    /// non-joiner, the only scalars there that join the character before them.
    static func tokens(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard isSimple(utf8) else { return text.split(whereSeparator: isSeparator) }
        var result: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let lead = utf8[index]
            var scalar = UInt32(lead)
            var next = utf8.index(after: index)
            if lead >= 0xE0 {
                // Only E2 80–81 xx passes isSimple: U+2000–U+207F.
                let second = utf8[next]
                next = utf8.index(after: next)
                scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(second & 0x3F) << 6) | UInt32(utf8[next] & 0x3F)
                next = utf8.index(after: next)
            } else if lead >= 0xC0, next < utf8.endIndex {
                scalar = (UInt32(lead & 0x1F) << 6) | UInt32(utf8[next] & 0x3F)
                next = utf8.index(after: next)
            }
            let isWord = scalar < 0x300 ? wordScalars[Int(scalar)] : punctuationWordScalars[Int(scalar - 0x2000)]
            if isWord {
                if start == nil { start = index }
            } else if let first = start {
                result.append(text[first..<index])
                start = nil
            }
            index = next
        }
        if let first = start { result.append(text[first..<utf8.endIndex]) }
        return result
    }

    /// `isSimple` on the bytes of a native string.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        let end = bytes.count
        while position < end {
            let byte = bytes[position]
            if byte < 0xCC {
                position += 1
                continue
            }
            guard byte == 0xE2, position + 2 < end else { return false }
            let b1 = bytes[position + 1], b2 = bytes[position + 2]
            guard b1 == 0x80 || (b1 == 0x81 && b2 < 0xB0) else { return false }   // U+2000–U+206F
            if b1 == 0x80, b2 == 0x8C || b2 == 0x8D { return false }               // U+200C, U+200D
            position += 3
        }
        return true
    }

    /// Whether every scalar is below U+0300, or general punctuation in U+2000–U+206F other
    /// than U+200C and U+200D (valid UTF-8 assumed, as every Swift string is).
    static func isSimple(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable(isSimple) ?? Array(utf8).withUnsafeBufferPointer(isSimple)
    }

    /// For each scalar in U+2000–U+206F: is it (as a character) a letter or a number?
    static let punctuationWordScalars: [Bool] = (0x2000..<0x2070).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return !isSeparator(Character(scalar))
    }

    /// For each scalar below U+0300: is it (as a character) a letter or a number?
    static let wordScalars: [Bool] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return !isSeparator(Character(scalar))
    }

    /// Neither a letter nor a number. ASCII is decided without Unicode property tables,
    /// which were most of the cost of indexing a large site; the answer is the same.
    static func isSeparator(_ character: Character) -> Bool {
        if character.utf8.count == 1, let byte = character.utf8.first {
            return !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39))
        }
        return !character.isLetter && !character.isNumber
    }

    static func words(_ text: String) -> [String] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: TextFolding.spanish)
            .split(whereSeparator: isSeparator)
            .map(String.init)
    }
}
