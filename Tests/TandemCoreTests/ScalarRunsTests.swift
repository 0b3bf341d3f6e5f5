import Foundation
import Testing
@testable import TandemCore

/// `ScalarRuns.replace` stands in for a regular expression in the programme parsers; it
/// must give what `replacingOccurrences(of:with:options: .regularExpression)` gives,
/// including when it returns the text untouched.
@Suite struct ScalarRunsTests {
    static let texts = [
        "", " ", "  ", "a", "Universidad de Buenos Aires", "Universidad  de\tBuenos   Aires ", "\tlead", "trail\t",
        "a\u{0B}b\u{85}c\u{A0}d", "**bold** and *one* and ***three***", "*", "**", "a*b**c***d", "ñandú  árbol",
        "line\nbreak  \n\n", "x \u{2003}y", "名前  テスト", "emoji 😀  ok",
    ]

    @Test(arguments: texts)
    func sameAsTheRegularExpression(_ text: String) {
        func regex(_ pattern: String, _ replacement: String) -> String {
            text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        #expect(ScalarRuns.replace(text, with: " ", where: ScalarRuns.isRegexSpace) == regex("\\s+", " "))
        #expect(ScalarRuns.replace(text, minimum: 2, with: " ", where: ScalarRuns.isRegexSpace) == regex("\\s{2,}", " "))
        #expect(ScalarRuns.replace(text, minimum: 2, with: "") { $0 == "*" } == regex("\\*{2,}", ""))
        #expect(ScalarRuns.replace(text, with: " ") { $0 == " " || $0 == "\t" } == regex("[ \\t]+", " "))
    }
}

/// The partner parser finds bracketed groups on bytes; a walk over characters decides
/// whenever a bracket touches a non-ASCII byte. Both must find the same groups.
@Suite struct PartnerBracketTests {
    @Test(arguments: [
        "", "Agencia Española de Cooperación (AECID)", "Red (Argentina) (RedAr, RA)", "((nested) groups)", ")(", "(unclosed",
        "closed)", "(é)", "a(\u{301}b)", "x(y)\u{301}", "Ñandú (Paraguay)", "(😀)", "a () b", "(a)(b)(c)",
    ])
    func bytesAndCharactersAgree(_ text: String) {
        #expect(PartnerListParser.parenthesised(text) == PartnerListParser.parenthesisedByCharacter(text))
    }
}
