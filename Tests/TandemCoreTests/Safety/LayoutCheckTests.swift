import Testing
@testable import TandemCore

@Suite("layout: checks")
struct LayoutCheckTests {
    static func page(_ layout: String) -> String {
        """
        -- content/a.es.md --
        ---
        title: A
        layout: \(layout)
        ---
        Texto.
        """
    }

    @Test func aKnownLayoutRenders() throws {
        let site = try TestSite(Self.page("agendas"))
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
    }

    @Test(arguments: [
        ("pagee", "content/a.es.md:3:1: error: layout 'pagee' does not exist in theme 'default'"),
        ("../../etc/passwd", "content/a.es.md:3:1: error: layout '../../etc/passwd' is not a template name"),
        ("\"<script>\"", "content/a.es.md:3:1: error: layout '<script>' is not a template name"),
        ("alias", "content/a.es.md:3:1: error: layout 'alias' is a template Tandem uses itself, not a page layout"),
        ("chooser", "content/a.es.md:3:1: error: layout 'chooser' is a template Tandem uses itself, not a page layout"),
        ("baseof", "content/a.es.md:3:1: error: layout 'baseof' is a template Tandem uses itself, not a page layout"),
        ("head", "content/a.es.md:3:1: error: layout 'head' is a template Tandem uses itself, not a page layout"),
        ("Page", "content/a.es.md:3:1: error: layout 'Page' is not a template name"),
    ])
    func badLayoutsAreErrorsAtTheLine(_ layout: String, _ message: String) throws {
        let site = try TestSite(Self.page(layout))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.errorMessages == [message])
        #expect(!site.exists("es/a/index.html"))
    }

    @Test func aMistypedLayoutGetsADidYouMean() throws {
        let site = try TestSite(Self.page("pagee"))
        defer { site.cleanUp() }
        let hint = site.build().diagnostics.first?.hint
        #expect(hint?.hasPrefix("did you mean 'page'? the layouts of theme 'default' are ") == true)
        #expect(hint?.contains("alias") == false)
        #expect(hint?.contains("agendas") == true)
    }

    /// `tandem serve` checks layouts on every rebuild, not only the first.
    @Test func aRebuildReportsABadLayoutAndRecovers() throws {
        let fixture = try SiteSessionTests.Fixture()
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        var report = try fixture.edit("content/programas/agua.es.md", "---\ntitle: Agua\nlayout: alias\n---\nTexto.\n")
        #expect(report.build.errorMessages == [
            "content/programas/agua.es.md:3:1: error: layout 'alias' is a template Tandem uses itself, not a page layout",
        ])
        report = try fixture.edit("content/programas/agua.es.md", "---\ntitle: Agua\nlayout: page\n---\nTexto.\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
    }
}
