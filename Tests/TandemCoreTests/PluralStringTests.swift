import Foundation
import Testing
@testable import TandemCore

/// UI strings with plural forms (`{one: …, other: …}` in i18n files): every count
/// a page shows takes the form its language needs ("1 día", "5 días").
@Suite("Plural UI strings")
struct PluralStringTests {
    @Test func categoriesFollowCLDRForWholeNumbers() {
        #expect(PluralCategory.of(1, language: "es") == .one)
        #expect(PluralCategory.of(0, language: "es") == .other)
        #expect(PluralCategory.of(5, language: "es") == .other)
        #expect(PluralCategory.of(1, language: "en-GB") == .one)
        #expect(PluralCategory.of(0, language: "en") == .other)
        #expect(PluralCategory.of(0, language: "fr") == .one)
        #expect(PluralCategory.of(2, language: "pt-BR") == .other)
        #expect(PluralCategory.of(3, language: "ru") == .few)
        #expect(PluralCategory.of(11, language: "ru") == .many)
        #expect(PluralCategory.of(21, language: "ru") == .one)
        #expect(PluralCategory.of(1_000_000, language: "es") == .many)
    }

    static let programme = """
        -- content/programmes/taller.es.md --
        ---
        title: Taller
        translationKey: taller
        agendas: [agenda-corta, agenda-larga]
        events: [eventos-uno]
        ---
        -- content/programmes/taller.en.md --
        ---
        title: Workshop
        translationKey: taller
        agendas: [agenda-corta]
        events: [eventos-uno]
        ---
        -- content/agendas/corta.es.md --
        ---
        title: Agenda corta
        translationKey: agenda-corta
        timezone: Europe/Madrid
        dates: [2024-11-01]
        ---
        ## Viernes 1 de noviembre de 2024

        - 10:00-11:00 Apertura
        -- content/agendas/corta.en.md --
        ---
        title: Short agenda
        translationKey: agenda-corta
        timezone: Europe/Madrid
        dates: [2024-11-01]
        ---
        ## Friday 1 November 2024

        - 10:00-11:00 Opening
        -- content/agendas/larga.es.md --
        ---
        title: Agenda larga
        translationKey: agenda-larga
        timezone: Europe/Madrid
        dates: [2024-11-01, 2024-11-02]
        ---
        ## Viernes 1 de noviembre de 2024

        - 10:00-11:00 Apertura
        - 11:00-12:00 Mesa

        ## Sábado 2 de noviembre de 2024

        - 10:00-11:00 Cierre
        -- content/events/uno.es.md --
        ---
        title: Eventos
        translationKey: eventos-uno
        ---
        - 2017 **Cumbre** 20 al 22 de marzo. Montevideo
        """

    @Test func countsOnPagesTakeTheirPluralForm() throws {
        let site = try TestSite(Self.programme)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let spanish = try #require(site.file("es/programmes/taller/index.html"))
        #expect(spanish.contains("1 día, 1 sesión · 1 de noviembre de 2024"))
        #expect(spanish.contains("2 días, 3 sesiones · 1 de noviembre de 2024 – 2 de noviembre de 2024"))
        #expect(spanish.contains("1 evento · 2017–2017"))
        #expect(!spanish.contains("1 días") && !spanish.contains("1 sesiones") && !spanish.contains("1 eventos"))
        let english = try #require(site.file("en/programmes/workshop/index.html"))
        #expect(english.contains("1 day, 1 session · "))
        #expect(english.contains("1 event · 2017–2017"))
        // The search box gets every form, for its script to choose with Intl.PluralRules.
        #expect(spanish.contains(#"data-results-one="{count} resultado" data-results-other="{count} resultados""#))
    }

    @Test func aSiteOverridesAKeyWithFormsOrWithOneText() throws {
        let site = try TestSite(Self.programme + """

            -- themes/default/i18n/es.yaml --
            event_facts:
              one: "un solo evento"
              other: "{count} eventos"
            agenda_sessions: "{count} actividades"
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let spanish = try #require(site.file("es/programmes/taller/index.html"))
        #expect(spanish.contains("un solo evento · 2017–2017"))
        // A key written as one text is used for every count.
        #expect(spanish.contains("1 día, 1 actividades"))
        // English keeps the built-in forms.
        #expect(site.file("en/programmes/workshop/index.html")?.contains("1 event · ") == true)
    }

    @Test func badPluralFormsAreErrorsAtTheirLine() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            ---
            -- themes/default/i18n/es.yaml --
            event_facts:
              one: "{count} evento"
            partner_facts:
              one: "{count} socio"
              several: "{count} socios"
              other: "{count} socios"
            agenda_days:
              one: [a, b]
              other: "{count} días"
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [
            "themes/default/i18n/es.yaml:1:1: error: UI string 'event_facts' has no `other` form",
            "themes/default/i18n/es.yaml:5:3: error: 'several' is not a plural form of UI string 'partner_facts'",
            "themes/default/i18n/es.yaml:8:3: error: the 'one' form of UI string 'agenda_days' must be text",
        ])
    }

    @Test func templatesMayNameAPluralKeyThroughI18nPlural() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            ---
            -- themes/default/templates/partials/footer.mustache --
            <footer>{{i18nPlural.event_facts.one}}|{{i18nPlural.made_with.few}}|{{i18nPlural.no_such_key.one}}</footer>
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [
            "themes/default/templates/partials/footer.mustache:1:69: error: UI string 'no_such_key' is not defined",
        ])
    }

    @Test func i18nPluralShowsEveryCategory() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            ---
            -- themes/default/templates/partials/footer.mustache --
            <footer>{{i18nPlural.event_facts.one}}|{{i18nPlural.event_facts.many}}|{{i18nPlural.made_with.few}}</footer>
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        #expect(site.file("es/uno/index.html")?.contains("<footer>{count} evento|{count} eventos|Publicado con Tandem</footer>") == true)
    }
}
