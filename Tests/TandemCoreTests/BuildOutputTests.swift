import Foundation
import Testing
@testable import TandemCore

@Suite("Build output")
struct BuildOutputTests {
    static let pairSite = """
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
        -- content/programmes/_index.es.md --
        ---
        title: Programas
        slug: programas
        ---
        -- content/programmes/_index.en.md --
        ---
        title: Programmes
        ---
        -- content/programmes/odm.es.md --
        ---
        title: Municipalización de los ODM
        date: 2024-11-01
        summary: Curso y taller.
        aliases: [/es/viejo/]
        ---
        ## Introducción
        Ver la [agenda](../agendas/taller.es.md#viernes).
        -- content/programmes/odm.en.md --
        ---
        title: Municipalization of the MDGs
        date: 2024-11-01
        ---
        ## Introduction
        Text.
        -- content/agendas/taller.es.md --
        ---
        title: Agenda del taller
        timezone: America/Santo_Domingo
        ---
        ## Viernes
        """

    @Test func writesPrettyURLsPerLanguage() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(site.exists("es/programas/municipalizacion-de-los-odm/index.html"))
        #expect(site.exists("en/programmes/municipalization-of-the-mdgs/index.html"))
        #expect(site.exists("es/agendas/agenda-del-taller/index.html"))
        #expect(site.exists("es/index.html") && site.exists("en/index.html") && site.exists("index.html"))
        #expect(site.exists("es/404.html") && site.exists("en/404.html") && site.exists("404.html"))
        #expect(site.exists("sitemap.xml") && site.exists("robots.txt") && site.exists("assets/tandem.css"))
    }

    @Test func everyPageDeclaresLanguageAlternatesAndCanonical() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build(baseURL: "https://example.org/sub/")
        let html = try #require(site.file("es/programas/municipalizacion-de-los-odm/index.html"))
        #expect(html.contains(#"<html lang="es">"#))
        #expect(html.contains(#"<link rel="canonical" href="https://example.org/sub/es/programas/municipalizacion-de-los-odm/">"#))
        #expect(html.contains(#"<link rel="alternate" hreflang="en" href="https://example.org/sub/en/programmes/municipalization-of-the-mdgs/">"#))
        #expect(html.contains(#"<link rel="alternate" hreflang="es" href="https://example.org/sub/es/programas/municipalizacion-de-los-odm/">"#))
        #expect(html.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/sub/es/programas/municipalizacion-de-los-odm/">"#))
        #expect(html.contains(#"<meta name="description" content="Curso y taller.">"#))
    }

    @Test func languageSwitchGoesToCounterpartOrFallsBackWithNotice() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        let paired = try #require(site.file("en/programmes/municipalization-of-the-mdgs/index.html"))
        #expect(paired.contains(#"<a href="/es/programas/municipalizacion-de-los-odm/" hreflang="es" lang="es">Español</a>"#))
        #expect(!paired.contains(#"class="notice""#))
        // The agenda exists only in Spanish: the switch goes to the English home, with a visible note.
        let lonely = try #require(site.file("es/agendas/agenda-del-taller/index.html"))
        #expect(lonely.contains(#"<a href="/en/" hreflang="en" lang="en" class="untranslated""#))
        #expect(lonely.contains(#"<p class="notice" role="note">Esta página aún no está traducida."#))
        // …and it is listed as untranslated on the English home page.
        let englishHome = try #require(site.file("en/index.html"))
        #expect(englishHome.contains(#"<a href="/es/agendas/agenda-del-taller/" hreflang="es" lang="es">Agenda del taller</a>"#))
    }

    @Test func linksWorkUnderASubPath() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build(baseURL: "/sub/")
        let html = try #require(site.file("es/programas/municipalizacion-de-los-odm/index.html"))
        #expect(html.contains(#"href="/sub/es/agendas/agenda-del-taller/#viernes""#))
        #expect(html.contains(#"href="/sub/assets/tandem.css""#))
        #expect(html.contains(#"<a href="/sub/es/programas/">Programas</a>"#))
        #expect(!html.contains(#"href="/es/"#))
    }

    @Test func localizesDates() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        #expect(site.file("es/programas/municipalizacion-de-los-odm/index.html")?.contains(#"<time datetime="2024-11-01">1 de noviembre de 2024</time>"#) == true)
        #expect(site.file("en/programmes/municipalization-of-the-mdgs/index.html")?.contains(#"<time datetime="2024-11-01">1 November 2024</time>"#) == true)
    }

    @Test func headingsGetStableSpanishAwareIDs() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        #expect(site.file("es/programas/municipalizacion-de-los-odm/index.html")?.contains(#"<h2 id="introduccion">"#) == true)
    }

    @Test func sitemapHasAlternatesForEveryPair() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build(baseURL: "https://example.org/")
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains(#"<loc>https://example.org/es/programas/municipalizacion-de-los-odm/</loc>"#))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/programmes/municipalization-of-the-mdgs/"/>"#))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/es/programas/municipalizacion-de-los-odm/"/>"#))
        #expect(site.file("robots.txt")?.contains("Sitemap: https://example.org/sitemap.xml") == true)
    }

    @Test func aliasesRedirect() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        let alias = try #require(site.file("es/viejo/index.html"))
        #expect(alias.contains(#"<meta http-equiv="refresh" content="0; url=/es/programas/municipalizacion-de-los-odm/">"#))
    }

    @Test func languageChooserWorksWithoutJavaScript() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        let chooser = try #require(site.file("index.html"))
        #expect(chooser.contains(#"<a href="/es/" hreflang="es">"#))
        #expect(chooser.contains(#"<a href="/en/" hreflang="en">"#))
        #expect(chooser.contains(#"<link rel="alternate" hreflang="x-default" href="/">"#))
    }

    @Test func buildsAreByteIdentical() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        let first = site.outputFiles().map { ($0, site.file($0)) }
        site.build()
        let second = site.outputFiles().map { ($0, site.file($0)) }
        #expect(first.map(\.0) == second.map(\.0))
        #expect(first.map(\.1) == second.map(\.1))
    }

    @Test func filesFromOlderBuildsDoNotLinger() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build()
        #expect(site.exists("es/agendas/agenda-del-taller/index.html"))
        try site.remove("content/agendas/taller.es.md")
        try site.write("content/programmes/odm.es.md", "---\ntitle: Municipalización de los ODM\n---\nSin enlace.\n")
        #expect(site.build().succeeded)
        #expect(!site.exists("es/agendas/agenda-del-taller/index.html"))
    }

    @Test func escapesFrontMatterInTemplates() throws {
        let site = try TestSite("""
            -- content/programmes/x.es.md --
            ---
            title: "<script>alert('x')</script> & co"
            summary: "\\"quoted\\" <b>"
            ---
            Cuerpo.
            """)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let page = try #require(site.outputFiles().first { $0.hasPrefix("es/programmes/") && $0.hasSuffix("index.html") && $0 != "es/programmes/index.html" })
        let html = try #require(site.file(page))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("&quot;quoted&quot; &lt;b&gt;"))
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let site = try TestSite("""
            -- content/programmes/x.es.md --
            ---
            title: Borrador
            draft: true
            ---
            """)
        defer { site.cleanUp() }
        site.build()
        #expect(!site.exists("es/programmes/borrador/index.html"))
        site.build(drafts: true)
        #expect(site.exists("es/programmes/borrador/index.html"))
    }

    @Test func translationKeyOverridesFileNamePairing() throws {
        let site = try TestSite("""
            -- content/programmes/curso.es.md --
            ---
            title: Curso
            translationKey: course
            ---
            -- content/programmes/course.en.md --
            ---
            title: Course
            translationKey: course
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(site.file("es/programmes/curso/index.html")?.contains(#"hreflang="en" href="/en/programmes/course/""#) == true)
    }

    @Test func atomFeedPerLanguageAndSocialMeta() throws {
        let site = try TestSite(Self.pairSite)
        defer { site.cleanUp() }
        site.build(baseURL: "https://example.org/")
        let feed = try #require(site.file("es/feed.xml"))
        #expect(feed.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">"#))
        #expect(feed.contains("<title>Municipalización de los ODM</title>"))
        #expect(feed.contains("<id>https://example.org/es/programas/municipalizacion-de-los-odm/</id>"))
        #expect(feed.contains("<updated>2024-11-01T00:00:00Z</updated>"))
        #expect(!feed.contains("Agenda del taller"), "undated pages stay out of the feed")
        let html = try #require(site.file("es/programas/municipalizacion-de-los-odm/index.html"))
        #expect(html.contains(#"<link rel="alternate" type="application/atom+xml" href="/es/feed.xml""#))
        #expect(html.contains(#"<meta property="og:locale" content="es">"#))
        #expect(html.contains(#"<meta property="og:locale:alternate" content="en_GB">"#))
        #expect(html.contains(#"<meta property="og:type" content="article">"#))
        #expect(html.contains(#"<meta property="og:url" content="https://example.org/es/programas/municipalizacion-de-los-odm/">"#))
    }

    @Test func searchIndexPerLanguageWithFoldedKeywords() throws {
        let site = try TestSite("""
            -- content/p/a.es.md --
            ---
            title: Plan anual
            summary: Resumen breve.
            ---
            ## Participación Ciudadana
            Texto sobre la Municipalización de los ODM.
            """)
        defer { site.cleanUp() }
        site.build()
        let documents = try #require(site.file("es/search-index/d0.json"))
        #expect(documents.contains(#"["Plan anual","/es/p/plan-anual/","#))
        let words = try #require(site.file("es/search-index/w0.json"))
        // Page 0 is the section list `/es/p/`, page 1 the plan.
        #expect(words.contains(#""participacion":"1""#), "headings are found, folded")
        #expect(words.contains(#""plan":"1!""#), "title words are marked")
        #expect(words.contains(#""municipalizacion":"1""#), "keywords are folded so accent-free queries match")
        #expect(site.file("es/search-index/p0.json")?.contains(#""participacion ciudadana":"1""#) == true)
        #expect(site.file("es/search-index/index.json")?.hasPrefix(#"{"d":[0],"n":2,"#) == true)
        #expect(site.file("en/search-index/index.json") == #"{"d":[],"n":0,"p":[],"w":[]}"#)
        #expect(site.file("es/search-index.json") == nil)
        let html = try #require(site.file("es/p/plan-anual/index.html"))
        #expect(html.contains(#"<a class="search-fallback" href="/es/#sections-title">Ver secciones</a>"#), "without JavaScript the search is a link")
        #expect(html.contains(#"<form class="search-form" role="search" hidden>"#), "the search box shows only with JavaScript")
    }
}
