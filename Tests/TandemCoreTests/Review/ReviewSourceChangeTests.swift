import Foundation
import Testing
@testable import TandemCore

@Suite("Review: which source blocks changed")
struct ReviewSourceChangeTests {
    @Test func blocksAreComparedByText() throws {
        func blocks(_ texts: [String]) -> [ReviewBlock] {
            texts.enumerated().map { ReviewBlock(MarkdownBlock(kind: .paragraph, text: $1, source: $1, line: $0 * 2 + 1)) }
        }
        let changes = SourceBlockChanges.compare(
            old: blocks(["Uno.", "Más de 711 personas.", "Se fue.", "Tres."]),
            new: blocks(["Uno.", "Más de 750 personas.", "Tres.", "Nuevo."]), since: "2026-03-03")
        #expect(changes.byLine == [3: .changed(removed: ["711"], added: ["750"]), 7: .added])
        #expect(changes.removed == ["Se fue."])
        #expect(changes.summary == "2 of 4 blocks changed since 2026-03-03 (1 added, 1 removed)")
    }

    @Test func aStalePairMarksItsChangedRows() throws {
        let body = "Primera frase del programa.\n\nMás de 711 personas participaron.\n\nTercer párrafo sin cambios.\n"
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            \(body)
            -- content/a.en.md --
            ---
            title: A
            source_hash: \(SourceHash.of(body: body))
            ---
            First sentence of the programme.

            More than 711 people took part.

            Third paragraph, unchanged.
            """)
        defer { site.cleanUp() }
        let history = SourceHistory(siteFolder: site.folder)
        guard history.git(["--version"]) != nil else { return }  // git is optional
        #expect(history.git(["init", "-q"]) != nil)
        _ = history.git(["add", "content"])
        #expect(history.git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "First version"]) != nil)
        try site.write("content/a.es.md", """
            ---
            title: A
            ---
            Primera frase del programa.

            Más de 750 personas participaron en total.

            Tercer párrafo sin cambios.

            Un párrafo nuevo.
            """)
        var builder = ReviewSiteBuilder(siteFolder: site.folder)
        builder.useGit = true
        let report = builder.build()
        #expect(report.succeeded)
        let page = site.text("output-review/pairs/a.html") ?? ""
        #expect(page.contains(#"<p class="change">source changed: <del>711 participaron.</del> <ins>750 participaron en total.</ins></p>"#), "\(page)")
        #expect(page.contains(#"<p class="change">source block added since the translation</p>"#))
        let index = site.text("output-review/index.html") ?? ""
        #expect(index.contains("2 of 4 blocks changed since "))
        #expect(index.contains(" (1 added)</small>"))
    }
}
