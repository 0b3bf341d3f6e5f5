@testable import TandemCore

/// Text for the fast-path equivalence tests: hostile samples and reproducible random text.
enum SampleText {
    static let hostile: [String] = [
        "¿Cómo pueden los municipios medir su avance hacia los ODS? ¡Inscríbete! Año 2030, 20.000 habitantes.",
        "Participación Ciudadana — señalización; NIÑAS y niños: «agua» ½ ² µ ß Œuvre ǅ ŉ Æsir æther ĳssel İstanbul",
        "Medida en µm, µs y Ⱥtomo ȾAPA: microsegundos µµµµ MÁS ÁREAS", "a\u{AD}b soft\u{AD}hyphen ª º ¹ ³ ĸ ſ ǈ ǋ",
        "PINGÜINO pingüino Pingüino CIGÜEÑA cigüeña Ñandú ÑANDÚ ñandú Über ÜBER über Straße STRASSE",
        "Líneas\r\nseparadas\ry\ntabuladas\t(entre) [corchetes] {llaves} a_b a-b a'b",
        "Combining: cafe\u{301} and e\u{301}e, emoji 👩‍💻 x, Hangul 한국어 end",
        "中文 日本語のテキスト 東京都 Tokyo 北京 Beijing",
        "ﬁnal ﬂuent ligatures ﬀ Ⅻ ①②③ ＦＵＬＬ ｗｉｄｔｈ",
        "dash–en dash—em ‘curly’ “quotes” … bullet• ‰ ‹›  zero\u{200B}width nbsp\u{A0}here",
        "joiner\u{200D}here nonjoiner\u{200C}there",
        "Ωmega Σίσυφος ΣΊΣΥΦΟΣ Москва МОСКВА",
        "", "    ", "solo", "A", "ABCD", "abcd abcd ABCD Abcd",
        "<script>alert(\"x\")</script> & \\ / \u{2028} \u{2029} \u{7F} \u{0} \u{1F}",
    ]

    /// Every scalar the byte path reads: below U+0300 and U+2000–U+206F but the joiners.
    static let simpleScalars: [Unicode.Scalar] = (0..<SearchWordScanner.slotCount).map(SearchWordScanner.scalar(ofSlot:))
        .filter { SearchIndexWriter.isSimple(String($0).utf8) }

    static func randomSimple(_ generator: inout SplitMix, length: Int) -> String {
        var text = String.UnicodeScalarView()
        let common = Array("aeiouAEIOUnsrtlNSRTLáéíóúÁÉÍÓÚñÑüÜ  \n".unicodeScalars)
        for _ in 0..<length {
            // Mostly letters and spaces, so words form; now and then any simple scalar.
            if Int.random(in: 0..<4, using: &generator) == 0 {
                text.append(simpleScalars[Int.random(in: 0..<simpleScalars.count, using: &generator)])
            } else {
                text.append(common[Int.random(in: 0..<common.count, using: &generator)])
            }
        }
        return String(text)
    }

    static func randomAny(_ generator: inout SplitMix, length: Int) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<length {
            let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x2FF, 0x300...0x36F, 0x2000...0x206F, 0xE000...0xFFFD, 0x1F300...0x1F64F, 0x4E00...0x4E50]
            let range = ranges[Int.random(in: 0..<ranges.count, using: &generator)]
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { text.append(scalar) }
        }
        return String(text)
    }
}
