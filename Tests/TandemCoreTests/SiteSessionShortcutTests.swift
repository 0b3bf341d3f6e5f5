import Foundation
import Testing
@testable import TandemCore

/// The dev server keeps its whole-site checks (programme references, tag index, output path
/// table) and tag pages from the last good build when an edit cannot change them. Each edit
/// here can change them: the rebuild must still end equal to a full build, errors included.
@Suite("Site session shortcuts")
struct SiteSessionShortcutTests {
    static let site = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        -- content/_index.en.md --
        ---
        title: Home
        ---
        -- content/notas/a.es.md --
        ---
        title: Nota A
        date: 2024-03-01
        tags: [ODS, Agua]
        translationKey: a
        ---
        Texto de A.
        -- content/notas/a.en.md --
        ---
        title: Note A
        date: 2024-03-01
        tags: [SDG]
        translationKey: a
        ---
        Text of A.
        -- content/notas/b.es.md --
        ---
        title: Nota B
        date: 2024-05-01
        tags: [ods]
        ---
        Texto de B.
        -- content/notas/c.es.md --
        ---
        title: Nota C
        date: 2024-06-01
        tags: [Clima]
        ---
        Ver [el clima](/es/etiquetas/clima/).
        -- content/programmes/taller.es.md --
        ---
        title: Taller
        translationKey: taller
        agendas: [agenda-taller]
        ---
        Un taller.
        -- content/agendas/taller.es.md --
        ---
        title: Agenda del taller
        translationKey: agenda-taller
        timezone: America/Santo_Domingo
        ---
        """

    /// A full build of the site as it is now, into `fresh/`: its report.
    static func fullBuild(_ fixture: SiteSessionTests.Fixture) -> BuildReport {
        var options = fixture.site.options()
        options.outputFolder = fixture.site.folder.appendingPathComponent("fresh", isDirectory: true)
        options.bodySuffix = SiteSessionTests.suffix
        return SiteBuilder(options: options).build()
    }

    @Test func aBodyEditRewritesOnlyTheTagPagesShowingThePage() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        // A new first paragraph: the summary on the cards of the page's tag pages changes.
        let report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods]\n---\nOtro texto de B.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(!report.isFull)
        let tagPages = report.writtenFiles.filter { $0.contains("etiquetas/") || $0.contains("tags/") }
        #expect(tagPages == ["es/etiquetas/ods/index.html"])
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
    }

    @Test func tagEditsRewriteTheTagPagesAndListsOfEveryLanguage() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)

        // A tag added that the English page has too: its English page's language switch changes.
        var report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods, SDG]\n---\nTexto de B.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(!report.isFull)
        #expect(report.writtenFiles.contains("es/etiquetas/sdg/index.html"))
        #expect(report.writtenFiles.contains("en/tags/sdg/index.html"))
        #expect(report.writtenFiles.contains("es/etiquetas/index.html"))
        fixture.expectSameAsFullBuild("after adding a tag", diagnosticsOf: report)

        // Another spelling of a tag, first in page order: the tag's name changes everywhere.
        report = try fixture.edit("content/notas/a.es.md", "---\ntitle: Nota A\ndate: 2024-03-01\ntags: [Ods, Agua]\ntranslationKey: a\n---\nTexto de A.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild("after respelling a tag", diagnosticsOf: report)

        // The last page with a tag drops it: the tag's page goes.
        report = try fixture.edit("content/notas/a.es.md", "---\ntitle: Nota A\ndate: 2024-03-01\ntags: [Ods]\ntranslationKey: a\n---\nTexto de A.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(report.deletedFiles == ["es/etiquetas/agua/index.html"])
        fixture.expectSameAsFullBuild("after dropping a tag", diagnosticsOf: report)

        // A page added: every later page moves one place in the site's order.
        report = try fixture.edit("content/notas/0.es.md", "---\ntitle: Nota cero\ndate: 2024-01-01\ntags: [Agua]\n---\nCero.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild("after adding a page", diagnosticsOf: report)
    }

    @Test func droppingATagThatAnotherPageLinksToIsABrokenLink() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        // Nota C is the only page tagged Clima, and links to the tag's page itself; Nota B links there too.
        _ = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods]\n---\nVer [clima](/es/etiquetas/clima/).\n")
        let report = try fixture.edit("content/notas/c.es.md", "---\ntitle: Nota C\ndate: 2024-06-01\n---\nSin etiquetas.\n")
        #expect(!report.succeeded)
        #expect(report.build.errorMessages == ["content/notas/b.es.md:6:5: error: broken link: nothing is published at '/es/etiquetas/clima/'"])
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
    }

    @Test func anAliasOverAnotherFileIsStillReported() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        // An alias on a tag page, then one on the sitemap.
        var report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods]\naliases: [/es/etiquetas/agua/]\n---\nTexto de B.\n")
        #expect(!report.succeeded)
        #expect(report.build.errorMessages == [
            "content/notas/b.es.md:5:1: error: the alias '/es/etiquetas/agua/' of content/notas/b.es.md writes 'es/etiquetas/agua/index.html', which the tag page /es/etiquetas/agua/ (made by Tandem) also writes",
        ])
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
        report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods]\naliases: [/sitemap.xml]\n---\nTexto de B.\n")
        #expect(!report.succeeded)
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
        // Fixed: the site is a full build's again.
        report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods]\naliases: [/viejo/b/]\n---\nTexto de B.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
    }

    @Test func aSlugOnAnotherPagesURLIsStillReported() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        // A slug onto a tag page's folder, then onto another page's URL.
        var report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\nslug: ../etiquetas/ods\n---\nTexto de B.\n")
        #expect(!report.succeeded)
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
        report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\nslug: nota-a\n---\nTexto de B.\n")
        #expect(!report.succeeded)
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
    }

    @Test func aReferenceEditIsCheckedAgain() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        var report = try fixture.edit("content/programmes/taller.es.md", "---\ntitle: Taller\ntranslationKey: taller\nagendas: [agenda-tallerr]\n---\nUn taller.\n")
        #expect(!report.succeeded)
        #expect(report.build.errorMessages.count == 1)
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
        // Back to a good reference, then the body alone: the references are kept.
        report = try fixture.edit("content/programmes/taller.es.md", "---\ntitle: Taller\ntranslationKey: taller\nagendas: [agenda-taller]\n---\nUn taller.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        report = try fixture.edit("content/programmes/taller.es.md", "---\ntitle: Taller\ntranslationKey: taller\nagendas: [agenda-taller]\n---\nOtro taller.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
    }

    @Test func aParseErrorAndItsFixKeepThePagesInOrder() throws {
        let fixture = try SiteSessionTests.Fixture(Self.site)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        var report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: [2024\n---\nRoto.\n")
        #expect(!report.succeeded)
        #expect(report.build.messages == Self.fullBuild(fixture).messages)
        report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [ods]\n---\nArreglado.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
    }
}
