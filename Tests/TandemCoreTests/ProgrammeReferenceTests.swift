import Testing
@testable import TandemCore

@Suite("Programme cross-references")
struct ProgrammeReferenceTests {
    @Test func programmeLinksToItsAgendaPartnersAndEvents() throws {
        let site = try TestSite("""
            -- content/programmes/taller.es.md --
            ---
            title: Taller
            translationKey: taller
            agendas: [agenda-taller]
            partners: socios-taller
            ---
            -- content/programmes/taller.en.md --
            ---
            title: Workshop
            translationKey: taller
            agendas: [agenda-taller]
            ---
            -- content/agendas/taller.es.md --
            ---
            title: Agenda del taller
            translationKey: agenda-taller
            event: taller
            timezone: America/Santo_Domingo
            ---
            -- content/partners/taller.es.md --
            ---
            title: Socios del taller
            translationKey: socios-taller
            programme: taller
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let programme = try #require(site.file("es/programmes/taller/index.html"))
        #expect(programme.contains(#"<a href="/es/agendas/agenda-del-taller/">Agenda del taller</a>"#))
        #expect(programme.contains(#"<a href="/es/partners/socios-del-taller/">Socios del taller</a>"#))
        // The English programme links to the Spanish agenda, marked as Spanish in English.
        let english = try #require(site.file("en/programmes/workshop/index.html"))
        #expect(english.contains(#"<a href="/es/agendas/agenda-del-taller/" hreflang="es" lang="es">Agenda del taller</a> <span class="meta">(Spanish)</span>"#))
        // The agenda says which programme it belongs to.
        #expect(site.file("es/agendas/agenda-del-taller/index.html")?.contains(#"Forma parte de: <a href="/es/programmes/taller/">Taller</a>"#) == true)
    }

    @Test func missingKeysAreErrorsAtTheirLine() throws {
        let site = try TestSite("""
            -- content/programmes/taller.es.md --
            ---
            title: Taller
            translationKey: taller
            agendas: [agenda-tallerr]
            partners: [uno, dos]
            ---
            -- content/agendas/taller.es.md --
            ---
            title: Agenda
            translationKey: agenda-taller
            timezone: Europe/Madrid
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages == [
            "content/programmes/taller.es.md:4:1: error: 'agendas' refers to 'agenda-tallerr', but no page has that translationKey",
            "content/programmes/taller.es.md:5:1: error: 'partners' must be one translation key",
        ])
        #expect(report.diagnostics.first?.hint == "did you mean 'agenda-taller' (agenda content/agendas/taller.es.md, in es)?")
    }
}
