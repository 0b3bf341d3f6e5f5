import Foundation
import Testing
import TandemCore
@testable import TandemServer

/// The serve overlay shows the offending line with a caret, as the terminal does.
@Suite("Error overlay excerpts")
struct ErrorOverlayExcerptTests {
    @Test func theOverlayAndTheEventCarryTheExcerpt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-overlay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\ntitle: <b>Uno</b>\ndate: ayer\n---\n".utf8).write(to: folder.appendingPathComponent("content/a.es.md"))
        let error = Diagnostic.error(SourceLocation(path: "content/a.es.md", line: 3, column: 7), "cannot read the date 'ayer'")
        let html = ErrorOverlay.html([error], siteFolder: folder)
        #expect(html.contains(">  |\n3 | date: ayer\n  |       ^</pre>"))
        let json = ErrorOverlay.json([error], siteFolder: folder)
        #expect(json.contains(#""excerpt":"  |\n3 | date: ayer\n  |       ^""#))
        // Without a site folder (or a readable line) nothing is added.
        #expect(!ErrorOverlay.html([error]).contains("<pre"))
        // The page's markup in a line is shown as text.
        let title = Diagnostic.error(SourceLocation(path: "content/a.es.md", line: 2, column: 8), "x")
        #expect(ErrorOverlay.html([title], siteFolder: folder).contains("2 | title: &lt;b&gt;Uno&lt;/b&gt;"))
    }
}
