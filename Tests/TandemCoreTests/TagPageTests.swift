import Foundation
import Testing
@testable import TandemCore

/// Tags: chips linking to a page per tag and language (under a localized URL
/// segment), a tag list per language, and tags in the sitemap and search index.
@Suite("Tag pages")
struct TagPageTests {
    static let spec = """
        -- content/notas/a.es.md --
        ---
        title: Nota A
        date: 2024-03-01
        tags: [ODS, Desarrollo local]
        translationKey: a
        ---
        Texto.
        -- content/notas/b.es.md --
        ---
        title: Nota B
        date: 2024-05-01
        tags: [ods]
        ---
        -- content/notas/a.en.md --
        ---
        title: Note A
        tags: SDG
        translationKey: a
        ---
        """

    @Test func chipsLinkToTagPagesPerLanguage() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        let report = site.build(baseURL: "https://example.org/sub/")
        #expect(report.errorMessages == [])
        let page = try #require(site.file("es/notas/nota-a/index.html"))
        #expect(page.contains(#"<ul class="tags" aria-label="Etiquetas"><li><a href="/sub/es/etiquetas/ods/">ODS</a></li><li><a href="/sub/es/etiquetas/desarrollo-local/">Desarrollo local</a></li></ul>"#))
        // "ODS" and "ods" are one tag; its page lists both notes, newest first, with a pluralized count.
        let tag = try #require(site.file("es/etiquetas/ods/index.html"))
        #expect(tag.contains("<h1>ODS</h1>"))
        #expect(tag.contains(#"<p class="meta">2 páginas</p>"#))
        let b = try #require(tag.range(of: ">Nota B</a>")), a = try #require(tag.range(of: ">Nota A</a>"))
        #expect(b.lowerBound < a.lowerBound)
        #expect(site.file("es/etiquetas/desarrollo-local/index.html")?.contains(#"<p class="meta">1 página</p>"#) == true)
        // The language's tag list, and the English segment.
        let list = try #require(site.file("es/etiquetas/index.html"))
        #expect(list.contains(#"<li><a href="/sub/es/etiquetas/desarrollo-local/">Desarrollo local</a> <span class="meta">1 página</span></li>"#))
        #expect(list.contains(#"<li><a href="/sub/es/etiquetas/ods/">ODS</a> <span class="meta">2 páginas</span></li>"#))
        let english = try #require(site.file("en/tags/sdg/index.html"))
        #expect(english.contains(#"<p class="meta">1 page</p>"#))
        #expect(english.contains("<title>SDG · Site</title>"))
        // Sitemap and search index.
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/sub/es/etiquetas/ods/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/sub/en/tags/</loc>"))
        // Tags are words of the search index (its word shards, `es/search-index/w*.json`).
        let shards = site.outputFiles().filter { $0.hasPrefix("es/search-index/w") }.compactMap { site.file($0) }.joined()
        #expect(shards.contains(#""ods""#))
    }

    @Test func aSiteRenamesTheSegmentAndLinksToTagPagesAreChecked() throws {
        let site = try TestSite(Self.spec + """

            -- themes/default/i18n/es.yaml --
            tags_url: temas
            -- content/enlaces.es.md --
            ---
            title: Enlaces
            ---
            [Temas](/es/temas/ods/) y [roto](/es/temas/nada/).
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == ["content/enlaces.es.md:4:27: error: broken link: nothing is published at '/es/temas/nada/'"])
    }

    @Test func aTagPageClashingWithAContentPageIsAnError() throws {
        let site = try TestSite(Self.spec + """

            -- content/etiquetas/ods.es.md --
            ---
            title: ODS
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [
            "(section page for es):1:1: error: the page (section page for es) (/es/etiquetas/) writes 'es/etiquetas/index.html', which the tag page /es/etiquetas/ (made by Tandem) also writes",
            "content/etiquetas/ods.es.md:1:1: error: the page content/etiquetas/ods.es.md (/es/etiquetas/ods/) writes 'es/etiquetas/ods/index.html', which the tag page /es/etiquetas/ods/ (made by Tandem) also writes",
        ])
    }

    /// `tandem serve`: after a page's tags change, the tag pages are those of a full build.
    @Test func servingFollowsTagEdits() throws {
        let fixture = try SiteSessionTests.Fixture(Self.spec)
        defer { fixture.site.cleanUp() }
        #expect(fixture.session.build().succeeded)
        let report = try fixture.edit("content/notas/b.es.md", "---\ntitle: Nota B\ndate: 2024-05-01\ntags: [Clima]\n---\n")
        #expect(report.succeeded, "\(report.build.errorMessages)")
        #expect(fixture.files(in: fixture.serveFolder)["es/etiquetas/clima/index.html"] != nil)
        #expect(String(decoding: fixture.files(in: fixture.serveFolder)["es/etiquetas/ods/index.html"] ?? Data(), as: UTF8.self).contains("1 página"))
        fixture.expectSameAsFullBuild(diagnosticsOf: report)
        // The last page with a tag loses it: its page goes.
        let removed = try fixture.edit("content/notas/a.es.md", "---\ntitle: Nota A\ndate: 2024-03-01\ntranslationKey: a\n---\nTexto.\n")
        #expect(removed.deletedFiles.contains("es/etiquetas/ods/index.html"))
        fixture.expectSameAsFullBuild(diagnosticsOf: removed)
    }

    @Test func pagesWithoutTagsMakeNoTagPages() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        #expect(!site.exists("es/etiquetas/index.html"))
        #expect(site.file("sitemap.xml")?.contains("etiquetas") == false)
    }
}
