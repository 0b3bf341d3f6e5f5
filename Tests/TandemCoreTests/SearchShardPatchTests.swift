import Foundation
import Testing
@testable import TandemCore

/// The dev server updates a kept search index with a few pages' new terms
/// (`SearchShardIndex.replacing`) instead of assembling every shard again: the files it
/// writes, with the unchanged ones it keeps, must be byte for byte those made from scratch.
@Suite("Search shard patching")
struct SearchShardPatchTests {
    /// A deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let vocabulary: [String] = (0..<2500).map { number in
        // Words of varied length and spelling, some with accents, so entries differ in size.
        let stems = ["agua", "clima", "participación", "río", "municipio", "taller", "cooperación", "niñez", "energía", "datos"]
        return stems[number % stems.count] + String(number, radix: 36)
    }

    static func page(_ generator: inout Generator, number: Int) -> SearchPageTerms {
        SearchPageTerms(entry(&generator, number: number))
    }

    static func entry(_ generator: inout Generator, number: Int) -> SearchIndexWriter.Entry {
        func words(_ count: Int) -> String { (0..<count).map { _ in vocabulary[generator.next(vocabulary.count)] }.joined(separator: " ") }
        return SearchIndexWriter.Entry(
            t: "Página \(number) " + words(1 + generator.next(3)), u: "/es/p/\(number)/", s: "Sección",
            x: words(5 + generator.next(20)), h: [words(2)], k: words(generator.next(40)))
    }

    static func contents(_ files: [OutputFile]) -> [String: Data] {
        Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func replacingGivesTheFilesOfAWholeAssembly(seed: UInt64) throws {
        var generator = Generator(state: seed)
        var pages = (0..<500).map { Self.page(&generator, number: $0) }
        var kept = SearchShardIndex(pages)
        var onDisk = Self.contents(kept.allFiles())
        #expect(onDisk.keys.contains("search-index/w2.json"), "the test needs several word shards")
        #expect(onDisk.keys.contains("search-index/d2.json"), "the test needs several document shards")
        for round in 0..<6 {
            // A few pages get new terms: an edited page, pages with no words left, a page with many.
            var changed: [Int: SearchPageTerms] = [:]
            for _ in 0..<(1 + generator.next(4)) {
                let number = generator.next(pages.count)
                switch generator.next(4) {
                case 0: changed[number] = SearchPageTerms(SearchIndexWriter.Entry(t: "", u: "/es/p/\(number)/", s: "", x: "", h: [], k: ""))
                case 1: changed[number] = Self.page(&generator, number: number + 7 * round)
                default:
                    var entry = SearchIndexWriter.Entry(t: "Página \(number)", u: "/es/p/\(number)/", s: "Sección", x: "", h: [], k: "")
                    entry.x = (0..<(10 + generator.next(200))).map { _ in Self.vocabulary[generator.next(Self.vocabulary.count)] }.joined(separator: " ")
                    changed[number] = SearchPageTerms(entry)
                }
            }
            for (number, terms) in changed { pages[number] = terms }
            let (written, unchanged) = kept.replacing(changed)
            var whole = SearchShardIndex(pages)
            let expected = Self.contents(whole.allFiles())
            // The kept files are on disk from before; the written ones replace theirs; the rest go.
            for file in written { onDisk[file.path] = file.data }
            let produced = Set(written.map(\.path)).union(unchanged)
            onDisk = onDisk.filter { produced.contains($0.key) }
            #expect(Set(onDisk.keys) == Set(expected.keys), "round \(round)")
            let differing = expected.keys.filter { onDisk[$0] != expected[$0] }.sorted()
            #expect(differing == [], "round \(round)")
            #expect(unchanged.allSatisfy { expected[$0] != nil })
        }
    }

    @Test func aWordAddedToOnePageRewritesItsShardsOnly() {
        var generator = Generator(state: 9)
        var entries = (0..<500).map { Self.entry(&generator, number: $0) }
        var pages = entries.map(SearchPageTerms.init)
        var kept = SearchShardIndex(pages)
        let before = Self.contents(kept.allFiles())
        entries[250].k += " zzzzpalabranueva"
        pages[250] = SearchPageTerms(entries[250])
        let (written, unchanged) = kept.replacing([250: pages[250]])
        var whole = SearchShardIndex(pages)
        let expected = Self.contents(whole.allFiles())
        var onDisk = before
        for file in written { onDisk[file.path] = file.data }
        onDisk = onDisk.filter { Set(written.map(\.path)).union(unchanged).contains($0.key) }
        #expect(onDisk == expected)
        // The manifest, and the shards that held or hold the page's words, pairs and record.
        // A keyword sorts last and is in no pair nor in the record: the manifest and the last word shard.
        let lastWordShard = expected.keys.filter { $0.hasPrefix("search-index/w") }.count - 1
        #expect(written.map(\.path).sorted() == ["search-index/index.json", "search-index/w\(lastWordShard).json"])
        #expect(unchanged.count == expected.count - written.count)
    }

    @Test func aBuildsFilesAreThoseOfTheKeptIndex() {
        var generator = Generator(state: 42)
        let pages = (0..<300).map { Self.page(&generator, number: $0) }
        var kept = SearchShardIndex(pages)
        #expect(Self.contents(SearchShards.files(pages)) == Self.contents(kept.allFiles()))
    }
}
