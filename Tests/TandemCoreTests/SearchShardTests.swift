import Foundation
import Testing
@testable import TandemCore

/// The sharded search index (`SearchShards`): its files, and that a query answered the way
/// the theme's script answers it (manifest, then only the shards whose ranges can hold the
/// query's words) finds exactly the pages that hold every word.
@Suite("Search shards")
struct SearchShardTests {
    static func entry(_ title: String, text: String = "", headings: [String] = [], keywords: String = "") -> SearchIndexWriter.Entry {
        .init(t: title, u: "/es/" + title.lowercased().replacingOccurrences(of: " ", with: "-") + "/", s: "Programas", x: text, h: headings, k: keywords)
    }

    @Test func pageTermsAreFoldedWordsAndAdjacentPairsWithTheirPlaceInTheTitle() {
        let terms = SearchPageTerms(Self.entry("Plan anual", text: "Participación Ciudadana, ¿sí?", headings: ["Año 2024"], keywords: "municipalizacion plan"))
        // In reading order (title, text, section, headings, keywords); the shards merge repeats.
        #expect(terms.words.terms.map(\.text) == ["plan", "anual", "participacion", "ciudadana", "si", "programas", "ano", "2024", "municipalizacion", "plan"])
        #expect(terms.words.terms.filter(\.inTitle).map(\.text) == ["plan", "anual"])
        #expect(terms.pairs.terms.map(\.text) == ["plan anual", "participacion ciudadana", "ciudadana si", "ano 2024"])
        #expect(terms.pairs.terms.filter(\.inTitle).map(\.text) == ["plan anual"])
        #expect(String(decoding: terms.record, as: UTF8.self) == #"["Plan anual","/es/plan-anual/","Programas","Participación Ciudadana, ¿sí?"]"#)
    }

