import Foundation

/// What one page gives the sharded search index: its document record (what a result shows)
/// and the folded words and adjacent word pairs it can be found by. Made once per page and
/// kept by the dev server, so an edit re-reads only the edited pages; the shards are then
/// assembled from these parts (`SearchShards`).
struct SearchPageTerms: Sendable, Equatable {
    /// `["title","url","section","text"]`, the JSON the script shows a result from.
    var record: [UInt8]
    /// The folded words of the title, text, headings, section and keywords, with whether
    /// each is in the title (titles rank first). In reading order, a word possibly more than
    /// once: the shards merge a page's repeats (`SearchShards.shards`), so no page needs a
    /// dictionary of its own words (making and sorting those was a tenth of a 10k build).
    var words: [Term]
    /// The pairs of adjacent folded words ("participacion ciudadana") within the title, the
    /// text, a heading or the section name, with whether the pair is in the title: they tell
    /// the script where a query is found as a phrase. In reading order, repeats possible.
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
        var words: [Term] = []
        var pairs: [Term] = []
        let shown: [(String, Bool)] = [(entry.t, true), (entry.x, false), (entry.s, false)] + entry.h.map { ($0, false) }
        for (text, inTitle) in shown {
            let folded = Self.words(text)
            for word in folded { words.append(Term(text: word, inTitle: inTitle)) }
            for (first, second) in zip(folded, folded.dropFirst()) {
                pairs.append(Term(text: first + " " + second, inTitle: inTitle))
            }
        }
        // Keywords (the tags, then folded words of the body) are separated by single spaces.
        for keyword in entry.k.split(separator: " ") { words.append(Term(text: String(keyword), inTitle: false)) }
        self.init(record: SearchIndexWriter.record(entry), words: words, pairs: pairs)
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
}
