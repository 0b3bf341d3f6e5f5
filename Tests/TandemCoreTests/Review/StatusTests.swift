import Foundation
import Testing
@testable import TandemCore

@Suite("Review: translation status and staleness")
struct StatusTests {
    static func status(_ site: TestSite) throws -> StatusReport {
        var diagnostics = DiagnosticBag()
        let loaded = try #require(ContentSiteLoader(siteFolder: site.folder).load(diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
        return StatusReport(site: loaded)
    }

    static func states(_ report: StatusReport) -> [String: String] {
        Dictionary(uniqueKeysWithValues: report.statuses.map { status in
            (status.translationKey, status.versions.map { "\($0.languageCode)=\($0.state.rawValue)" }.joined(separator: " "))
        })
    }

    @Test func everyStateOnAnInlineSite() throws {
        let sourceBody = "Un párrafo sobre 2013.\n"
        let site = try TestSite("""
            -- content/_index.es.md --
            ---
            title: Inicio
            ---
            -- content/notas/actual.es.md --
            ---
            title: Actual
            ---
            \(sourceBody)
            -- content/notas/actual.en.md --
            ---
            title: Current
            source_hash: \(SourceHash.of(body: sourceBody))
            ---
            A paragraph about 2013.
            -- content/notas/vieja.es.md --
            ---
            title: Vieja
            ---
            Texto nuevo.
            -- content/notas/vieja.en.md --
            ---
            title: Old
            source_hash: \(SourceHash.of(body: "Texto viejo."))
            ---
            Old text.
            -- content/notas/sin-hash.es.md --
            ---
            title: Sin hash
            ---
            Texto.
            -- content/notas/sin-hash.en.md --
            ---
            title: No hash
            ---
            Text.
            -- content/notas/borrador.es.md --
            ---
            title: Borrador
            ---
            Texto.
            -- content/notas/borrador.en.md --
            ---
            title: Draft
            draft: true
            ---
            Text.
            -- content/notas/sola.es.md --
            ---
            title: Sola
            ---
            -- content/notas/only.en.md --
            ---
            title: Only English
            ---
            """)
        defer { site.cleanUp() }
        let report = try Self.status(site)
        #expect(Self.states(report) == [
            "_index": "es=source en=missing",
            "notas/actual": "es=source en=ok",
            "notas/vieja": "es=source en=stale",
            "notas/sin-hash": "es=source en=untracked",
            "notas/borrador": "es=source en=draft",
            "notas/sola": "es=source en=missing",
            "notas/only": "es=missing en=source",
        ])
        #expect(report.missingCount == 3)
        #expect(report.staleCount == 1)
        #expect(report.failsStrict)
        let notas = try #require(report.sections.first { $0.sectionPath == "notas" })
        #expect(notas.keys == 6)
        #expect(notas.present("en") == 4)  // ok, stale, untracked, source
        #expect(notas.count("en", .draft) == 1)
        #expect(report.totalLine == "7 pages: 3 missing, 1 stale, 1 draft, 1 untracked")
    }

    @Test func editingTheSourceMakesTheTranslationStale() throws {
        let body = "Primera frase. Segunda frase.\n"
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
            First sentence. Second sentence.
            """)
        defer { site.cleanUp() }
        #expect(Self.states(try Self.status(site))["a"] == "es=source en=ok")
        // Whitespace-only edits do not count…
        try site.write("content/a.es.md", "---\ntitle: A\n---\r\n\r\nPrimera frase. Segunda frase.   \r\n\r\n\r\n")
        #expect(Self.states(try Self.status(site))["a"] == "es=source en=ok")
        // …a changed sentence does.
        try site.write("content/a.es.md", "---\ntitle: A\n---\nPrimera frase. Otra segunda frase.\n")
        let report = try Self.status(site)
        #expect(Self.states(report)["a"] == "es=source en=stale")
        #expect(report.failsStrict)
        // And the build says so in its summary.
        let build = site.build(write: false)
        #expect(build.succeeded, "\(build.errorMessages)")
        #expect(build.staleTranslations == 1)
        #expect(build.missingTranslations == 0)  // home and section pages Tandem made itself are not translations
    }

    @Test func theSourceLanguageCanBeSetPerPairOrInTheConfig() throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(TestSite.defaultConfig)
            translation:
              source: en
            -- content/a.es.md --
            ---
            title: A
            source_hash: \(SourceHash.of(body: "English."))
            ---
            Español.
            -- content/a.en.md --
            ---
            title: A
            ---
            English.
            -- content/b.es.md --
            ---
            title: B
            translationSource: es
            ---
            Español.
            -- content/b.en.md --
            ---
            title: B
            source_hash: \(SourceHash.of(body: "Español."))
            ---
            English.
            -- content/c.es.md --
            ---
            title: C
            translationSource: fr
            ---
            """)
        defer { site.cleanUp() }
        let report = try Self.status(site)
        #expect(Self.states(report)["a"] == "es=ok en=source")
        #expect(Self.states(report)["b"] == "es=source en=ok")
        #expect(Self.states(report)["c"] == "es=source en=missing")
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("content/c.es.md:3:1: warning: translationSource 'fr' is not one of the languages") })
    }

    @Test func jsonMatchesTheFixture() throws {
        let site = try TestSite("""
            -- content/_index.es.md --
            ---
            title: Inicio
            ---
            -- content/_index.en.md --
            ---
            title: Home
            source_hash: sha256:0000000000000000
            ---
            -- content/notas/a.es.md --
            ---
            title: A
            ---
            Texto.
            -- content/notas/a.en.md --
            ---
            title: A
            source_hash: \(SourceHash.of(body: "Texto."))
            ---
            Text.
            -- content/notas/b.es.md --
            ---
            title: B
            ---
            """)
        defer { site.cleanUp() }
        let json = String(decoding: try Self.status(site).jsonData(), as: UTF8.self)
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures/Review/status-v2", withExtension: "json"))
        let expected = try String(contentsOf: fixture, encoding: .utf8)
        #expect(json + "\n" == expected, "\(json)")
    }

    @Test func theBundledTranslationsAreCurrent() throws {
        var diagnostics = DiagnosticBag()
        let site = try #require(ContentSiteLoader(siteFolder: TestSite.repositoryRoot).load(diagnostics: &diagnostics))
        let report = StatusReport(site: site)
        #expect(report.count(.stale) == 0)
        #expect(report.count(.untracked) == 0)
        #expect(report.status(of: "municipalizacion-odm")?.version("en")?.state == .ok)
        #expect(report.status(of: "fortalecimiento-gobiernos-locales")?.sourceLanguageCode == "en")
    }
}
