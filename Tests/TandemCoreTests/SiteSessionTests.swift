import Foundation
import Testing
@testable import TandemCore

/// Incremental rebuilds for `tandem serve`: after any edit the session's
/// output must equal a fresh full build, byte for byte, while rendering and
/// writing only what the edit affects.
@Suite("Site session")
struct SiteSessionTests {
    static let site = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        Bienvenida.
        -- content/_index.en.md --
        ---
        title: Home
        ---
        Welcome.
        -- content/programas/_index.es.md --
        ---
        title: Programas
        ---
        -- content/programas/_index.en.md --
        ---
        title: Programmes
        ---
        -- content/programas/agua.es.md --
        ---
        title: Agua
        date: 2026-01-10
        ---
        Texto del programa de agua. Ver [clima](clima.es.md).
        -- content/programas/agua.en.md --
        ---
        title: Water
        date: 2026-01-10
        ---
        Text of the water programme.
        -- content/programas/clima.es.md --
        ---
        title: Clima
        date: 2026-02-01
        ---
        Texto del programa de clima.
        -- content/programas/clima.en.md --
        ---
        title: Climate
        date: 2026-02-01
        ---
        Text of the climate programme.
        -- content/eventos/_index.es.md --
        ---
        title: Eventos
        ---
        -- content/eventos/_index.en.md --
        ---
        title: Events
        ---
        -- content/eventos/foro.es.md --
        ---
        title: Foro
        date: 2026-03-01
        ---
        Solo en español.
        -- content/eventos/cumbre.es.md --
        ---
        title: Cumbre
        date: 2026-04-01
        ---
        La cumbre.
        -- content/eventos/cumbre.en.md --
        ---
        title: Summit
        date: 2026-04-01
        ---
        The summit.
        """

    static let suffix = "<script>/* live */</script>"

    /// A session writing to `serve/` and a helper that builds the same site from scratch into `fresh/`.
    struct Fixture {
        let site: TestSite
        let session: SiteSession

        init(_ spec: String = SiteSessionTests.site) throws {
            site = try TestSite(spec)
            var options = site.options()
            options.outputFolder = site.folder.appendingPathComponent("serve", isDirectory: true)
            options.bodySuffix = SiteSessionTests.suffix
            session = SiteSession(options: options)
        }

        var serveFolder: URL { site.folder.appendingPathComponent("serve", isDirectory: true) }

        func files(in folder: URL) -> [String: Data] {
            var result: [String: Data] = [:]
            for path in ThemeLoader.files(under: folder, extension: "") {
                result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
            }
            return result
        }

        /// Asserts that what the session left in `serve/` is what a fresh full build writes.
        func expectSameAsFullBuild(_ comment: Comment? = nil, diagnosticsOf session: SessionReport? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            var options = site.options()
            let fresh = site.folder.appendingPathComponent("fresh", isDirectory: true)
            options.outputFolder = fresh
            options.bodySuffix = SiteSessionTests.suffix
            let report = SiteBuilder(options: options).build()
            #expect(report.succeeded, "\(report.errorMessages)", sourceLocation: sourceLocation)
            if let session {
                #expect(session.build.messages == report.messages, comment, sourceLocation: sourceLocation)
            }
            let expected = files(in: fresh)
            let actual = files(in: serveFolder)
            #expect(Set(actual.keys) == Set(expected.keys), comment, sourceLocation: sourceLocation)
            let differing = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
            #expect(differing == [], comment, sourceLocation: sourceLocation)
        }

        func edit(_ path: String, _ text: String) throws -> SessionReport {
            try site.write(path, text)
            return session.rebuild(changed: [path])
        }
    }

    @Test func firstBuildEqualsTandemBuildWithTheSameSuffix() throws {
        let fixture = try Fixture()
        defer { fixture.site.cleanUp() }
        let report = fixture.session.build()
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(report.isFull)
        fixture.expectSameAsFullBuild()
    }

    @Test func editingOnePageRendersOnlyWhatShowsIt() throws {
        let fixture = try Fixture()
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)

        let report = try fixture.edit("content/programas/clima.es.md", """
            ---
            title: Clima
            date: 2026-02-01
            ---
            Texto nuevo sobre el clima.
            """)
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(!report.isFull)
        // Rendered: the page, its translation (language switch), its section list, both homes.
        #expect(report.renderedPages == [
            "en/", "en/programas/climate/", "es/", "es/programas/", "es/programas/clima/",
        ])
        // Written: only files whose bytes changed: the page, the list showing its summary,
        // and the site files that carry its text (feed, the search shards holding its words and text;
        // the search manifest is unchanged).
        #expect(report.writtenFiles == [
            "es/feed.xml", "es/programas/clima/index.html", "es/programas/index.html",
            "es/search-index/d0.json", "es/search-index/p0.json", "es/search-index/w0.json",
        ])
        #expect(report.deletedFiles == [])
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
    }

    @Test func editsOfEveryKindEndEqualToAFullBuild() throws {
        let fixture = try Fixture()
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)

        // A new title: the slug, and so the URL, changes; links to it in other pages change too.
        var report = try fixture.edit("content/programas/clima.es.md", "---\ntitle: Clima y energía\ndate: 2026-02-01\n---\nTexto.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(report.isFull)
        #expect(report.deletedFiles == ["es/programas/clima/index.html"])
        fixture.expectSameAsFullBuild("after a retitle")

        // A new page, then a translation for the page that had none.
        report = try fixture.edit("content/eventos/taller.es.md", "---\ntitle: Taller\ndate: 2026-05-01\n---\nUn taller.\n")
        #expect(report.succeeded && !report.isFull)
        fixture.expectSameAsFullBuild("after adding a page")
        report = try fixture.edit("content/eventos/foro.en.md", "---\ntitle: Forum\ndate: 2026-03-01\n---\nIn English too.\n")
        #expect(report.succeeded && !report.isFull)
        #expect(report.renderedPages.contains("es/eventos/foro/"))
        fixture.expectSameAsFullBuild("after adding a translation")

        // A date change reorders a list and the feed.
        report = try fixture.edit("content/eventos/cumbre.en.md", "---\ntitle: Summit\ndate: 2025-01-01\n---\nThe summit.\n")
        #expect(report.succeeded && !report.isFull)
        fixture.expectSameAsFullBuild("after a date change")

        // A removed page.
        try fixture.site.remove("content/eventos/taller.es.md")
        report = fixture.session.rebuild(changed: ["content/eventos/taller.es.md"])
        #expect(report.succeeded)
        #expect(report.deletedFiles == ["es/eventos/taller/index.html"])
        fixture.expectSameAsFullBuild("after removing a page")

        // A section page.
        report = try fixture.edit("content/eventos/_index.en.md", "---\ntitle: Events and meetings\n---\n")
        #expect(report.succeeded && report.isFull)
        fixture.expectSameAsFullBuild("after retitling a section")

        // A page template (only pages using it), then a partial (every page), then UI strings.
        let pageTemplate = try #require(String(data: try Data(contentsOf: fixture.site.folder.appendingPathComponent("themes/default/templates/page.mustache")), encoding: .utf8))
        report = try fixture.edit("themes/default/templates/page.mustache", pageTemplate.replacingOccurrences(of: "{{> related}}", with: "{{> related}}<!-- edited -->"))
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(!report.isFull)
        #expect(report.renderedPages.allSatisfy { !$0.hasSuffix("programas/") && !$0.hasSuffix("eventos/") })
        fixture.expectSameAsFullBuild("after a page template change")
        let footer = try #require(String(data: try Data(contentsOf: fixture.site.folder.appendingPathComponent("themes/default/templates/partials/footer.mustache")), encoding: .utf8))
        report = try fixture.edit("themes/default/templates/partials/footer.mustache", footer + "<!-- footer edited -->\n")
        #expect(report.succeeded && report.isFull)
        fixture.expectSameAsFullBuild("after a partial change")
        let strings = try #require(String(data: try Data(contentsOf: fixture.site.folder.appendingPathComponent("themes/default/i18n/en.yaml")), encoding: .utf8))
        report = try fixture.edit("themes/default/i18n/en.yaml", strings.replacingOccurrences(of: "not_found_title:", with: "not_found_title: Gone —").replacingOccurrences(of: "Gone — \"", with: "\"Gone — "))
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild("after a UI string change")

        // The config: everything again.
        report = try fixture.edit("tandem.yaml", TestSite.defaultConfig.replacingOccurrences(of: "title: Site", with: "title: The site"))
        #expect(report.succeeded && report.isFull)
        fixture.expectSameAsFullBuild("after a config change")
    }

    @Test func aFailedRebuildWritesNothingAndTheFixBringsEarlierEditsToo() throws {
        let fixture = try Fixture()
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        let before = fixture.files(in: fixture.serveFolder)

        // Two files change in one batch; one of them is broken.
        try fixture.site.write("content/programas/agua.es.md", "---\ntitle: Agua\ndate: 2026-01-10\n---\nTexto editado del agua.\n")
        try fixture.site.write("content/programas/clima.es.md", "---\ntitle: Clima\ndate: [2026\n---\nRoto.\n")
        var report = fixture.session.rebuild(changed: ["content/programas/agua.es.md", "content/programas/clima.es.md"])
        #expect(!report.succeeded)
        #expect(report.build.errors.first?.location.path == "content/programas/clima.es.md")
        #expect(report.writtenFiles == [])
        #expect(fixture.files(in: fixture.serveFolder) == before)

        report = try fixture.edit("content/programas/clima.es.md", "---\ntitle: Clima\ndate: 2026-02-01\n---\nArreglado.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(report.writtenFiles.contains("es/programas/agua/index.html"))
        fixture.expectSameAsFullBuild()
    }

    @Test func aFileNobodyShowsChangesNothing() throws {
        let fixture = try Fixture()
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        try fixture.site.write("content/programas/notes.txt", "not a page")
        let report = fixture.session.rebuild(changed: ["content/programas/notes.txt"])
        #expect(report.succeeded)
        #expect(report.writtenFiles == [])
        #expect(report.deletedFiles == [])
    }
    static let programmeSite = site + """

