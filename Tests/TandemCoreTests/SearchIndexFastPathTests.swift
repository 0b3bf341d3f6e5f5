import Foundation
import Testing

// The search index's byte-level paths must give exactly what the String, Foundation and
// JSONEncoder code they replaced gives.
@testable import TandemCore

@Suite("Search index fast paths")
struct SearchIndexFastPathTests {
    /// The former keyword path, kept in SearchIndexWriter as the general case.
    static func reference(body: String, shown: [String]) -> String {
        let spaced = SearchIndexWriter.spacedLines(body)
        return SearchIndexWriter.keywords(of: spaced, excluding: Set(SearchIndexWriter.words(shown.joined(separator: " "))))
    }

    @Test func latinTextTakesTheBytePath() {
        #expect(SearchWordScanner.keywords(of: "Participación ciudadana en municipios", excluding: ["Título"]) != nil)
    }

    @Test(arguments: SampleText.hostile)
    func keywordsEqualTheStringPath(text: String) {
        for shown in [[], [text], ["Participación", "pingüino"], ["ABCD abcd"]] {
            let body = text + "\n" + SampleText.hostile.joined(separator: "\n")
            if let fast = SearchWordScanner.keywords(of: text, excluding: shown) {
                #expect(fast == Self.reference(body: text, shown: shown))
            }
            if let fast = SearchWordScanner.keywords(of: body, excluding: shown) {
                #expect(fast == Self.reference(body: body, shown: shown))
            }
        }
    }

    @Test func keywordsEqualTheStringPathOnRandomSimpleText() {
        var generator = SplitMix(state: 2026)
        var fastCount = 0
        for _ in 0..<300 {
            let body = SampleText.randomSimple(&generator, length: 400)
            let shown = [SampleText.randomSimple(&generator, length: 40), SampleText.randomSimple(&generator, length: 60)]
            // Nil only when shown text has one of the few scalars that fold out of the simple ones (µ, Ⱥ, Ⱦ).
            guard let fast = SearchWordScanner.keywords(of: body, excluding: shown) else { continue }
            fastCount += 1
            #expect(fast == Self.reference(body: body, shown: shown))
        }
        #expect(fastCount > 200)
    }

    @Test func keywordsStopAtTheLimitAsTheStringPathDoes() {
        let named = (0..<400).map { "Nombre\($0)" }.joined(separator: " ")
        let plain = (0..<400).map { "palabra\($0)" }.joined(separator: " ")
        for body in [named + " " + plain, plain + " " + named, plain] {
            #expect(SearchWordScanner.keywords(of: body, excluding: []) == Self.reference(body: body, shown: []))
        }
    }

    /// Folding shown text scalar by scalar relies on Foundation folding simple text that way.
    @Test func foundationFoldsSimpleTextScalarByScalar() {
        var generator = SplitMix(state: 7)
        for _ in 0..<300 {
            let text = SampleText.randomSimple(&generator, length: 80)
            let whole = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: TextFolding.spanish)
            let joined = text.unicodeScalars.map { scalar -> String in
                let value = Int(scalar.value)
                return SearchWordScanner.foldings[value < 0x300 ? value : 0x300 + value - 0x2000]
            }.joined()
            #expect(whole == joined && Array(whole.utf8) == Array(joined.utf8))
        }
    }

    @Test func isSimpleOnBytesMatchesIsSimpleOnTheView() {
        var generator = SplitMix(state: 11)
        for text in SampleText.hostile + (0..<300).map({ _ in SampleText.randomAny(&generator, length: 12) }) {
            var copy = text
            #expect(copy.withUTF8 { SearchIndexWriter.isSimple($0) } == SearchIndexWriter.isSimple(text.utf8))
        }
    }

    @Test func byteWordSetKeepsEachWordOnce() {
        var set = ByteWordSet(capacity: 4)
        var seen = Set<String>()
        var generator = SplitMix(state: 3)
        for _ in 0..<5000 {
            let word = String(Int.random(in: 0..<1500, using: &generator), radix: 36)
            set.bytes.append(contentsOf: word.utf8)
            let number = set.insertPending()
            #expect((number != nil) == seen.insert(word).inserted)
            if let number { #expect(Array(set.bytes[set.range(of: number)]) == Array(word.utf8)) }
        }
        #expect(set.count == seen.count)
    }
}

@Suite("Search index JSON")
struct SearchIndexJSONTests {
    /// A document record as `JSONEncoder` writes the array `[title, url, section, text]`
    /// (unescaped slashes), then `HTMLSafeJSON`: what the hand-written record must equal.
    static func encodedRecord(_ entry: SearchIndexWriter.Entry) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return HTMLSafeJSON.escape((try? encoder.encode([entry.t, entry.u, entry.s, entry.x])) ?? Data("[]".utf8))
    }

    static func entry(_ text: String, headings: [String]) -> SearchIndexWriter.Entry {
        .init(t: text, u: "/es/" + text + "/", s: String(text.reversed()), x: text + "…", h: headings, k: text.lowercased())
    }

    @Test(arguments: SampleText.hostile)
    func handWrittenEqualsJSONEncoder(text: String) {
        for headings in [[], [text], [text, "", "<h2> & \"x\""]] {
            let entry = Self.entry(text, headings: headings)
            #expect(Data(SearchIndexWriter.record(entry)) == Self.encodedRecord(entry))
        }
    }

    @Test func everyScalarIsWrittenAsJSONEncoderWritesIt() {
        var chunk = String.UnicodeScalarView()
        var chunks: [String] = []
        let ranges: [ClosedRange<UInt32>] = [0...0x3000, 0xD7F0...0xD7FF, 0xE000...0xE0FF, 0xFDD0...0xFFFF, 0x1F000...0x1F6FF, 0x10FFF0...0x10FFFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                chunk.append(scalar)
                if chunk.count == 512 {
                    chunks.append(String(chunk))
                    chunk = String.UnicodeScalarView()
                }
            }
        }
        chunks.append(String(chunk))
        for text in chunks {
            let entry = SearchIndexWriter.Entry(t: text, u: text, s: "", x: text, h: [text], k: "")
            #expect(Data(SearchIndexWriter.record(entry)) == Self.encodedRecord(entry))
        }
    }

    @Test func randomTextIsWrittenAsJSONEncoderWritesIt() {
        var generator = SplitMix(state: 5)
        for _ in 0..<200 {
            let text = SampleText.randomAny(&generator, length: 40)
            let entry = Self.entry(text, headings: [text, SampleText.randomAny(&generator, length: 5)])
            #expect(Data(SearchIndexWriter.record(entry)) == Self.encodedRecord(entry))
        }
    }
}
