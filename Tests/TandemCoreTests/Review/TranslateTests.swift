import Foundation
import Testing
@testable import TandemCore

@Suite("Review: scaffolding translations and marking them current")
struct TranslateTests {
    func scaffold(_ site: TestSite, _ path: String, to language: String = "en") throws -> TranslationScaffolder.Scaffold {
        let scaffolder = TranslationScaffolder(site: try ReviewFixture.site(site), siteFolder: site.folder)
        let scaffold = try scaffolder.scaffold(ContentFileArgument(contentPath: path), to: language)
        try scaffolder.write(scaffold)
        return scaffold
    }

    @Test func scaffoldsEveryContentKindOfTheBundledSite() throws {
        let site = try ReviewFixture.bundledSiteCopy()
        defer { site.cleanUp() }
        try site.remove("content/events/_index.en.md")
        let sources = [
            "agendas/cumbre-concejales-2024.es.md",        // agenda with lists
            "agendas/taller-innovacion-ods-2024.es.md",    // agenda with a table
            "events/mercociudades-2017-2018.es.md",        // event list
            "programmes/mercociudades-plan-2017-2018.es.md",  // programme note
            "programmes/taller-innovacion-ods-2024.es.md",
            "events/_index.es.md",                         // section page
        ]
        for source in sources {
            let scaffold = try scaffold(site, source)
            #expect(scaffold.path == "content/" + source.replacingOccurrences(of: ".es.md", with: ".en.md"))
            #expect(scaffold.text.contains("title: \"[translate] "))
            #expect(scaffold.text.contains("draft: true\n"))
            #expect(scaffold.text.contains("scaffolded_from: sha256:"))
            #expect(scaffold.text.contains("translationKey: "))
        }
        // The partner list pair exists: remove the English one to scaffold it again.
        try site.remove("content/partners/municipalizacion-odm.en.md")
        _ = try scaffold(site, "partners/municipalizacion-odm.es.md")
        // An English-only page scaffolds into Spanish and keeps English as its source.
        let spanish = try scaffold(site, "programmes/fortalecimiento-gobiernos-locales.en.md", to: "es")
        #expect(spanish.text.contains("translationSource: en\n"))

        // Everything builds with drafts, and the agendas keep their sessions and times.
        let report = site.build(drafts: true)
        #expect(report.errorMessages == [])
        let loaded = try ReviewFixture.site(site)
        let status = StatusReport(site: loaded)
        #expect(status.status(of: "fortalecimiento-gobiernos-locales")?.sourceLanguageCode == "en")
        #expect(status.statuses.filter { $0.versions.contains { $0.state == .draft } }.count == sources.count + 2)
        for key in ["agenda-cumbre-concejales-2024", "agenda-taller-innovacion-ods-2024"] {
            let versions = try #require(loaded.translations[key])
            let es = loaded.pages[try #require(versions["es"])], en = loaded.pages[try #require(versions["en"])]
            #expect(es.body == en.body, "the scaffold keeps every block, times included")
        }
        let englishAgenda = site.outputFiles().filter { $0.hasPrefix("en/agendas/") && $0.hasSuffix("index.html") }
            .compactMap { site.file($0) }.filter { $0.contains("datetime=\"2024-11-01T10:30:00-04:00\"") }
        #expect(!englishAgenda.isEmpty, "the English scaffold of the workshop agenda renders its sessions")
    }

    @Test func neverOverwrites() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            Texto.
            -- content/b.es.md --
            ---
            title: B
            ---
            -- content/b.en.md --
            ---
            title: B
            ---
            -- content/c.es.md --
            ---
            title: C
            translationKey: otra
            ---
            -- content/c.en.md --
            Not a page yet.
            """)
        defer { site.cleanUp() }
        let loaded = try? ReviewFixture.site(site)
        #expect(loaded == nil)  // c.en.md has no front matter: an error, but the others load
        var diagnostics = DiagnosticBag()
        let partial = try #require(ContentSiteLoader(siteFolder: site.folder).load(diagnostics: &diagnostics))
        let scaffolder = TranslationScaffolder(site: partial, siteFolder: site.folder)
        #expect(throws: TranslationFileError.self) { try scaffolder.scaffold(ContentFileArgument(contentPath: "b.es.md"), to: "en") }
        do {
            _ = try scaffolder.scaffold(ContentFileArgument(contentPath: "c.es.md"), to: "en")
            Issue.record("c.en.md exists and must not be overwritten")
        } catch let error as TranslationFileError {
            #expect(error.description.hasPrefix("content/c.en.md: error: the file already exists; not overwriting"))
            #expect(error.kind == .content)
        }
        do {
            _ = try scaffolder.scaffold(ContentFileArgument(contentPath: "a.es.md"), to: "fr")
            Issue.record("fr is not a language")
        } catch let error as TranslationFileError {
            #expect(error.kind == .usage)
            #expect(error.message == "unknown language 'fr'")
        }
        #expect(site.text("content/c.en.md") == "Not a page yet.\n")
    }

    @Test func scaffoldRetargetsLinksWhoseCounterpartExists() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            aliases: [/es/viejo/]
            ---
            Ver [B](b.es.md#uno) y [C](c.es.md).
            -- content/b.es.md --
            ---
            title: B
            ---
            # Uno
            -- content/b.en.md --
            ---
            title: B
            ---
            # Uno
            -- content/c.es.md --
            ---
            title: C
            ---
            """)
        defer { site.cleanUp() }
        let scaffold = try scaffold(site, "a.es.md")
        #expect(scaffold.text.hasSuffix("---\nVer [B](b.en.md#uno) y [C](c.es.md).\n"))
        #expect(!scaffold.text.contains("aliases"))
        #expect(site.build(drafts: true).errorMessages == [])
    }

    @Test func markCurrentChangesOnlyTheSourceHashLine() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            Texto nuevo.
            """)
        defer { site.cleanUp() }
        // CRLF line endings, a comment, odd quoting and a stale hash stay byte for byte except that one line.
        let original = "---\r\n# translated by Ana\r\ntitle:   'A'   \r\nsource_hash: sha256:0000000000000000\r\ntags:\r\n- uno\r\n---\r\nNew text.  \r\n"
        try site.write("content/a.en.md", original)
        let marker = SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
        let outcome = try marker.markCurrent(ContentFileArgument(contentPath: "a.en.md"))
        let hash = SourceHash.of(body: "Texto nuevo.\n")
        #expect(outcome.hash == hash)
        #expect(outcome.previousHash == "sha256:0000000000000000")
        #expect(site.text("content/a.en.md") == original.replacingOccurrences(of: "sha256:0000000000000000", with: hash))

        // Without a source_hash, the line is added before the closing `---`.
        try site.write("content/a.en.md", "---\ntitle: A\ntags: [x]\n---\nNew text.\n")
        _ = try SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder).markCurrent(ContentFileArgument(contentPath: "a.en.md"))
        #expect(site.text("content/a.en.md") == "---\ntitle: A\ntags: [x]\nsource_hash: \(hash)\n---\nNew text.\n")
        let status = StatusReport(site: try ReviewFixture.site(site))
        #expect(status.status(of: "a")?.version("en")?.state == .ok)
    }

    @Test func markCurrentRefusesSourcesAndOrphans() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            -- content/a.en.md --
            ---
            title: A
            ---
            -- content/solo.en.md --
            ---
            title: Solo
            translationSource: es
            ---
            """)
        defer { site.cleanUp() }
        let marker = SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
        #expect(throws: TranslationFileError(
            .content, "content/a.es.md", "this is the source of its pair (es); only translations record a source_hash",
            hint: "mark the translation instead: tandem translate --mark-current content/a.en.md")) {
            try marker.markCurrent(ContentFileArgument(contentPath: "a.es.md"))
        }
        #expect(throws: TranslationFileError.self) { try marker.markCurrent(ContentFileArgument(contentPath: "nada.en.md")) }
        // An English page alone is its own original, whatever it says.
        #expect(throws: TranslationFileError.self) { try marker.markCurrent(ContentFileArgument(contentPath: "solo.en.md")) }
    }

    @Test func fileArgumentsResolveAgainstTheCurrentOrSiteFolder() throws {
        let site = try TestSite("""
            -- content/notas/a.es.md --
            ---
            title: A
            ---
            """)
        defer { site.cleanUp() }
        let elsewhere = URL(fileURLWithPath: "/tmp")
        #expect(try ContentFileArgument.resolve("content/notas/a.es.md", siteFolder: site.folder, currentFolder: elsewhere).contentPath == "notas/a.es.md")
        #expect(try ContentFileArgument.resolve("a.es.md", siteFolder: site.folder, currentFolder: site.folder.appendingPathComponent("content/notas")).contentPath == "notas/a.es.md")
        #expect(try ContentFileArgument.resolve(site.folder.path + "/content/notas/a.es.md", siteFolder: site.folder, currentFolder: elsewhere).contentPath == "notas/a.es.md")
        #expect(throws: TranslationFileError.self) { try ContentFileArgument.resolve("README.md", siteFolder: site.folder, currentFolder: elsewhere) }
        #expect(throws: TranslationFileError.self) { try ContentFileArgument.resolve("content/notas/a.txt", siteFolder: site.folder, currentFolder: elsewhere) }
    }
}
