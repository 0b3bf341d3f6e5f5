import Foundation
import Testing
@testable import TandemCore

/// Hugo's content conventions published where Hugo publishes them (issue #14).
@Suite("Hugo content conventions")
struct HugoContentTests {
    static let config = """
        baseURL: https://example.org/
        defaultLanguage: en
        defaultLanguageInSubdir: false
        slugs: fileName
        aliasRoot: language
        languages:
          - code: en
            name: English
            title: Course
          - code: es
            name: Español
            title: Curso
        permalinks:
          blog: /:year/:month/:slug/
        markdown:
          headingIDs: github
        """

    static let site = #"""
        -- content/_index.md --
        +++
        title = "Course"
        +++
        See [chapter 7](/chapter-7) and [the cases](/case-studies#are-you-teaching).
        -- content/_index.es.md --
        ---
        title: Curso
        ---
        Ver [capítulo 7](/chapter-7), [casos]({{< ref "case-studies.md#estás-impartiendo-un-curso" >}}) y [blog]({{< relref "blog" >}}).

        {{< youtube abc123 >}}
        -- content/chapter-7/index.md --
        ---
        title: Chapter 7
        aliases: [legacy]
        ---
        ![Diagram](diagram.png) and [the PDF](files/notes.pdf).
        -- content/chapter-7/index.es.md --
        ---
        title: Capítulo 7
        ---
        ![Diagrama](diagram.png)
        -- content/chapter-7/diagram.png --
        png
        -- content/chapter-7/files/notes.pdf --
        pdf
        -- content/case-studies.md --
        ---
        title: Case studies
        aliases: ["/old-cases/"]
        ---
        ## Are you teaching?
        -- content/case-studies.es.md --
        ---
        title: Casos de estudio
        aliases: ["/casos-viejos/", "/old-cases/"]
        ---
        ## ¿Estás impartiendo un curso?
        -- content/blog/_index.md --
        ---
        title: Blog
        ---
        ![Cover](cover.jpg)
        -- content/blog/_index.es.md --
        ---
        title: Blog
        ---
        -- content/blog/cover.jpg --
        jpg
        -- content/blog/first-post.md --
        ---
        title: First post
        date: 2024-03-05
        ---
        Hello.
        -- content/blog/first-post.es.md --
        ---
        title: Primera entrada
        date: 2024-03-05
        ---
        Hola.
        -- content/only-english.md --
        ---
        title: Only in English
        ---
        Text.
        """#

    @Test func publishesWhereHugoDoes() throws {
        let site = try TestSite("-- tandem.yaml --\n" + Self.config + "\n" + Self.site)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let expected = [
            "index.html", "es/index.html", "404.html",
            "chapter-7/index.html", "chapter-7/diagram.png", "chapter-7/files/notes.pdf", "es/chapter-7/index.html", "es/chapter-7/diagram.png",
            "case-studies/index.html", "es/case-studies/index.html",
            "blog/index.html", "blog/cover.jpg", "es/blog/index.html", "es/blog/cover.jpg",
            "2024/03/first-post/index.html", "es/2024/03/primera-entrada/index.html",
            "only-english/index.html",
            "legacy/index.html", "old-cases/index.html", "es/casos-viejos/index.html", "es/old-cases/index.html",
            "en/index.html",
            "feed.xml", "es/feed.xml", "search-index/index.json", "es/search-index/index.json", "sitemap.xml",
        ]
        for path in expected { #expect(site.exists(path), "\(path)") }
        #expect(try #require(site.file("en/index.html")).contains("https://example.org/"), "the default language lives at the root; /en/ redirects there")

        // Root-relative links resolved in the page's language; ref/relref became URLs.
        let esHome = try #require(site.file("es/index.html"))
        #expect(esHome.contains("href=\"/es/chapter-7/\""))
        #expect(esHome.contains("href=\"/es/case-studies/#est%C3%A1s-impartiendo-un-curso\""), "cmark percent-encodes the accented anchor; browsers decode it")
        #expect(esHome.contains("href=\"/es/blog/\""))
        #expect(esHome.contains("{{&lt; youtube abc123 &gt;}}"), "another shortcode's text is kept")
        #expect(report.messages.contains("content/_index.es.md:6:1: warning: Hugo shortcode 'youtube' is not supported; its text is kept as written"))
        let enHome = try #require(site.file("index.html"))
        #expect(enHome.contains("href=\"/chapter-7\""))
        #expect(try #require(site.file("es/case-studies/index.html")).contains("<h2 id=\"estás-impartiendo-un-curso\">"))

        // Absolute aliases are under the page's language, as Hugo publishes them.
        #expect(try #require(site.file("old-cases/index.html")).contains("https://example.org/case-studies/"))
        #expect(try #require(site.file("es/old-cases/index.html")).contains("https://example.org/es/case-studies/"))
        #expect(try #require(site.file("legacy/index.html")).contains("https://example.org/chapter-7/"))

        // hreflang alternates and x-default in the sitemap.
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains("""
              <url>
                <loc>https://example.org/chapter-7/</loc>
                <xhtml:link rel="alternate" hreflang="en" href="https://example.org/chapter-7/"/>
                <xhtml:link rel="alternate" hreflang="es" href="https://example.org/es/chapter-7/"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/chapter-7/"/>
              </url>
            """))
        let page = try #require(site.file("es/chapter-7/index.html"))
        #expect(page.contains("hreflang=\"en\" href=\"https://example.org/chapter-7/\""))
    }

    @Test func aLinkToAnAnchorWrittenForHugoGetsADidYouMeanHint() throws {
        let config = Self.config.replacingOccurrences(of: "  headingIDs: github", with: "  headingIDs: tandem")
        let site = try TestSite("-- tandem.yaml --\n" + config + "\n" + Self.site)
        defer { site.cleanUp() }
        let report = site.build()
        let error = try #require(report.diagnostics.first { $0.message.contains("missing anchor") })
        #expect(error.location.path == "content/_index.es.md" && error.location.line == 4)
        #expect(error.hint?.hasPrefix("did you mean #estas-impartiendo-un-curso?") == true)
    }

    @Test func languageContentFoldersPairByPath() throws {
        let site = try TestSite(#"""
            -- tandem.yaml --
            baseURL: /
            defaultLanguage: es
            defaultLanguageInSubdir: false
            slugs: fileName
            languages:
              - code: es
                name: Español
                contentDir: content/es
              - code: en
                name: English
                contentDir: content/en
            -- content/es/_index.md --
            ---
            title: Inicio
            ---
            -- content/en/_index.md --
            ---
            title: Home
            ---
            -- content/es/post/a.md --
            ---
            title: A
            ---
            [b](b.md) [b abs](/post/b.md) [ref]({{< ref "/post/b" >}})
            -- content/es/post/b.md --
            ---
            title: B
            ---
            -- content/en/post/a.md --
            ---
            title: A in English
            ---
            """#)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(site.exists("post/a/index.html"))
        #expect(site.exists("en/post/a/index.html"))
        let a = try #require(site.file("post/a/index.html"))
        #expect(a.contains("href=\"/post/b/\">b</a>"))
        #expect(a.contains("href=\"/post/b/\">b abs</a>"))
        #expect(a.contains("href=\"/post/b/\">ref</a>"))
        #expect(a.contains("hreflang=\"en\" href=\"/en/post/a/\""))

        var diagnostics = DiagnosticBag()
        let loaded = try #require(ContentSiteLoader(siteFolder: site.folder).load(diagnostics: &diagnostics))
        let scaffold = try TranslationScaffolder(site: loaded, siteFolder: site.folder).scaffold(ContentFileArgument(contentPath: "es/post/b.md"), to: "en")
        #expect(scaffold.path == "content/en/post/b.md")
    }

    @Test func hugoPageShapesThatNeedNoEdits() throws {
        let site = try TestSite("-- tandem.yaml --\n" + Self.config + "\n" + #"""
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/team/index.md --
            ---
            title: Team
            ---
            -- content/team/members.md --
            ---
            widget: people
            ---
            -- content/about.md --

            +++
            title = "About"
            +++
            Text.
            -- content/policy.md --
            # Accessibility policy

            We care. Write to [the team](#team_members).

            ### Team members {#team_members}
            -- content/tags.md --
            ---
            title: Tags
            tags:
              - data
              -
            ---
            """#)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(site.exists("team/index.html"))
        #expect(!site.exists("team/members/index.html"))
        #expect(report.messages.contains { $0.hasPrefix("content/team/members.md:1:1: warning: not a page: this Markdown file is inside the leaf bundle content/team/") })
        #expect(site.exists("about/index.html"), "blank lines before the front matter, as Hugo allows")
        let policy = try #require(site.file("policy/index.html"))
        #expect(policy.contains("Accessibility policy"))
        #expect(report.messages.contains("content/policy.md:1:1: warning: no front matter: the title is taken from this heading"))
        #expect(policy.contains("<h3 id=\"team_members\">\nTeam members\n</h3>"))
        #expect(!policy.contains("{#"))
    }

    @Test func githubHeadingIDsKeepLetters() {
        #expect(Slug.github("¿Estás impartiendo un curso?") == "estás-impartiendo-un-curso")
        #expect(Slug.github("Step 1: the C++ part") == "step-1-the-c-part")
        #expect(Slug.github("snake_case and  two") == "snake_case-and--two")
        #expect(HugoPath.segment("My Post_2") == "my-post_2")
    }
}
