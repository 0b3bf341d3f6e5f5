import Foundation
import Testing

// The programme parsers' hand-written scanners must give exactly what the regular
// expressions and Foundation calls they replaced gave, including for non-ASCII spaces,
// accents, line breaks and empty text.
@testable import TandemCore

/// Texts with the awkward cases: Unicode spaces (no-break, em, ideographic, Mongolian vowel
/// separator, next line, line and paragraph separators, vertical tab, form feed), accents
/// precomposed and decomposed, CRLF, and empty or blank text.
private let awkwardTexts: [String] = [
    "", " ", "\t", "\u{A0}", "   \u{3000} ", "\n\r\n", "\u{85}\u{2028}\u{2029}\u{0B}\u{0C}", "\u{180E}x\u{180E}", "\u{200B}x\u{200B}",
    "Montevideo-Uruguay.", ", Santa Fe. Argentina.", "FLACMA. Pachuca- México", "Cochabamba Bolivia",
    " de Barcelona", "De  Barcelona", "DEL\u{A0}Sur", "del", "de", "en\u{2003}Lima", "In\tBerlin", "inBerlin", "İn Berlin", "ın Berlin",
    "\u{3000}en\u{3000}Quito", "dé Quito", "de\u{301} Quito", "  en", "endless", "de.", "\u{85}de\u{85}x",
    "Sao Leopoldo , Brasil ; 2017 – 2018 — x|y", "a . b .c 3.5 fin.", "fin .", "a -b- c", "a\u{2013}b\u{2014}c\u{2012}d",
    "e\u{301}. \u{301}x", "x .\u{A0}y", "x.\u{2028}y", "x.\u{1F}y", "Ana Pérez (CEPAL) y Juan (sin cerrar", "a (b) (c)d ( e )",
    "  (todo)", "(a(b)c)", "x\u{A0}(y)\u{A0}z", "((", "))", "sin paréntesis",
    "Red <https://red.org/x> — socia", "ver http://a.b y https://c.d", "<http://>", "http://", "https://x>y", "<https://x",
    "HTTP://mayúsculas.org", "httpss://x", "xhttp://y.z\u{A0}fin", "https://ñandú.uy/á", "<<http://a>>",
    "Nombre , Sigla ; País . Fin", "Nombre\u{A0}, x\u{3000}. y \t; z", " , inicio", "fin ,", "sin signos",
    "Día 1 | Viernes 1 de noviembre", "Sábado 2 de noviembre de 2024", "2024-11-01", "2024-02-30", "2024-1-01x", "2017-+1-05",
    "1° de marzo", "1º y 2ª", "1ST, 2nd 3RD 4th", "1o de Mayo", "21st", "1stly", "Sat. Nov. 2", "noviembre. 3", "SEPT. 1",
    "2017 **Título** 20 al 22 de marzo. Montevideo-Uruguay.", "12345 123 99999999999999999999999 7",
    "\u{FF11}\u{FF12} de marzo", "1\u{301}2 de abril", "Ｍarzo 2018", "MIÉRCOLES 3", "miercoles\r\n4 de junio",
    "28 de Febrero al 2 de marzo", "April 19-21, 2017", "28 February to 2 March", "Marzo de 2018",
    String(repeating: "palabra ", count: 12) + "2017", "   " + String(repeating: "\u{A0}", count: 60) + "2017 **x**",
    "2017-11-22T10:00", "2017-11-22", "1999 x 2200 y 1900-01-01", "abcdefghijklmnop. Mayo.",
    "2024-11-01 — Sesión de apertura con autoridades municipales y regionales del país",
    "2019 **Encuentro de Ciudades** 3 al 5 de octubre. Rosario, Santa Fe. Argentina. Organiza: FAMSÍ",
    "Participación ciudadana en la gestión del agua potable de los municipios 2018 de mayo",
    "1999\u{A0}Ñandú " + String(repeating: "á", count: 44), String(repeating: "é ", count: 30) + "12 de junio",
    "Jueves 12\u{2009}de diciembre de 2024 · Sala Magna · Auditorio con traducción simultánea",
    " Hola 2017", "\u{A0}2017 **x**", " a\u{301} 2017", "\r\n2017 **x**", "\n\n2017 **x**", "e\u{301}2017", " \u{301}2017", "\u{FF12}017 x",
    "Red Rol: socia", "Red ROLE： socia", "Red Función꞉ socia", "Red FUNCIÓN﹕ socia", "Red funcion: x", "Red rol︓ x",
    "Red — socia — líder", "Red ― socia", "Red -- socia", "Red ‐‐ socia", "Red –– socia", "Red —\u{301} socia", "Red - socia",
]

