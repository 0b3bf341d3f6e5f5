import Testing
@testable import TandemCore

/// The language switch's rules, read from the linked site (`Site+LanguageSwitch`).
@Suite("Language switch")
struct LanguageSwitchTests {
    private static let spec = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        -- content/_index.en.md --
        ---
        title: Home
        ---
        -- content/programas/_index.es.md --
        ---
        title: Programas
        ---
        -- content/programas/_index.en.md --
        ---
        title: Programmes
        ---
        -- content/programas/rocha.es.md --
        ---
        title: Rocha
        ---
        -- content/programas/rocha.en.md --
        ---
        title: Rocha
        ---
        -- content/programas/salto.es.md --
        ---
        title: Salto
        ---
        -- content/notas/_index.es.md --
        ---
        title: Notas
        ---
        -- content/notas/una.es.md --
        ---
        title: Una
        ---
        -- content/two.en.md --
        ---
        title: Two
        ---
        """

    private func index(_ site: Site, _ contentPath: String) throws -> Int {
        try #require(site.pagesByContentPath[contentPath])
    }

    @Test func aPageWithoutTranslationSwitchesToTheNearestSectionInThatLanguage() throws {
        let test = try TestSite(Self.spec)
        defer { test.cleanUp() }
        let site = try ReviewFixture.site(test)
        #expect(site.fallback(for: try index(site, "programas/salto.es.md"), in: "en") == (try index(site, "programas/_index.en.md")))
    }

    @Test func withoutThatSectionTheSwitchGoesToTheLanguagesHome() throws {
        let test = try TestSite(Self.spec)
        defer { test.cleanUp() }
        let site = try ReviewFixture.site(test)
        #expect(site.fallback(for: try index(site, "notas/una.es.md"), in: "en") == (try index(site, "_index.en.md")))
        // A section page looks from its parent section up, not at itself.
        #expect(site.fallback(for: try index(site, "notas/_index.es.md"), in: "en") == (try index(site, "_index.en.md")))
    }

    @Test func aHomeListsTheRegularPagesOnlyInOtherLanguages() throws {
        let test = try TestSite(Self.spec)
        defer { test.cleanUp() }
        let site = try ReviewFixture.site(test)
        #expect(site.untranslatedElsewhere(language: "en") == [try index(site, "notas/una.es.md"), try index(site, "programas/salto.es.md")].sorted())
        #expect(site.untranslatedElsewhere(language: "es") == [try index(site, "two.en.md")])
    }
}
