import Foundation

/// What one page gives the sharded search index: its document record (what a result shows)
/// and the folded words and adjacent word pairs it can be found by. Made once per page and
/// kept by the dev server, so an edit re-reads only the edited pages; the shards are then
/// assembled from these parts (`SearchShards`).
struct SearchPageTerms: Sendable, Equatable {
    /// `["title","url","section","text"]`, the JSON the script shows a result from.
    var record: [UInt8]
    /// The folded words of the title, text, section, headings and keywords, in that order,
    /// a word possibly more than once: the shards merge a page's repeats
    /// (`SearchPostings`), so no page needs a dictionary of its own words.
    var words: TermList
    /// The pairs of adjacent folded words ("participacion ciudadana") within the title, the
    /// text, a heading or the section name: they tell the script where a query is found as a
    /// phrase. In reading order, repeats possible.
    var pairs: TermList

    struct Term: Sendable, Equatable {
        var text: String
        var inTitle: Bool
    }

    /// Terms packed back to back, each followed by a line feed (no folded word holds one),
    /// those of the title first. A 10k-page site's terms as an array of strings were 25 MB
    /// of a build's peak memory; packed they take about a third, in one allocation a page.
    struct TermList: Sendable, Equatable {
        private(set) var bytes: [UInt8] = []
        /// How many terms, from the first, are in the title.
        private(set) var titleCount = 0
        private var count = 0

        mutating func append(_ term: String, inTitle: Bool) {
            bytes.append(contentsOf: term.utf8)
            bytes.append(0x0A)
            count += 1
            if inTitle { titleCount = count }
        }

        /// Each run of non-spaces of `text` as a term outside the title, copied byte for byte
        /// (splitting it into strings first was a tenth of the search index's time).
        mutating func appendSpaceSeparated(_ text: String) {
            var text = text
            text.withUTF8 { source in
                var inTerm = false
                for byte in source {
                    if byte == UInt8(ascii: " ") {
                        if inTerm { bytes.append(0x0A); count += 1 }
                        inTerm = false
                    } else {
                        bytes.append(byte)
                        inTerm = true
                    }
                }
                if inTerm { bytes.append(0x0A); count += 1 }
            }
        }

        /// Each term with whether it is in the title, in order.
        func forEach(_ body: (String, Bool) -> Void) {
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0
                var number = 0
                for (position, byte) in buffer.enumerated() where byte == 0x0A {
                    body(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<position]), as: UTF8.self), number < titleCount)
                    number += 1
                    start = position + 1
                }
            }
        }

        /// The terms, for tests and tools.
        var terms: [Term] {
            var result: [Term] = []
            forEach { result.append(Term(text: $0, inTitle: $1)) }
            return result
        }
    }

    /// The terms of an index entry. Words are split and folded as the keywords are
    /// (`SearchIndexWriter.tokens`, then `fold`), and as the script splits a query: runs of
    /// letters and numbers, accents and case ignored.
    init(_ entry: SearchIndexWriter.Entry) {
        var words = TermList()
        var pairs = TermList()
        // The title first: a list marks its first terms as the title's.
        let shown: [(String, Bool)] = [(entry.t, true), (entry.x, false), (entry.s, false)] + entry.h.map { ($0, false) }
        for (text, inTitle) in shown {
            let folded = Self.words(text)
            for word in folded { words.append(word, inTitle: inTitle) }
            for (first, second) in zip(folded, folded.dropFirst()) { pairs.append(first + " " + second, inTitle: inTitle) }
        }
        // Keywords (the tags, then folded words of the body) are separated by single spaces.
        words.appendSpaceSeparated(entry.k)
        record = SearchIndexWriter.record(entry)
        self.words = words
        self.pairs = pairs
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
