import Foundation
import Testing

@testable import TandemCore

/// Slugs and folded characters from the per-scalar tables equal Foundation's whole-text folding.
@Suite("Latin folding tables")
struct LatinFoldingTableTests {
    static func randomLatin(_ generator: inout SplitMix, length: Int) -> String {
        var text = String.UnicodeScalarView()
        let common = Array("aeiouAEIOUnsrtlNSRTLáéíóúÁÉÍÓÚñÑüÜ  -_.,:'\t\n".unicodeScalars)
        for _ in 0..<length {
            if Int.random(in: 0..<3, using: &generator) == 0 {
                text.append(Unicode.Scalar(UInt32.random(in: 0..<0x300, using: &generator))!)
            } else {
                text.append(common[Int.random(in: 0..<common.count, using: &generator)])
            }
        }
        return String(text)
    }

    @Test(arguments: SampleText.hostile + ["Municipalización de los ODM", "Año Ñandú miércoles", "  --Ya!-- ", "ÆØÅ æøå ß ĳ Ŀ ŉ ǆ ǲ", "ＦＵＬＬ ﬁ"])
    func slugEqualsFoundationFolding(text: String) {
        #expect(Slug.make(text) == Slug.foldedSlug(text))
    }

    @Test func slugEqualsFoundationFoldingOnEveryScalarAndRandomText() {
        for value in 0..<0x300 {
            let text = "a" + String(Character(Unicode.Scalar(UInt32(value))!)) + "b"
            #expect(Slug.make(text) == Slug.foldedSlug(text))
        }
        var generator = SplitMix(state: 13)
        for _ in 0..<500 {
            let text = Self.randomLatin(&generator, length: 30)
            #expect(Slug.make(text) == Slug.foldedSlug(text))
        }
    }

    @Test(arguments: SampleText.hostile + ["Sábado 12 de MARZO", "Miércoles\r\n9:00–10:30 h", "Æ ß ĳ İ ŉ ǅ ǰ ı ſ µ"])
    func charactersEqualTheCharacterByCharacterPath(text: String) {
        #expect(TextFolding.characters(text) == TextFolding.charactersOneByOne(text))
        #expect(TextFolding.characters(text.dropFirst()) == TextFolding.charactersOneByOne(text.dropFirst()))
    }

    @Test func charactersEqualTheCharacterByCharacterPathOnRandomText() {
        var generator = SplitMix(state: 17)
        for _ in 0..<500 {
            let text = Self.randomLatin(&generator, length: 30)
            #expect(TextFolding.characters(text) == TextFolding.charactersOneByOne(text))
            #expect(TextFolding.characters(text).count == text.count)
        }
    }
}
