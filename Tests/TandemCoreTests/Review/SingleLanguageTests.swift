import Foundation
import Testing
@testable import TandemCore

/// Pages that stay in one language on purpose: `translate: false` in front matter,
/// `translation.skip` (sections or languages) in tandem.yaml.
@Suite("Review: single-language pages on purpose")
struct SingleLanguageTests {
    static let pages = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        -- content/_index.en.md --
        ---
        title: Home
        ---
        -- content/solo.es.md --
        ---
        title: Solo
        translate: false
        ---
        Una nota local.
        -- content/actas/reunion.es.md --
        ---
        title: Reunión
        ---
        El acta de la reunión.
        -- content/otra.es.md --
        ---
        title: Otra
        ---
        Pendiente de traducir.
        """

    static func states(_ site: TestSite) throws -> [String: String] {
        StatusTests.states(StatusReport(site: try ReviewFixture.site(site)))
    }

    @Test func pagesAndSectionsCanBeSingleLanguageOnPurpose() throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(TestSite.defaultConfig)
            translation:
              skip:
                sections: [actas]
            \(Self.pages)
            """)
        defer { site.cleanUp() }
        let report = StatusReport(site: try ReviewFixture.site(site))
        #expect(StatusTests.states(report) == [
            "_index": "es=source en=untracked",
            "solo": "es=source en=single-language",
            "actas/reunion": "es=source en=single-language",
            "otra": "es=source en=missing",
        ])
        #expect(report.strictFailures() == ["otra (en): missing"])
        #expect(report.totalLine == "4 pages: 1 missing, 0 stale, 0 draft, 1 untracked, 2 single-language")
        let actas = try #require(report.sections.first { $0.sectionPath == "actas" })
        #expect(actas.expected("en") == 0)
        #expect(report.tableText().contains("actas    1      1/1 (100%)  0/0 (100%), 1 single-language"), "\(report.tableText())")

        // The language switch says "only in Spanish" on purpose, "not translated yet" otherwise.
        let build = site.build()
        #expect(build.errorMessages == [])
        #expect(build.untranslated.map(\.translationKey) == ["otra"])
        let solo = try #require(site.file("es/solo/index.html"))
        #expect(solo.contains(#"<p class="notice" role="note">Esta página se publica solo en español. Ver la sección en:"#))
        #expect(solo.contains(#"class="untranslated" title="Solo en español">English</a>"#))
        #expect(try #require(site.file("es/actas/reunion/index.html")).contains("Esta página se publica solo en español."))
        let otra = try #require(site.file("es/otra/index.html"))
        #expect(otra.contains(#"<p class="notice" role="note">Esta página aún no está traducida. Ver la sección en:"#))
        #expect(otra.contains(#"title="Aún no traducida">English</a>"#))
        // The English home lists both kinds apart.
        let home = try #require(site.file("en/index.html"))
        let waiting = try #require(home.range(of: "Pages only in another language"))
        let onPurpose = try #require(home.range(of: "Pages in another language"))
        #expect(home[waiting.upperBound..<onPurpose.lowerBound].contains("/es/otra/"))
        #expect(!home[waiting.upperBound..<onPurpose.lowerBound].contains("/es/solo/"))
        #expect(home[onPurpose.upperBound...].contains("/es/solo/"))
        #expect(home[onPurpose.upperBound...].contains("/es/actas/reunion/"))
        #expect(home.contains("These pages are published only in their original language."))

        let failing = try CLITests.run(["status", "--strict", "--source", site.folder.path])
        #expect(failing.status == 1)
        #expect(failing.stdout.hasSuffix("""
            --strict: 1 missing, 0 stale and 0 incomplete translation(s)
              otra (en): missing
            hint: a page meant to stay in one language says `translate: false` (or list its section under translation.skip in tandem.yaml)

            """), "\(failing.stdout)")

        try site.remove("content/otra.es.md")
        #expect(!StatusReport(site: try ReviewFixture.site(site)).failsStrict)
        let strict = try CLITests.run(["status", "--strict", "--source", site.folder.path])
        #expect(strict.status == 0, "\(strict.stdout)")
        #expect(strict.stdout.contains("solo           (root)   source  single-language"), "\(strict.stdout)")
    }

    @Test func markingAPageSingleLanguageWhileServingEqualsAFullBuild() throws {
        let fixture = try SiteSessionTests.Fixture()
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        // The page's own note and the English home's lists change with one front matter line.
        let report = try fixture.edit("content/eventos/foro.es.md", "---\ntitle: Foro\ndate: 2026-03-01\ntranslate: false\n---\nSolo en español.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild("after translate: false")
        let page = try #require(FileManager.default.contents(atPath: fixture.serveFolder.appendingPathComponent("es/eventos/foro/index.html").path))
        #expect(String(decoding: page, as: UTF8.self).contains("Esta página se publica solo en español."))
    }

    @Test func aWholeLanguageCanBeSkipped() throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(TestSite.defaultConfig)
            translation:
              skip:
                languages: [en]
            \(Self.pages)
            """)
        defer { site.cleanUp() }
        #expect(try Self.states(site)["otra"] == "es=source en=single-language")
        #expect(!StatusReport(site: try ReviewFixture.site(site)).failsStrict)
        // A list is short for sections.
        try site.write("tandem.yaml", TestSite.defaultConfig + "\ntranslation:\n  skip: [actas]\n")
        #expect(try Self.states(site)["actas/reunion"] == "es=source en=single-language")
        #expect(try Self.states(site)["otra"] == "es=source en=missing")
    }

    @Test func badSettingsAreErrorsAtTheirLine() throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(TestSite.defaultConfig)
            translation:
              skip:
                languages: [fr]
            -- content/a.es.md --
            ---
            title: A
            translate: maybe
            ---
            """)
        defer { site.cleanUp() }
        let build = site.build()
        #expect(build.messages == ["tandem.yaml:16:5: error: translation.skip.languages: 'fr' is not one of the languages"])
        try site.write("tandem.yaml", TestSite.defaultConfig)
        let again = site.build()
        #expect(again.messages == ["content/a.es.md:3:1: error: translate must be true or false, not 'maybe'"])
    }
}
