import Foundation
import Testing
@testable import TandemCore

/// Errors show the offending line with a caret under the column, as compilers do.
@Suite("Source excerpts under diagnostics")
struct SourceExcerptTests {
    @Test func theLineAndACaretUnderTheColumn() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            date: ayer
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.description.hasPrefix("content/a.es.md:3:1: error: cannot read the date 'ayer'"))
        #expect(SourceExcerpt.lines(for: diagnostic, siteFolder: site.folder) == [
            "  |",
            "3 | date: ayer",
            "  | ^",
        ])
    }

    @Test func anOpenFlowSequencePointsAtWhereItOpened() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            tags: [a, b
            date: 2024-01-01
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.notes.map(\.description) == ["content/a.es.md:3:7: a flow sequence starts here"])
        let lines = SourceExcerpt.lines(for: diagnostic, siteFolder: site.folder)
        #expect(lines.contains("3 | tags: [a, b"))
        #expect(lines.contains("  |       ^ a flow sequence starts here"))
        #expect(lines.count == 5, "\(lines)")
    }

    @Test func controlCharactersTabsAndLongLinesKeepTheCaretInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-excerpt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "x", count: 300) + "!" + String(repeating: "y", count: 300)
        try Data("uno\r\n\tdos\u{1B}[2J tres\r\n\(long)\n".utf8).write(to: folder.appendingPathComponent("f.md"))
        let tab = Diagnostic.error(SourceLocation(path: "f.md", line: 2, column: 9), "x")
        #expect(SourceExcerpt.lines(for: tab, siteFolder: folder) == [
            "  |",
            "2 |     dos\\u{1B}[2J tres",
            "  |                 ^",
        ])
        let wide = Diagnostic.error(SourceLocation(path: "f.md", line: 3, column: 301), "x")
        let lines = SourceExcerpt.lines(for: wide, siteFolder: folder)
        #expect(lines[1] == "3 | …" + String(repeating: "x", count: 80) + "!" + String(repeating: "y", count: 79) + "…")
        #expect(lines[2] == "  | " + String(repeating: " ", count: 81) + "^")
    }

    @Test func noExcerptForWholeFilesMissingLinesOrPathsOutsideTheSite() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            ---
            """)
        defer { site.cleanUp() }
        for location in [
            SourceLocation(path: "content/a.es.md"), SourceLocation(path: "content/a.es.md", line: 40, column: 2),
            SourceLocation(path: "../a.es.md", line: 2, column: 2), SourceLocation(path: "/etc/passwd", line: 2, column: 2),
        ] {
            #expect(SourceExcerpt.lines(for: .error(location, "x"), siteFolder: site.folder) == [])
        }
        // The built-in theme's files are read from the executable.
        let builtin = Diagnostic.error(SourceLocation(path: BuiltinTheme.displayPath + "/templates/baseof.mustache", line: 2, column: 7), "x")
        #expect(SourceExcerpt.lines(for: builtin, siteFolder: site.folder) == ["  |", "2 | <html lang=\"{{lang}}\">", "  |       ^"])
    }

    @Test func theCommandLinePrintsTheExcerptBetweenMessageAndHelp() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            date: ayer
            ---
            """)
        defer { site.cleanUp() }
        let run = try CLITests.run(["build", "--source", site.folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("""
            content/a.es.md:3:1: error: cannot read the date 'ayer'
                  |
                3 | date: ayer
                  | ^
                help: write dates as YYYY-MM-DD
            """), "\(run.stderr)")
    }
}

extension DiagnosticNote: CustomStringConvertible {
    public var description: String { "\(location): \(message)" }
}
