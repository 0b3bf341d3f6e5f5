import Foundation

/// What one page gives the sharded search index: its document record (what a result shows)
/// and the folded words and adjacent word pairs it can be found by. Made once per page and
/// kept by the dev server, so an edit re-reads only the edited pages; the shards are then
/// assembled from these parts (`SearchShards`).
struct SearchPageTerms: Sendable, Equatable {
    /// `["title","url","section","text"]`, the JSON the script shows a result from.
    var record: [UInt8]
    /// Each distinct folded word of the title, text, headings, section and keywords, in
    /// code-point order, with whether it is in the title (titles rank first).
    var words: [Term]
    /// Each distinct pair of adjacent folded words ("participacion ciudadana") within the
    /// title, the text, a heading or the section name, in code-point order, with whether the
    /// pair is in the title: they tell the script where a query is found as a phrase.
    var pairs: [Term]

    struct Term: Sendable, Equatable {
        var text: String
        var inTitle: Bool
    }

    init(record: [UInt8], words: [Term], pairs: [Term]) {
        self.record = record
        self.words = words
        self.pairs = pairs
    }

    /// The terms of an index entry. Words are split and folded as the keywords are
    /// (`SearchIndexWriter.tokens`, then `fold`), and as the script splits a query: runs of
    /// letters and numbers, accents and case ignored.
    init(_ entry: SearchIndexWriter.Entry) {
        var words: [String: Bool] = [:]
        var pairs: [String: Bool] = [:]
        let shown: [(String, Bool)] = [(entry.t, true), (entry.x, false), (entry.s, false)] + entry.h.map { ($0, false) }
        for (text, inTitle) in shown {
            let folded = Self.words(text)
            for word in folded { words[word] = (words[word] ?? false) || inTitle }
            for (first, second) in zip(folded, folded.dropFirst()) {
                let pair = first + " " + second
                pairs[pair] = (pairs[pair] ?? false) || inTitle
            }
        }
        // Keywords are folded words already, separated by single spaces.
        for keyword in entry.k.split(separator: " ") where words[String(keyword)] == nil {
            words[String(keyword)] = false
        }
        self.init(record: SearchIndexWriter.record(entry), words: Self.sorted(words), pairs: Self.sorted(pairs))
    }

    /// The folded words of a text, in order.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        for token in SearchIndexWriter.tokens(text) {
            let folded = SearchIndexWriter.fold(token)
            // Folding can, rarely, make a separator (a letter that folds to a symbol): split again.
            if folded.unicodeScalars.allSatisfy({ $0.value < 0x80 }) || !folded.contains(where: SearchIndexWriter.isSeparator) {
                result.append(folded)
            } else {
                result += folded.split(whereSeparator: SearchIndexWriter.isSeparator).map(String.init)
            }
        }
        return result
    }

    /// Terms in code-point order (UTF-8 byte order), the order of the shards' keys.
    static func sorted(_ terms: [String: Bool]) -> [Term] {
        terms.map { Term(text: $0.key, inTitle: $0.value) }
            .sorted { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }
    }
}
