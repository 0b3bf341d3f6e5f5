import Testing
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
}