private func regexReplacing(_ text: String, _ pattern: String, with template: String) -> String {
    text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
}

@Suite("Programme scanners")
struct ProgrammeScannerEquivalenceTests {
    @Test func whitespacePredicatesMatchCharacterSetsForEveryScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ScalarTrim.isWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar)
                || ScalarTrim.isWhitespaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar)
                || ScalarTrim.isPunctuation(scalar) != CharacterSet.punctuationCharacters.contains(scalar) {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
    }

    @Test(arguments: awkwardTexts)
    func trimmingMatchesFoundation(text: String) {
        let sets: [(CharacterSet, (Unicode.Scalar) -> Bool)] = [
            (.whitespaces, ScalarTrim.isWhitespace),
            (.whitespacesAndNewlines, ScalarTrim.isWhitespaceOrNewline),
            (.whitespacesAndNewlines.union(.punctuationCharacters), { ScalarTrim.isWhitespaceOrNewline($0) || ScalarTrim.isPunctuation($0) }),
            (.whitespaces.union(CharacterSet(charactersIn: ".,;:—–-")), { ScalarTrim.isWhitespace($0) || ".,;:—–-".unicodeScalars.contains($0) }),
        ]
        for (set, predicate) in sets {
            #expect(ScalarTrim.trimming(text, where: predicate) == text.trimmingCharacters(in: set))
            let tail = text.dropFirst()
            #expect(ScalarTrim.trimming(tail, where: predicate) == tail.trimmingCharacters(in: set))
        }
    }

    @Test(arguments: awkwardTexts)
    func leadingPrepositionMatchesRegex(text: String) {
        #expect(EventListParser.replacingLeadingPreposition(text) == regexReplacing(text, #"^\s*(?i:de|del|en|in)\s+"#, with: " "))
    }

    @Test(arguments: awkwardTexts)
    func placeSeparatorsMatchRegex(text: String) {
        #expect(EventPlace.markingSeparators(text) == regexReplacing(text, #"\s*(?:[|;,–—]|\.(?=\s|$)|-)\s*"#, with: "\u{1F}"))
    }

    @Test(arguments: awkwardTexts)
    func bareURLMatchesRegex(text: String) {
        let expected = text.range(of: #"<?https?://[^\s>]+>?"#, options: .regularExpression)
        let found = PartnerListParser.bareURL(in: text)
        #expect(found.map { String(text.unicodeScalars[$0]) } == expected.map { String(text.unicodeScalars[$0]) })
        #expect(found.map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) }
                == expected.map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) })
    }

    @Test(arguments: awkwardTexts)
    func spacesBeforePunctuationMatchRegex(text: String) {
        #expect(PartnerListParser.removingSpacesBeforePunctuation(text) == regexReplacing(text, #"\s+([,.;])"#, with: "$1"))
    }

    @Test(arguments: awkwardTexts)
    func parenthesisedMatchesRegex(text: String) {
        #expect(SpeakerExtractor.removingParenthesised(text) == regexReplacing(text, #"\s*\([^)]*\)"#, with: ""))
    }

    @Test(arguments: awkwardTexts)
    func leadingYearMatchesFullTokenizing(text: String) {
        let tokens = ReferenceDateTokenizer.tokenize(text)
        var expected: Int?
        if let first = tokens.first, case .year(let year) = first.kind, (1900...2199).contains(year) {
            expected = year
            if tokens.count > 1, case .mark(let mark) = tokens[1].kind, "-–/".contains(mark) { expected = nil }
        }
        #expect(EventListParser.leadingYear(of: text) == expected)
    }

    @Test(arguments: awkwardTexts)
    func roleSearchesMatchFoundation(text: String) {
        let dash = text.range(of: " — ", options: .backwards) ?? text.range(of: " -- ", options: .backwards)
        #expect(PartnerListParser.roleDash(in: text) == dash)
        let label = ["rol:", "role:", "función:", "funcion:"].lazy
            .compactMap { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) }.first
        #expect(PartnerListParser.roleLabel(in: text) == label)
    }

    @Test(arguments: awkwardTexts)
    func dateTokensMatchCharacterTokenizer(text: String) {
        let tokens = DateToken.tokenize(text)
        #expect(tokens == ReferenceDateTokenizer.tokenize(text))
        for limit in [1, 2, 3] {
            #expect(DateToken.tokenize(text, limit: limit) == Array(tokens.prefix(limit)))
        }
        let substring = text.dropFirst()
        #expect(DateToken.tokenize(substring) == ReferenceDateTokenizer.tokenize(substring))
    }
}

