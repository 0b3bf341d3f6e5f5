import Foundation
import Testing
@testable import TandemCore
import TandemTestSupport

/// `menus:`, `logo:` and `footer:` in tandem.yaml: the header and footer of every
/// page set without editing the theme.
@Suite("Menus, logo and footer settings")
struct SiteNavigationSettingsTests {
    static let pages = """
        -- content/agendas/_index.es.md --
        ---
        title: Agendas
        ---
        -- content/agendas/_index.en.md --
        ---
        title: Agendas EN
        ---
        -- content/partners/_index.es.md --
        ---
        title: Socios
        ---
        -- content/contacto.es.md --
        ---
        title: Contacto
        ---
        -- static/images/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """

    @Test func menusLogoAndFooterPerLanguage() throws {
        let site = try TestSite(Self.pages + """

            -- tandem.yaml --
            \(InlineSite.twoLanguageConfig)
            logo: /images/logo.svg
            menus:
              es:
                - title: Contacto
                  url: /es/contacto/
                - section: agendas
                - title: Blog
                  url: https://blog.example.org/
              en:
                - section: agendas
                - section: partners
            footer:
              es:
                text: "© 2026 Red de programas"
                links:
                  - title: Escríbanos
                    url: mailto:info@example.org
              en:
                text: "© 2026 Programme network"
            """)
        defer { site.cleanUp() }
        let report = site.build(baseURL: "/sub/")
        #expect(report.messages == [])
        let page = try #require(site.file("es/agendas/index.html"))
        // The configured order, site paths under the base URL, the section's own title.
        #expect(page.contains("""
                  <li><a href="/sub/es/contacto/">Contacto</a></li>
                  <li><a href="/sub/es/agendas/" aria-current="true">Agendas</a></li>
                  <li><a href="https://blog.example.org/">Blog</a></li>
            """))
        #expect(!page.contains(">Socios</a></li>"))
        #expect(page.contains(#"<a class="site-title" href="/sub/es/"><img class="site-logo" src="/sub/images/logo.svg" alt="">Sitio</a>"#))
        #expect(page.contains(#"<p>© 2026 Red de programas</p>"#))
        #expect(page.contains(#"<ul class="footer-links"><li><a href="mailto:info@example.org">Escríbanos</a></li></ul>"#))
        // English: a section the language lacks is left out of its menu.
        let english = try #require(site.file("en/agendas/index.html"))
        #expect(english.contains(#"<li><a href="/sub/en/agendas/" aria-current="true">Agendas EN</a></li>"#))
        #expect(!english.contains("partners"))
        #expect(english.contains("<p>© 2026 Programme network</p>"))
        #expect(!english.contains("footer-links"))
    }

    @Test func withoutSettingsTheHeaderAndFooterStayAsTheyWere() throws {
        let site = try TestSite(Self.pages)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        let page = try #require(site.file("es/contacto/index.html"))
        #expect(page.contains(#"<a class="site-title" href="/es/">Sitio</a>"#))
        #expect(page.contains("""
              <div class="wrap">
                <p>Sitio · Publicado con Tandem</p>
            """))
        #expect(page.contains(#"<li><a href="/es/agendas/">Agendas</a></li>"#))
    }

    @Test func oneMenuAndFooterForEveryLanguage() throws {
        let site = try TestSite(Self.pages + """

            -- tandem.yaml --
            \(InlineSite.twoLanguageConfig)
            menus:
              - section: agendas
              - {title: GitHub, url: "https://github.com/example"}
            footer: "Hecho en red"
            """)
        defer { site.cleanUp() }
        #expect(site.build().messages == [])
        #expect(site.file("en/agendas/index.html")?.contains(#"<li><a href="https://github.com/example">GitHub</a></li>"#) == true)
        #expect(site.file("es/contacto/index.html")?.contains("<p>Hecho en red</p>") == true)
    }

    @Test func badEntriesAreErrorsAtTheirLine() throws {
        let site = try TestSite(Self.pages + """

            -- tandem.yaml --
            \(InlineSite.twoLanguageConfig)
            logo: javascript:alert(1)
            menus:
              es:
                - title: Mal
                  url: "javascript:alert(1)"
                - section: no-such-section
                - title: Roto
                  url: /es/no-existe/
                - url: /es/contacto/
                - title: Fuera
                  url: ../../etc/passwd
              fr:
                - section: agendas
            footer:
              es:
                links:
                  - title: Archivo
                    url: /files/missing.pdf
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [
            "tandem.yaml:14:1: error: link to 'javascript:alert(1)' removed: 'javascript:' links are not allowed",
            "tandem.yaml:18:7: error: link to 'javascript:alert(1)' removed: 'javascript:' links are not allowed",
            "tandem.yaml:22:7: error: a menu entry with `url:` needs a `title:`",
            "tandem.yaml:24:7: error: '../../etc/passwd' leaves the site",
            "tandem.yaml:25:3: error: 'fr' in menus is not a language of the site",
        ])
    }

    @Test func aMenuThatIsNeitherAListNorAMapIsAnError() throws {
        let site = try TestSite(Self.pages + """

            -- tandem.yaml --
            \(InlineSite.twoLanguageConfig)
            menus: agendas
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == ["tandem.yaml:14:1: error: menus must be one for every language or a map of language codes"])
    }

    @Test func brokenSitePathsAndMissingSectionsAreErrors() throws {
        let site = try TestSite(Self.pages + """

            -- tandem.yaml --
            \(InlineSite.twoLanguageConfig)
            menus:
              es:
                - section: no-such-section
                - title: Roto
                  url: /es/no-existe/
                - title: Logo
                  url: /images/logo.svg
            footer:
              es:
                links:
                  - title: Archivo
                    url: /files/missing.pdf
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [
            "tandem.yaml:16:7: error: there is no section 'no-such-section'",
            "tandem.yaml:18:7: error: broken link: nothing is published at '/es/no-existe/'",
            "tandem.yaml:25:9: error: broken link: nothing is published at '/files/missing.pdf'",
        ])
    }
}
