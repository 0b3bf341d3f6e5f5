import Foundation
import Testing

// Fast paths found by profiling must give exactly what the code they replaced gave.
@testable import TandemCore

/// The search index's fast tokenizer must cut text exactly where splitting by
/// characters does.
@Suite("Search index tokens")
struct SearchIndexTokenTests {
    @Test(arguments: [
        "¿Cómo pueden los municipios medir su avance hacia los ODS? ¡Inscríbete! Año 2030, 20.000 habitantes.",
        "Participación Ciudadana — señalización; niñas y niños: «agua» ½ ² µ ß Œuvre ǅ ʼn",
        "Líneas\r\nseparadas\ry\ntabuladas\t(entre) [corchetes] {llaves} a_b a-b a'b",
        "Combining: cafe\u{301} and e\u{301}e, emoji 👩‍💻 x, Hangul 한국어 end",
        "", "    ", "solo",
    ])
    func fastTokensEqualCharacterSplit(text: String) {
        #expect(SearchIndexWriter.tokens(text).map(String.init) == text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    @Test func everyScalarBelowU0300IsClassifiedAsItsCharacter() {
        for value in 0..<0x300 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let character = Character(scalar)
            #expect(SearchIndexWriter.wordScalars[value] == (character.isLetter || character.isNumber))
        }
    }
}

@Suite("Byte search")
struct ByteSearchTests {
    @Test(arguments: [
        ("<p>a footnote</p>", "footnote", true), ("footnote", "footnote", true), ("footnot", "footnote", false),
        ("", "x", false), ("abc", "", true), ("ñandú <input type=\"checkbox\" />", "<input type=\"checkbox\"", true),
        ("aaab", "aab", true), ("xxfootnotxfootnote", "footnote", true), ("FOOTNOTE", "footnote", false),
    ])
    func findsBytesAsContainsDoes(text: String, needle: String, expected: Bool) {
        #expect(ByteSearch.contains(text, Array(needle.utf8)) == expected)
    }

    /// The skip-table search against a plain byte-by-byte search, on random text over a small
    /// alphabet (so partial matches and repeats are frequent).
    @Test func agreesWithPlainSearchOnRandomText() {
        var random = SplitMix(state: 7)
        let alphabet = Array("ab<c\"ñ".utf8)
        func randomBytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] } }
        for _ in 0..<3000 {
            let haystack = randomBytes(Int(random.next() % 40))
            let needle = randomBytes(1 + Int(random.next() % 6))
            let text = String(decoding: haystack, as: UTF8.self)
            let bytes = Array(text.utf8)
            let expected = bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
            #expect(ByteSearch.contains(text, needle) == expected, "\(text.debugDescription) / \(needle)")
        }
    }
}

/// The front matter splitter cuts files as splitting them into lines and joining them did.
@Suite("Front matter splitting")
struct FrontMatterSplittingTests {
    /// The former line-by-line algorithm, kept as the reference.
    static func reference(_ text: String) -> Result<FrontMatterSplitter.Parts, FrontMatterSplitter.Failure> {
        func isDelimiter(_ line: Substring) -> Bool {
            var line = line
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            return line == "---"
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isDelimiter(first) else { return .failure(.missing) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 2
        while let line = lines.first {
            lines = lines.dropFirst()
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            if isDelimiter(line) || trimmed == "..." {
                return .success(.init(yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2, body: lines.joined(separator: "\n")[...], bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
            lineNumber += 1
        }
        return .failure(.unclosed)
    }

    @Test(arguments: [
        "---\ntitle: A\n---\nBody\n", "---\ntitle: A\n---", "---\n---\nBody", "---\n---", "---", "---\n", "",
        "title: A\n---\n", "--- \ntitle: Á\ndate: 2024\n---\t\n\n## Título\n\ntexto\n\n", "---\na: 1\n...\nrest",
        "---\na: 1\nb: 2\n", "---\n\n\n---\n\n\n", "---\nñ: ü\n---\ne\u{301}\n---\nmore\n",
    ])
    func splitsAsTheLineByLineAlgorithmDid(text: String) {
        #expect(FrontMatterSplitter.split(text) == Self.reference(text))
    }
}

/// Table rows cut on bytes give the cells the character-by-character cut gives.
@Suite("Table cell sources")
struct TableCellSourceTests {
    @Test func byteCutMatchesCharacterCut() {
        var random = SplitMix(state: 11)
        let pieces = ["a", "|", "\\", " ", "é", "e\u{301}", "\u{301}", "ñ", "\t", "\u{A0}", "x y"]
        for _ in 0..<5000 {
            let row = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var reference = CmarkTreeWalker.characterCells(row).map { $0.trimmingSpaces() }[...]
            if reference.first == "" { reference = reference.dropFirst() }
            if reference.last == "" { reference = reference.dropLast() }
            #expect(CmarkTreeWalker.tableCellSources(row) == Array(reference), "\(row.debugDescription)")
        }
    }
}

/// ISO dates written by hand match `String(format:)`'s `%04d-%02d-%02d`.
@Suite("ISO date text")
struct ISODateTextTests {
    @Test func matchesStringFormat() {
        for year in [-12345, -999, -5, 0, 7, 99, 2024, 9999, 10000, 123456] {
            for (month, day) in [(1, 1), (11, 30), (0, 0), (-3, 123)] {
                let date = CalendarDate(year: year, month: month, day: day)
                #expect(date.iso == String(format: "%04d-%02d-%02d", year, month, day))
            }
        }
    }
}

/// Paths cut on bytes and ASCII bytes found in one pass agree with the standard library.
@Suite("Byte split and first indexes")
struct ByteSplitTests {
    @Test func agreesWithStandardLibrary() {
        var random = SplitMix(state: 5)
        let pieces = ["a", "/", ".", "..", "é", "#", "?", ":", "ñu", "x y", "%20"]
        for _ in 0..<3000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(ByteSplit.parts(of: text, separator: UInt8(ascii: "/")) == text.split(separator: "/"), "\(text)")
            #expect(ByteSplit.parts(of: text, separator: UInt8(ascii: "."), omittingEmpty: false)
                == text.split(separator: ".", omittingEmptySubsequences: false), "\(text)")
            let found = ByteSearch.firstIndexes(of: Array(":/#?".utf8), in: text)
            #expect(found == [text.firstIndex(of: ":"), text.firstIndex(of: "/"), text.firstIndex(of: "#"), text.firstIndex(of: "?")], "\(text)")
        }
    }
}

/// Templates write escaped values straight into their UTF-8 output; that must be the bytes
/// `XMLText.escape` gives, including its character-wise path for a `<` joined to a mark.
@Suite("Escaping into bytes")
struct EscapeIntoBytesTests {
    @Test(arguments: [
        "", "plain", "Agenda <del> \"taller\" & 'foro'", "<\u{301}b> a\u{301}", "é<b>", "<b>é",
        "ñandú & <ñ>", "😀 <x> 👩‍💻", "a\r\nb<", String(repeating: "x&", count: 40),
        NSString(string: "bridged <b> & é").description,
    ])
    func bytesEqualEscapedString(text: String) {
        var output: [UInt8] = Array("prefix ".utf8)
        XMLText.appendEscaped(text, to: &output)
        #expect(output == Array(("prefix " + XMLText.escape(text)).utf8))
    }
}
