import Foundation
import Testing
@testable import TandemCore

/// Programme pages and agendas as readers see them: relations shown from both
/// ends, the agenda's whole document, sessions and their calendar events.
@Suite("Programme pages and agendas")
struct ProgrammePageTests {
    static let workshop = """
        -- content/programmes/taller.es.md --
        ---
        title: Taller
        translationKey: taller
        agendas: [agenda-taller]
        ---
        -- content/agendas/taller.es.md --
        ---
        title: Agenda del taller
        translationKey: agenda-taller
        event: taller
        timezone: America/Santo_Domingo
        dates: [2024-11-01]
        ---
        Taller presencial para gobiernos locales.

        ## Viernes 1 de noviembre

        | Hora | Sesión |
        |---|---|
        | 10:30-10:40 (10 minutos) | Palabras de Bienvenida: Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA Tema 1: Principios de una Gobernanza Eficaz |
        | 10:40-11:00 | Conclusiones |
        | 12:00 | Almuerzo |
        | 15:00-16:00 | Taller |

        ## Inscripción

        Escriba a inscripciones@example.org antes del 20 de octubre.
        """

    // MARK: - References

    @Test func aRelationIsShownFromBothEndsEachOnce() throws {
        let site = try TestSite(Self.workshop + """

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
        // Named by the programme and by the agenda: listed once, and not "part of" its own part.
        #expect(programme.components(separatedBy: #"<a href="/es/agendas/agenda-del-taller/">"#).count == 2)
        // Named only by the partner list (`programme:`): the programme lists it all the same.
        #expect(programme.contains(#"<h2 id="related-partners">Socios</h2>"#))
        #expect(programme.contains(#"<a href="/es/partners/socios-del-taller/">Socios del taller</a>"#))
        #expect(!programme.contains("Forma parte de"))
        let agenda = try #require(site.file("es/agendas/agenda-del-taller/index.html"))
        #expect(agenda.contains(#"<p class="part-of meta">Forma parte de: <a href="/es/programmes/taller/">Taller</a></p>"#))
        #expect(!agenda.contains("related-agendas"))
    }

    @Test func severalProgrammesAreSeparatedAndNamedInThePageLanguage() throws {
        let site = try TestSite("""
            -- content/programmes/a.es.md --
            ---
            title: Programa A
            translationKey: a
            partners: socios
            ---
            -- content/programmes/b.en.md --
            ---
            title: Programme B
            translationKey: b
            partners: socios
            ---
            -- content/partners/socios.es.md --
            ---
            title: Socios
            translationKey: socios
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        let list = try #require(site.file("es/partners/socios/index.html"))
        #expect(list.contains(#"Forma parte de: <a href="/es/programmes/programa-a/">Programa A</a>; <a href="/en/programmes/programme-b/" hreflang="en" lang="en">Programme B</a> <span class="meta">(inglés)</span></p>"#))
        let english = try #require(site.file("en/programmes/programme-b/index.html"))
        #expect(english.contains(#"<a href="/es/partners/socios/" hreflang="es" lang="es">Socios</a> <span class="meta">(Spanish)</span>"#))
    }

    @Test func aReferenceToTheWrongKindOfPageIsAnError() throws {
        let site = try TestSite("""
            -- content/programmes/taller.es.md --
            ---
            title: Taller
            translationKey: taller
            agendas: [taller]
            ---
            -- content/agendas/taller.es.md --
            ---
            title: Agenda
            translationKey: agenda-taller
            event: taller
            timezone: Europe/Madrid
            ---
            -- content/agendas/otra.es.md --
            ---
            title: Otra agenda
            translationKey: otra
            event: agenda-taller
            timezone: Europe/Madrid
            ---
            -- content/partners/socios.es.md --
            ---
            title: Socios
            translationKey: socios
            partners: socios
            ---
            -- content/programmes/suelto.es.md --
            ---
            title: Suelto
            translationKey: suelto
            programme: taller
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages == [
            "content/agendas/otra.es.md:4:1: error: 'event' refers to 'agenda-taller', which is an agenda, not a programme",
            "content/partners/socios.es.md:4:1: error: 'partners' lists the partner lists of a programme, but this page is a partner list",
            "content/programmes/suelto.es.md:4:1: error: 'programme' names the programme that an agenda, partner list or event list is part of, and this page is none of those",
            "content/programmes/taller.es.md:4:1: error: 'agendas' refers to 'taller', which is a programme, not an agenda",
        ])
        #expect(report.diagnostics.map(\.hint) == [
            "`event` takes the translationKey of a programme: 'suelto', 'taller'",
            "name the programme this page is part of with `programme: <the programme's translationKey>`",
            "list this programme's parts with `agendas: [...]`, `partners:` or `events:`",
            "did you mean 'agenda-taller'?",
        ])
    }

    // MARK: - The agenda page

    @Test func theAgendaPagePublishesTheWholeDocument() throws {
        let site = try TestSite(Self.workshop)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        let page = try #require(site.file("es/agendas/agenda-del-taller/index.html"))
        let intro = try #require(page.range(of: #"<div class="content agenda-introduction"><p>Taller presencial para gobiernos locales.</p>"#))
        let day = try #require(page.range(of: #"<section class="agenda-day""#))
        let closing = try #require(page.range(of: "<div class=\"content agenda-closing\"><h2 id=\"inscripcion\">\nInscripción\n</h2>"))
        let written = try #require(page.range(of: #"<details class="source-text">"#))
        #expect(intro.lowerBound < day.lowerBound && day.lowerBound < closing.lowerBound && closing.lowerBound < written.lowerBound)
        #expect(page.contains(#"<p>Escriba a <a href="mailto:inscripciones@example.org">inscripciones@example.org</a> antes del 20 de octubre.</p>"# + "\n</div>"))
        // The copy as written keeps its ids apart from the closing section's.
        #expect(page.contains("<h2 id=\"written-inscripcion\">\nInscripción\n</h2>"))
        #expect(page.components(separatedBy: #"id="inscripcion""#).count == 2)
        // Ids only the copy has stay as they are: links to a day's heading still land.
        #expect(page.contains("<h2 id=\"viernes-1-de-noviembre\">"))
        // The header dates the event; every printed day says which event and which day.
        #expect(page.contains(#"<p class="meta agenda-dates">Fecha: <time datetime="2024-11-01">1 de noviembre de 2024</time></p>"#))
        #expect(page.contains(#"<p class="print-only day-context">Agenda del taller · <time datetime="2024-11-01">viernes 1 de noviembre de 2024</time></p>"#))
        let css = try #require(site.file("assets/tandem.css"))
        #expect(css.contains(".print-only { display: none; }"))
        #expect(css.contains("  .print-only { display: block; }"))
    }

    @Test func aMultiDayAgendaShowsItsSpanInTheLanguageOfThePage() throws {
        let site = try TestSite("""
            -- content/agendas/cumbre.en.md --
            ---
            title: Summit
            timezone: America/Santo_Domingo
            dates: [2024-10-31, 2024-11-02]
            ---
            ## Thursday 31 October 2024

            - 10:00 Opening
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        let page = try #require(site.file("en/agendas/summit/index.html"))
        #expect(page.contains(#"<p class="meta agenda-dates">Dates: <time datetime="2024-10-31">31 October 2024</time> – <time datetime="2024-11-02">2 November 2024</time></p>"#))
        #expect(page.contains(#"Summit · <time datetime="2024-10-31">Thursday, 31 October 2024</time>"#))
        #expect(!page.contains("agenda-introduction"))
        #expect(!page.contains("agenda-closing"))
    }

    // MARK: - Sessions

    @Test func aWelcomeKeepsItsTitleAndItsSpeakerApart() throws {
        let site = try TestSite(Self.workshop)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        let page = try #require(site.file("es/agendas/agenda-del-taller/index.html"))
        let row = try #require(page.components(separatedBy: #"<tr id="s-2024-11-01-1030">"#).dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(row.contains(#"<strong class="session-title">Palabras de Bienvenida</strong>"#))
        #expect(row.contains("<li>Tema 1: Principios de una Gobernanza Eficaz</li>"))
        #expect(row.contains(#"<p class="meta">Participan: Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA</p>"#))
        #expect(row.components(separatedBy: "Sergio Arredondo").count == 2)
        let ics = ICalendarText.unfold(try #require(site.file("es/agendas/agenda-del-taller/sessions/s-2024-11-01-1030.ics")))
        #expect(ics.contains("SUMMARY:Palabras de Bienvenida\r\n"))
        #expect(ics.contains(#"DESCRIPTION:Agenda del taller\n\nSr. Sergio Arredondo\, Secretario Ejecutivo\, FLACMA\nTema 1: Principios de una Gobernanza Eficaz"#))
    }

    @Test(arguments: [
        ("Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA Tema 1: Principios", "Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA", "Tema 1: Principios"),
        ("Dra. Ana Pérez, CEPAL Panel de Expertos: Ciudades", "Dra. Ana Pérez, CEPAL", "Panel de Expertos: Ciudades"),
        ("Sr. Juan Gómez, Alcalde de Quito, Presentación: el plan", "Sr. Juan Gómez, Alcalde de Quito", "Presentación: el plan"),
        ("Sr. Juan Gómez, Alcalde de Quito", "Sr. Juan Gómez, Alcalde de Quito", ""),
    ])
    func aPersonAfterALabelIsTheSpeaker(text: String, speaker: String, rest: String) throws {
        let phrase = try #require(SessionContent.speakerPhrase(in: text))
        #expect(phrase.speaker == speaker)
        #expect(phrase.rest == rest)
    }

    @Test func aTitleThatIsNoPersonStaysTheTitle() {
        #expect(SessionContent.speakerPhrase(in: "¿Por qué es fundamental cambiar la mentalidad?") == nil)
        #expect(SessionContent.speakerPhrase(in: "Señales de cambio: Dr. Ruiz") == nil)
        let content = SessionContent.read(remainder: "Tema 2: Sr. y Sra. en la ciudad", moreLines: [], source: "Tema 2: Sr. y Sra. en la ciudad")
        #expect(content.title == "Sr. y Sra. en la ciudad")
        #expect(content.kind == "Tema 2")
    }

    @Test func anInferredEndIsMarkedAndNotMeasured() throws {
        let site = try TestSite(Self.workshop)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        let page = try #require(site.file("es/agendas/agenda-del-taller/index.html"))
        let lunch = try #require(page.components(separatedBy: #"<tr id="s-2024-11-01-1200">"#).dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(lunch.contains(#"<time datetime="2024-11-01T15:00:00-04:00">15:00</time><br><span class="meta inferred-end">fin estimado</span></td>"#))
        #expect(!lunch.contains("180 min"))
        let written = try #require(page.components(separatedBy: #"<tr id="s-2024-11-01-1500">"#).dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(written.contains(#"<span class="meta">60 min</span>"#))
        #expect(!written.contains("fin estimado"))
    }

    @Test func everyCalendarEventLinksToThePageAndNamesTheEvent() throws {
        let site = try TestSite(Self.workshop + """

            -- content/events/lista.es.md --
            ---
            title: Eventos
            translationKey: eventos
            ---
            - 2024 **Foro Mundial**. 19 – 21 de abril. Madrid - España.
            """)
        defer { site.cleanUp() }
        #expect(site.build(baseURL: "https://example.org/").errorMessages == [])
        let ics = ICalendarText.unfold(try #require(site.file("es/agendas/agenda-del-taller/agenda.ics")))
        let events = ics.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        #expect(events.count == 4)
        for event in events {
            let id = try #require(event.components(separatedBy: "DTSTART;TZID=America/Santo_Domingo:20241101T").dropFirst().first?.prefix(4))
            #expect(event.contains("\r\nURL:https://example.org/es/agendas/agenda-del-taller/#s-2024-11-01-\(id)\r\n"))
            #expect(event.contains("\r\nDESCRIPTION:Agenda del taller\\n"))
        }
        let timeline = ICalendarText.unfold(try #require(site.file("es/events/eventos/events.ics")))
        #expect(timeline.contains("\r\nURL:https://example.org/es/events/eventos/\r\n"))

        // A site without an origin has no absolute URL to give: no URL line.
        #expect(site.build().errorMessages == [])
        #expect(site.file("es/agendas/agenda-del-taller/agenda.ics")?.contains("URL:") == false)
    }
}