    @Test func aWordAPageRepeatsIsOnePostingMarkedInTheTitleWhenAnyIs() {
        // "plan" is in the title and among the keywords, "agua" twice in the text only.
        let pages = [
            SearchPageTerms(Self.entry("Otro", text: "Nada.")),
            SearchPageTerms(Self.entry("Plan anual", text: "Agua y agua.", keywords: "plan")),
        ]
        let files = Dictionary(uniqueKeysWithValues: SearchShards.files(pages).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        let words = files["search-index/w0.json"] ?? ""
        #expect(words.contains(#""plan":"1!""#))
        #expect(words.contains(#""agua":"1""#))
    }

    @Test func filesOfASmallIndex() throws {
        let pages = [
            SearchPageTerms(Self.entry("Agua potable", text: "Red de agua.")),
            SearchPageTerms(Self.entry("Clima", text: "Agua y clima.")),
        ]
        let files = Dictionary(uniqueKeysWithValues: SearchShards.files(pages).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        #expect(files.keys.sorted() == ["search-index/d0.json", "search-index/index.json", "search-index/p0.json", "search-index/w0.json"])
        #expect(files["search-index/index.json"] == #"{"d":[0],"n":2,"p":["agua potable"],"w":["agua"]}"#)
        // Page numbers as base-36 differences; `!` where the word is in the title.
        #expect(files["search-index/w0.json"] == #"{"agua":"0!,1","clima":"1!","de":"0","potable":"0!","programas":"0,1","red":"0","y":"1"}"#)
        #expect(files["search-index/p0.json"] == #"{"agua potable":"0!","agua y":"1","de agua":"0","red de":"0","y clima":"1"}"#)
        #expect(files["search-index/d0.json"] == #"[["Agua potable","/es/agua-potable/","Programas","Red de agua."],["Clima","/es/clima/","Programas","Agua y clima."]]"#)
    }

    @Test func anEmptyLanguageHasAManifestOnly() {
        let files = SearchShards.files([])
        #expect(files.map(\.path) == ["search-index/index.json"])
        #expect(files.first.map { String(decoding: $0.data, as: UTF8.self) } == #"{"d":[],"n":0,"p":[],"w":[]}"#)
    }

    /// Many pages: several shards of bounded size, each key in its shard's range, in order,
    /// and a query through the shards finds what scanning every page finds.
    @Test func largeIndexIsCutIntoBoundedShardsThatAnswerQueriesExactly() throws {
        var generator = SplitMix(state: 17)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var vocabulary: [String] = []
        for number in 0..<3000 {
            var word = ""
            for position in 0..<(3 + number % 6) { word.append(letters[(number * 7 + position * 13 + number / 26) % 26]) }
            vocabulary.append(number % 5 == 0 ? word + "ción" : word)
        }
        let entries = (0..<700).map { number -> SearchIndexWriter.Entry in
            let words = (0..<40).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
            return Self.entry("Página \(number) " + words[0], text: words[1..<20].joined(separator: " "),
                              keywords: words[20...].map { SearchIndexWriter.fold(Substring($0)) }.joined(separator: " "))
        }
        let pages = entries.map(SearchPageTerms.init)
        let files = SearchShards.files(pages)
        let object = try JSONSerialization.jsonObject(with: files[0].data)
        let manifest = try #require(object as? [String: Any])
        let starts = try #require(manifest["w"] as? [String])
        #expect(starts.count >= 3, "\(starts.count) word shards")
        let count = manifest["n"] as? Int
        #expect(count == 700)
        // Document shards: pages in order, each shard starting where the manifest says.
        let documentStarts = try #require(manifest["d"] as? [Int])
        #expect(documentStarts.count > 1 && documentStarts.first == 0)
        var documents: [[String]] = []
        for number in documentStarts.indices {
            let file = try #require(files.first { $0.path == "search-index/d\(number).json" })
            #expect(file.data.count < SearchShards.documentBytes + 1_000)
            let decoded = try JSONSerialization.jsonObject(with: file.data)
            let shard = try #require(decoded as? [[String]])
            #expect(documents.count == documentStarts[number])
            documents += shard
        }
        #expect(documents.map { $0[0] } == entries.map(\.t))
        var shards: [[String: String]] = []
        for (number, start) in starts.enumerated() {
            let file = try #require(files.first { $0.path == "search-index/w\(number).json" })
            #expect(file.data.count < SearchShards.shardBytes + 4_000)
            let decoded = try JSONSerialization.jsonObject(with: file.data)
            let shard = try #require(decoded as? [String: String])
            let keys = shard.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(keys.first == start)
            if number + 1 < starts.count, let last = keys.last { #expect(last.utf8.lexicographicallyPrecedes(starts[number + 1].utf8)) }
            shards.append(shard)
        }
        for query in ["abc", "ciones", vocabulary[5], vocabulary[10] + "x", SearchIndexWriter.fold(Substring(vocabulary[25])), "pagina", "10"] {
            let expected = Set(pages.indices.filter { pages[$0].words.terms.contains { Self.matches($0.text, query) } })
            #expect(Self.pages(for: query, starts: starts, shards: shards) == expected, "\(query)")
        }
    }

    /// A query word matches the words it starts; words of one or two letters only whole words.
    static func matches(_ key: String, _ word: String) -> Bool {
        word.count < 3 ? key == word : key.hasPrefix(word)
    }

    /// What `tandem.js` does for one word: the shards whose ranges meet the word's, then
    /// every posting of the keys it matches.
    static func pages(for word: String, starts: [String], shards: [[String: String]]) -> Set<Int> {
        let low = word, high = word + (word.count < 3 ? " \u{FFFF}" : "\u{FFFF}")
        var found = Set<Int>()
        for number in starts.indices
        where (number == 0 || starts[number] < high) && (number + 1 == starts.count || starts[number + 1] > low) {
            for (key, postings) in shards[number] where matches(key, word) {
                var page = 0
                for item in postings.split(separator: ",") {
                    page += Int(item.hasSuffix("!") ? item.dropLast() : item, radix: 36) ?? -1_000_000
                    found.insert(page)
                }
            }
        }
        return found
    }
}
