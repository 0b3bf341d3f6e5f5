import Foundation
import Testing
@testable import TandemCore

/// What `tandem` prints never carries a control character from content: an ESC or BEL
/// quoted in a message could retitle, clear or recolour the user's terminal.
@Suite("Terminal escapes")
struct TerminalEscapeTests {
    @Test func diagnosticsQuoteControlsVisibly() throws {
        let site = try TestSite(#"""
            -- content/a.es.md --
            ---
            title: A
            date: "\e]0;pwned\a\e[2J"
            ---
            -- content/b.es.md --
            ---
            title: B
            layout: "\e[31m"
            ---
            """#)
        defer { site.cleanUp() }
        let run = try CLITests.run(["check", "--source", site.folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains(#"content/a.es.md:3:1: error: cannot read the date '\u{1B}]0;pwned\u{7}\u{1B}[2J'"#))
        #expect(run.stderr.contains(#"content/b.es.md:3:1: error: layout '\u{1B}[31m' is not a template name"#))
        let controls = run.stderr.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
        #expect(controls.isEmpty, "\(controls.map(\.value))")
    }
}
