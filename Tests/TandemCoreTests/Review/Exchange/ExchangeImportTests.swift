import Foundation
import Testing
@testable import TandemCore

@Suite("Exchange: import checks, drafts, stale translations and bad input")
struct ExchangeImportTests {
    static let page = """
        -- content/a.es.md --
        ---
        title: "Agenda"
        ---

        Un [enlace](https://x.org) y una nota[^1].

        - Primero
        - Segundo

        [^1]: La nota.
        """

    /// The XLIFF of `page`, every target filled with the source.
    func exportedText(_ site: TestSite) throws -> String {
        XLIFFWriter.write(ExchangeFixture.copyingSources(try ExchangeFixture.export(site), format: .xliff))
    }

    @Test func missingUnitsLeaveADraftWithoutSourceHash() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        var exchange = try ExchangeFixture.export(site)
        exchange.files[0].units[0].target = [.text("Agenda (EN)")]
        exchange.files[0].units[0].state = "translated"
        exchange.files[0].units[0].approved = true
        let plan = try ExchangeFixture.importing(site, exchange, format: .xliff)
        #expect(plan.changes.map(\.missingUnits) == [4])
        let text = try #require(site.text("content/a.en.md"))
        #expect(text.contains("title: \"Agenda (EN)\"\n"))
        #expect(text.contains("draft: true\n"))
        #expect(!text.contains("source_hash"))
        #expect(text.contains("translationKey: \"a\"\n"))
    }

    @Test func translatedButNotApprovedSetsNoSourceHash() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        var exchange = ExchangeFixture.copyingSources(try ExchangeFixture.export(site), format: .po)
        exchange.files[0].units[1].approved = false  // fuzzy in PO
        _ = try ExchangeFixture.importing(site, exchange, format: .po)
        let text = try #require(site.text("content/a.en.md"))
        #expect(!text.contains("draft"))
        #expect(!text.contains("source_hash"))
    }

    @Test func aStaleTranslationIsExportedForReviewAndUpdatedInPlace() throws {
        let site = try TestSite(Self.page + """

            -- content/a.en.md --
            ---
            title: "Agenda EN"
            translationKey: a
            source_hash: sha256:0000000000000000
            ---

            A [link](https://x.org) and a note[^1].

            - First
            - Second

            Kept by the translator.

            [^1]: The note.
            """)
        defer { site.cleanUp() }
        // No git history here: every unit goes out, with the translation as its target, for review.
        let exchange = try ExchangeFixture.export(site)
        let units = try #require(exchange.files.first).units
        #expect(units.map(\.id) == ["title", "b1", "b2", "b3", "b4"])
        #expect(units.map(\.state) == Array(repeating: "needs-review-translation", count: 5))
        #expect(units.map { $0.target?.plainText } == ["Agenda EN", "A link and a note[^1].", "First", "Second", "The note."])
        #expect(XLIFFWriter.write(exchange).contains(#"<target state="needs-review-translation">A <bpt id="1" ctype="link">[</bpt>link<ept id="1">](https://x.org)</ept> and a note<ph id="2" ctype="x-footnote">[^1]</ph>.</target>"#))

        // The reviewer changes one unit and approves all: the file is patched in place and becomes current.
        var reviewed = exchange
        for index in reviewed.files[0].units.indices { reviewed.files[0].units[index].approved = true }
        reviewed.files[0].units[2].target = [.text("Very first")]
        let plan = try ExchangeFixture.importing(site, reviewed, format: .xliff)
        #expect(plan.changes.map(\.created) == [false])
        let text = try #require(site.text("content/a.en.md"))
        #expect(text.contains("- Very first\n- Second\n\nKept by the translator.\n"))
        let loaded = try ReviewFixture.site(site)
        #expect(StatusReport(site: loaded).status(of: "a")?.version("en")?.state == .ok)
    }

    @Test func withGitHistoryOnlyTheChangedBlocksOfAStaleTranslationGoOut() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let source = try #require(site.text("content/a.es.md"))
        let body = String(source.drop { $0 != "\n" }.dropFirst().drop { $0 != "\n" }.dropFirst().drop { $0 != "\n" }.dropFirst())
        #expect(body.hasPrefix("\nUn [enlace]"))
        try site.write("content/a.en.md", """
            ---
            title: "Agenda EN"
            translationKey: a
            source_hash: \(SourceHash.of(body: body))
            ---

            A [link](https://x.org) and a note[^1].

            - First
            - Second

            [^1]: The note.
            """)
        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", site.folder.path, "-c", "user.email=t@example.org", "-c", "user.name=Test"] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q"])
        try git(["add", "content"])
        try git(["commit", "-q", "-m", "first"])
        try site.write("content/a.es.md", source.replacingOccurrences(of: "- Segundo", with: "- Segundo y tercero"))
        let units = try #require(try ExchangeFixture.export(site).files.first).units
        #expect(units.map(\.id) == ["b3"])
        #expect(units.map { $0.target?.plainText } == ["Second"])
        #expect(units.map(\.state) == ["needs-review-translation"])
    }

    @Test func aUnitWhoseSourceChangedIsImportedWithAWarning() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let text = try exportedText(site)
        try site.write("content/a.es.md", try #require(site.text("content/a.es.md")).replacingOccurrences(of: "- Primero", with: "- Primero y más"))
        let plan = try ExchangeFixture.plan(site, text: text, format: .xliff)
        #expect(plan.warnings == ["t.xlf:33: warning: unit b2: its source in content/a.es.md changed since the export; imported and left for review"])
        #expect(plan.changes.map(\.setsSourceHash) == [false])
        #expect(plan.changes.first?.text.contains("- Primero\n- Segundo") == true, "the translator's text is kept")
    }

    // MARK: bad input: a clear error, nothing written

    func expectRefused(_ site: TestSite, _ text: String, format: TranslationImporter.Format = .xliff, _ expected: [String]) {
        let errors = ExchangeFixture.errors { _ = try ExchangeFixture.plan(site, text: text, format: format) }
        #expect(errors == expected)
        #expect(site.text("content/a.en.md") == nil, "nothing written")
    }

    @Test func malformedXLIFF() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let text = try exportedText(site).replacingOccurrences(of: #"<target state="translated">Primero</target>"#, with: #"<target state="translated">Primero</targt>"#)
        expectRefused(site, text, ["t.xlf:35:51: error: malformed XLIFF: an end tag that does not match its start tag\n    help: the file is not well-formed XML; open it in the CAT tool again and re-export, or fix the line shown"])
    }

    @Test func aUnitThatNoLongerExists() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let text = try exportedText(site).replacingOccurrences(of: #"id="b3" resname="b3""#, with: #"id="b9" resname="b9""#)
        expectRefused(site, text, ["t.xlf:45: error: unit b9 no longer exists in content/a.es.md\n    help: the source changed since the export: export again and carry the translation over"])
    }

    @Test func aTargetLanguageThatIsNotConfigured() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let text = try exportedText(site).replacingOccurrences(of: #"target-language="en""#, with: #"target-language="fr""#)
        expectRefused(site, text, ["t.xlf:3: error: target language 'fr' is not one of the site's languages\n    help: the site's languages are es, en (tandem.yaml)"])
    }

    @Test func aFileFromAnotherSite() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let fingerprint = SiteFingerprint.of(try ReviewFixture.site(site).config)
        let text = try exportedText(site).replacingOccurrences(of: fingerprint, with: "site-0123456789ab")
        expectRefused(site, text, ["t.xlf:3: error: the file was exported from another site (site-0123456789ab); this site is \(fingerprint)\n    help: import a file that tandem translate --export wrote for this site (the site is named by its languages and their titles in tandem.yaml)"])
    }

    @Test func aUnitWhoseTagsDoNotMatchItsSource() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let text = try exportedText(site).replacingOccurrences(
            of: #"<target state="translated">Un <bpt id="1" ctype="link">[</bpt>enlace<ept id="1">](https://x.org)</ept> y una nota<ph id="2" ctype="x-footnote">[^1]</ph>.</target>"#,
            with: #"<target state="translated">A link and a note.</target>"#)
        expectRefused(site, text, ["t.xlf:21: error: unit b1 (content/a.es.md line 5): missing <bpt id=\"1\"> (link [), <ept id=\"1\"> (](https://x.org)), <ph id=\"2\"> (footnote reference [^1])\n    help: keep every tag of the source in the translation, once each; they stand for links, emphasis, code, footnotes and times"])
    }

    @Test func aPOTranslationThatBreaksTheMarkup() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let po = POWriter.write(ExchangeFixture.copyingSources(try ExchangeFixture.export(site), format: .po))
            .replacingOccurrences(of: "msgstr \"Un [enlace](https://x.org) y una nota[^1].\"", with: "msgstr \"A [link](https://y.org) and a note.\"")
        // The footnote's definition, no longer referenced, is no longer a block either: both are said.
        expectRefused(site, po, format: .po, [
            "t.po:22: error: unit b1: once written into content/a.en.md, its Markdown reads differently from the source; lost: close ](https://x.org), x-footnote [^1]; extra: close ](https://y.org)\n    help: keep links, emphasis, `code`, footnote references and times as in the source; emphasis that ends in punctuation (”, ., :) needs a space or punctuation after it, and an unpaired * or _ changes the markup",
            "t.po:43: error: unit b4: once written into content/a.en.md, the page's blocks no longer line up with its source\n    help: a line of the translation starting with -, +, #, > or a number and a dot starts a new block: reword it or escape it with \\",
        ])
    }

    @Test func malformedPO() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        expectRefused(site, "msgid \"a\nmsgstr \"b\"\n", format: .po, [
            "t.po:1: error: malformed PO: msgid is not a quoted string\n    help: write it as msgid \"…\"",
        ])
    }
}