        -- content/agendas/foro.es.md --
        ---
        title: "Agenda del foro"
        date: 2025-10-05T09:00:00Z
        translationKey: "item-82"
        timezone: "America/Bogota"
        venue: "Auditorio Municipal de León"
        ---

        Texto de la agenda.

        ## Lunes 6 de octubre de 2025

        | Hora | Actividad |
        |---|---|
        | 09:30–10:15 | Palabras de bienvenida |
        | 10:15–10:30 | Pausa café |
        | 10:30–10:40 | Intervención del alcalde anfitrión |
        -- content/agendas/foro.en.md --
        ---
        title: "Forum agenda"
        date: 2025-10-05T09:00:00Z
        translationKey: "item-82"
        timezone: "America/Bogota"
        venue: "León Municipal Auditorium"
        ---

        Agenda text.

        ## Monday 6 October 2025

        | Time | Activity |
        |---|---|
        | 09:30–10:15 | Welcome remarks |
        | 10:15–10:30 | Coffee break |
        | 10:30–10:40 | Words from the host mayor |
        -- content/agendas/taller.es.md --
        ---
        title: "Agenda del taller"
        date: 2025-11-05T09:00:00Z
        timezone: "America/Lima"
        ---

        ## Miércoles 5 de noviembre de 2025