/// The tokenizer before the byte fast path and the head-only reading, kept as the reference.
private enum ReferenceDateTokenizer {
    static func tokenize(_ text: some StringProtocol) -> [DateToken] {
        let folded = TextFolding.characters(text)
        var tokens: [DateToken] = []
        var index = 0
        while index < folded.count {
            let character = folded[index]
            let start = index
            if character.isWhitespaceQuickly {
                index += 1
            } else if character.isASCIIDigit {
                TimeRangeParser.skip(in: folded, from: &index) { $0.isASCIIDigit }
                let digits = String(folded[start..<index])
                if digits.count == 4, let iso = isoDate(folded, at: start) {
                    index = start + 10
                    tokens.append(DateToken(kind: .isoDate(iso), range: start..<index))
                    continue
                }
                guard let value = Int(digits) else { continue }
                if digits.count == 4 {
                    tokens.append(DateToken(kind: .year(value), range: start..<index))
                } else if digits.count <= 2 {
                    index = afterOrdinalMark(folded, at: index)
                    tokens.append(DateToken(kind: .number(value), range: start..<index))
                } else {
                    tokens.append(DateToken(kind: .word(digits), range: start..<index))
                }
            } else if character.isLetterQuickly {
                TimeRangeParser.skip(in: folded, from: &index) { $0.isLetterQuickly }
                let word = String(folded[start..<index])
                if word.count <= 4, index < folded.count, folded[index] == ".",
                   CalendarWords.months[word] != nil || CalendarWords.weekdays[word] != nil {
                    index += 1
                }
                if let month = CalendarWords.months[word] {
                    tokens.append(DateToken(kind: .month(month), range: start..<index))
                } else if let weekday = CalendarWords.weekdays[word] {
                    tokens.append(DateToken(kind: .weekday(weekday), range: start..<index))
                } else {
                    tokens.append(DateToken(kind: .word(word), range: start..<index))
                }
            } else {
                index += 1
                tokens.append(DateToken(kind: .mark(character), range: start..<index))
            }
        }
        return tokens
    }

    private static func isoDate(_ characters: [Character], at start: Int) -> CalendarDate? {
        guard start + 10 <= characters.count else { return nil }
        let candidate = String(characters[start..<(start + 10)])
        if start + 10 < characters.count, characters[start + 10].isASCIIDigit { return nil }
        return CalendarDate(iso: candidate)
    }

    private static func afterOrdinalMark(_ characters: [Character], at index: Int) -> Int {
        guard index < characters.count else { return index }
        if ["°", "º", "ª"].contains(characters[index]) { return index + 1 }
        for suffix in ["st", "nd", "rd", "th", "o", "a"] {
            let end = index + suffix.count
            guard end <= characters.count, String(characters[index..<end]) == suffix else { continue }
            if end == characters.count || !characters[end].isLetter { return end }
        }
        return index
    }
}
