import Testing
@testable import TandemCore

@Suite("Internal links and anchors")
struct LinkCheckTests {
    static let site = """
        -- content/p/_index.es.md --
        ---
        title: P
        slug: p
        ---
        -- content/p/a.es.md --
        ---
        title: A
        ---
        ## Objetivos
        [b](b.es.md#metas) [b2](../b/#metas) [yo](#objetivos) [pie](#fn-1) [img](/logo.png)
        [raíz](/es/p/b/) [fuera](https://example.org/x) [correo](mailto:a@b.c)

        Nota[^1].

        [^1]: Pie.
        -- content/p/b.es.md --
        ---
        title: B
        ---
        ## Metas
        -- static/logo.png --
        png
        """

    @Test func validLinksPass() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(site.exists("logo.png"), "static/ is copied to the output root")
    }

    @Test func brokenLinksAndAnchorsAreErrorsWithPositions() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            ## Uno
            [x](#dos) [y](../nada/) [z](/es/a/#uno)

            [w](b.es.md#nope)
            -- content/b.es.md --
            ---
            title: B
            ---
            ## Sí
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.messages == [
            "content/a.es.md:5:1: error: link '#dos' points to a missing anchor '#dos'",
            "content/a.es.md:5:11: error: broken link: nothing is published at '../nada/'",
            "content/a.es.md:7:1: error: link '/es/b/#nope' points to a missing anchor '#nope'",
        ])
    }

    @Test func rootLinksMustStayUnderTheBasePath() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            [y](/es/a/)
            """)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let report = site.build(baseURL: "/sub/")
        #expect(report.messages == ["content/a.es.md:4:1: error: link '/es/a/' points outside the site (its base path is /sub/)"])
    }
}