        | Hora | Actividad |
        |---|---|
        | 09:00–10:00 | Apertura |
        """

    @Test func agendaEditsRewriteTheirOwnExportsOnly() throws {
        let fixture = try Fixture(Self.programmeSite)
        defer { fixture.site.cleanUp() }
        let first = fixture.session.build()
        #expect(first.succeeded, "\(first.build.errorMessages)")
        fixture.expectSameAsFullBuild()
        let report = try fixture.edit("content/agendas/foro.es.md", """
            ---
            title: "Agenda del foro"
            date: 2025-10-05T09:00:00Z
            translationKey: "item-82"
            timezone: "America/Bogota"
            venue: "Auditorio Municipal de León"
            ---

            Texto de la agenda.

            ## Lunes 6 de octubre de 2025

            | Hora | Actividad |
            |---|---|
            | 09:30–10:15 | Palabras de bienvenida |
            | 10:15–10:45 | Pausa café larga |
            | 10:45–10:55 | Intervención del alcalde anfitrión |
            """)
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(!report.isFull)
        #expect(report.writtenFiles.contains("es/agendas/agenda-del-foro/agenda.ics"))
        #expect(report.writtenFiles.contains("es/agendas/agenda-del-foro/schedule.json"))
        #expect(!report.writtenFiles.contains { $0.hasPrefix("es/agendas/agenda-del-taller/") })
        let schedule = try #require(String(data: try Data(contentsOf: fixture.serveFolder.appendingPathComponent("es/agendas/agenda-del-foro/schedule.json")), encoding: .utf8))
        #expect(schedule.contains("Pausa café larga"))
        #expect(!report.writtenFiles.contains { $0.hasPrefix("en/") && $0.hasSuffix(".ics") })
        // The Spanish times no longer match the English ones: the comparison is redone.
        #expect(report.build.messages.contains { $0.contains("content/agendas/foro") && $0.contains(": warning: ") })
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
    }

    @Test func removingAHeadingBreaksTheLinksOfOtherPagesToIt() throws {
        let fixture = try Fixture()
        defer { fixture.site.cleanUp() }
        try fixture.site.write("content/programas/clima.es.md", "---\ntitle: Clima\ndate: 2026-02-01\n---\n## Metas\nTexto.\n")
        try fixture.site.write("content/eventos/foro.es.md", "---\ntitle: Foro\ndate: 2026-03-01\n---\nVer [metas](../programas/clima.es.md#metas).\n")
        #expect(fixture.session.build().succeeded)

        // Only the heading's page changes; the error is in the page that links to it.
        let report = try fixture.edit("content/programas/clima.es.md", "---\ntitle: Clima\ndate: 2026-02-01\n---\n## Objetivos\nTexto.\n")
        #expect(!report.succeeded)
        #expect(report.build.errorMessages.contains { $0.hasPrefix("content/eventos/foro.es.md:5:5: error: link") && $0.contains("#metas") })
        let fixed = try fixture.edit("content/programas/clima.es.md", "---\ntitle: Clima\ndate: 2026-02-01\n---\n## Metas\nOtro texto.\n")
        #expect(fixed.succeeded, "\(fixed.build.errorMessages)")
        fixture.expectSameAsFullBuild()
    }
}
