import Foundation
import Testing
@testable import TandemCore

@Suite("Control characters")
struct ControlCharacterTests {
    @Test func diagnosticsShowControlsEscaped() {
        let diagnostic = Diagnostic.error(SourceLocation(path: "a\u{07}.md", line: 2), "bad '\u{1B}]0;pwned\u{07}' \u{9B}x\ty",
                                          hint: "one\ntwo\u{0C}")
        #expect(diagnostic.visibleMessage == "bad '\\u{1B}]0;pwned\\u{7}' \\u{9B}x\ty")
        #expect(diagnostic.visibleHint == "one\ntwo\\u{C}")
        #expect(diagnostic.description == "a\\u{7}.md:2:1: error: bad '\\u{1B}]0;pwned\\u{7}' \\u{9B}x\ty (one\ntwo\\u{C})")
        #expect(Diagnostic.visible("línea\nnueva") == "línea\\u{A}nueva")
    }

    @Test func outputTextLosesControls() {
        #expect(ControlCharacters.removing(from: "a\u{01}b\u{0B}c\u{7F}d\u{85}e\u{9F}f\tg\nh\r\ni") == "ab cd ef\tg\nh\r\ni")
        let clean = "Año — ok\n"
        #expect(ControlCharacters.removing(from: clean) == clean)
        #expect(ICalendarText.escape("Taller\u{0B}de\u{01} datos\t1") == "Taller de datos\t1")
    }

    @Test func contentControlsNeverReachOutputFiles() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: "Título\\u0001 con\\u000B control\\u001B[2J"
            summary: "Resumen\\u0007"
            slug: a
            ---
            Texto\u{01} con\u{7F} control.
            -- content/agendas/a.es.md --
            ---
            title: "Agenda\\u0001"
            timezone: America/Santo_Domingo
            ---
            ## Viernes 1 de noviembre de 2024
            - 10:00-11:00 Apertura\u{0B}oficial
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(!site.outputFiles().isEmpty)
        for file in site.outputFiles() where !file.hasPrefix("assets/") {
            let data = try #require(FileManager.default.contents(atPath: site.output.appendingPathComponent(file).path))
            let text = String(decoding: data, as: UTF8.self)
            let controls = text.unicodeScalars.filter(ControlCharacters.isUnwanted)
            #expect(controls.isEmpty, "\(file): \(controls.map { String($0.value, radix: 16) })")
        }
        #expect(site.file("es/agendas/agenda/sessions/s-2024-11-01-1000.ics")?.contains("SUMMARY:Apertura oficial") == true)
        #expect(site.file("es/a/index.html")?.contains("Título con  control[2J") == true)
    }

    /// The eight-bytes-at-a-time scan against a plain byte loop, on texts with one control
    /// (or a lookalike: U+00A0 after 0xC2, a C1 control) at every position of a word.
    @Test func wordScanAgreesWithByteLoop() {
        func byByte(_ text: String) -> Bool {
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
                if byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
                previous = byte
            }
            return false
        }
        let inserts = ["\u{01}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\t", "\n", "\r", " ", "~", "é", "ñ", "€", "😀", "\u{0B}"]
        for length in 0..<20 {
            for position in 0...length {
                for insert in inserts {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: insert, at: text.index(text.startIndex, offsetBy: position))
                    #expect(ControlCharacters.containsUnwanted(text) == byByte(text), "\(insert.unicodeScalars.map(\.value)) at \(position) of \(length)")
                }
            }
        }
    }
}
