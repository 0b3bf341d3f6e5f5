import Foundation
import Testing
@testable import TandemCore

@Suite("Seed agendas")
struct AgendaSeedTests {
    static let summitDates = [CalendarDate(year: 2024, month: 10, day: 31), CalendarDate(year: 2024, month: 11, day: 1),
                              CalendarDate(year: 2024, month: 11, day: 2)]

    static func summit() -> AgendaParseResult {
        AgendaParser.parse(
            blocks: MarkdownFixture.blocks(Seeds.summit, firstLine: 8), path: "content/agendas/cumbre.es.md",
            metadata: AgendaMetadata(key: "cumbre-concejales-2024", title: "Cumbre Latinoamericana de Concejales", language: "es",
                                     timeZone: "America/Santo_Domingo", timeZoneLine: 3, dates: summitDates,
                                     venue: "Centro de Convenciones del Hotel Barceló Bávaro Palace", city: "Punta Cana", country: "DO"))
            .validated()
    }

    static func workshop() -> AgendaParseResult {
        AgendaParser.parse(
            blocks: MarkdownFixture.blocks(Seeds.workshop, firstLine: 7), path: "content/agendas/taller.es.md",
            metadata: AgendaMetadata(key: "taller-flacma-undesa", title: "Taller de Formación", language: "es",
                                     timeZone: "America/Santo_Domingo", timeZoneLine: 4,
                                     dates: [CalendarDate(year: 2024, month: 11, day: 1)],
                                     venue: "Centro de Convenciones Hotel Barceló Bávaro Palace", city: "Punta Cana", country: "DO"))
            .validated()
    }

    @Test func workshopTable() throws {
        let result = Self.workshop()
        let agenda = result.agenda
        #expect(agenda.days.count == 1)
        let day = try #require(agenda.days.first)
        #expect(day.date == CalendarDate(year: 2024, month: 11, day: 1))
        #expect(day.sessions.count == 5)
        #expect(day.unparsedItems.isEmpty)

        let welcome = day.sessions[0]
        #expect(welcome.start.description == "10:30")
        #expect(welcome.end?.description == "10:40")
        #expect(welcome.statedDuration == 10)
        // The label names the session; the person after it speaks, with a role, before the next label.
        #expect(welcome.kind == nil)
        #expect(welcome.title == "Palabras de Bienvenida")
        #expect(welcome.speakers == ["Sergio Arredondo"])
        #expect(welcome.speakersAsWritten == ["Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA"])
        #expect(welcome.details == ["Tema 1: Principios de una Gobernanza Eficaz para el Desarrollo Sostenible"])
        #expect(welcome.startISO8601 == "2024-11-01T10:30:00-04:00")
        #expect(welcome.endISO8601 == "2024-11-01T10:40:00-04:00")

        #expect(day.sessions.map { $0.kind } == [nil, "Tema 2", "Tema 3", "Actividad grupal", nil])
        #expect(day.sessions[1].title.hasPrefix("¿Por qué es fundamental cambiar la mentalidad"))
        #expect(day.sessions[3].title == "Creación de una Hoja de Ruta para el Cambio Transformacional y Nuevas Mentalidades")
        #expect(day.sessions[4].title == "Conclusiones")
        #expect(day.sessions[4].end?.description == "12:00")
        #expect(day.notes.map(\.text) == ["*Agenda sujeta a cambios"])
        #expect(agenda.introduction.count == 2)
        #expect(agenda.closingNotes.map(\.text) == ["Información de contacto", "UN DESA/DPIDG"])

        let warnings = result.diagnostics.warnings
        #expect(warnings.count == 1)
        #expect(result.diagnostics.items.count == 1)
        // Reading alone finds nothing wrong: the duration is a validation finding.
        #expect(AgendaParser.parse(blocks: MarkdownFixture.blocks(Seeds.workshop, firstLine: 7), path: "x.es.md",
                                   metadata: agenda.metadata).diagnostics.items.isEmpty)
        let warning = try #require(warnings.first)
        #expect(warning.message == "stated duration 45 minutes but 11:20–11:55 is 35 minutes")
        #expect(warning.location == SourceLocation(path: "content/agendas/taller.es.md", line: day.sessions[3].line))
        #expect(day.sessions[3].line == 18)
    }

    @Test func summitLists() throws {
        let result = Self.summit()
        let agenda = result.agenda
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items)")
        #expect(agenda.days.map(\.date) == Self.summitDates)
        #expect(agenda.days.map(\.sessions.count) == [4, 8, 2])
        #expect(agenda.days.map(\.heading.weekday) == [.thursday, .friday, .saturday])
        #expect(agenda.introduction.map(\.text) == ["Agenda Cumbre FLACMA",
                                                    "Cumbre Latinoamericana de Concejales, Punta Cana | República Dominicana.",
                                                    "PROGRAMA GENERAL"])
        #expect(agenda.closingNotes.map(\.text) == ["Construcción de Agendas, Compromisos y Acuerdos", "Informes: Eduardo Delgado"])

        let thursday = agenda.days[0].sessions
        #expect(thursday.map(\.title) == ["Recepción de Participantes", "Ceremonia Inaugural",
                                          "El Papel de los Cabildos en el Gobierno de las Ciudades",
                                          "Reunión de la Red Latinoamericana de Concejales: plan de trabajo y renovación de dirigencia"])
        #expect(thursday[2].kind == "Conferencia Magistral")
        #expect(thursday[0].end?.description == "18:00")
        #expect(thursday[0].endSource == .nextSession)
        #expect(thursday[3].end == nil)
        #expect(thursday[3].endSource == AgendaSession.EndSource.none)

        let friday = agenda.days[1].sessions
        let first = try #require(friday.first)
        #expect(first.start.description == "09:00")
        #expect(first.title == "Oportunidades de la Cooperación Internacional en Favor de los Concejos Municipales")
        #expect(first.kind == "Conferencia Magistral")
        #expect(first.startISO8601 == "2024-11-01T09:00:00-04:00")
        #expect(first.endISO8601 == "2024-11-01T10:30:00-04:00")
        #expect(friday.map(\.kind) == ["Conferencia Magistral", "Sesión de Formación", nil, "Sesión de Expertos", "Taller Temático",
                                       "Conferencia Magistral", "Diálogo de Concejales", nil])
        #expect(friday[2].title == "Almuerzo")
        #expect(friday[7].title == "Fiesta Cultural")

        let closing = agenda.days[2].sessions[0]
        #expect(closing.title == "Sesión Final de Clausura")
        #expect(closing.kind == nil)
        #expect(closing.details == ["Entrega de Constancias de Participación", "Declaración Final"])
        #expect(agenda.days[2].sessions[1].title == "Final de Actividades")
        #expect(agenda.sessions.count == 14)
    }

    /// The summit as the seed was converted: bold markers broken around the times.
    @Test func summitAsConverted() throws {
        let blocks = [
            MarkdownBlock(kind: .paragraph, text: "Jueves | 31 de octubre", source: "Jueves | 31 de octubre", line: 1),
            MarkdownBlock(kind: .heading(level: 3), text: "Jueves | 31 de octubre", source: "Jueves | 31 de octubre", line: 3),
            MarkdownBlock(kind: .listItem(depth: 0, ordered: false), text: "10:00 hrs.** Recepción de Participantes",
                          source: "10:00 hrs.** Recepción de Participantes", line: 5),
            MarkdownBlock(kind: .listItem(depth: 0, ordered: false),
                          text: "19:30 hrs.** Conferencia Magistral:\nEl Papel de los Cabildos en el Gobierno de las Ciudades",
                          source: "19:30 hrs.** *Conferencia Magistral:*\nEl Papel de los Cabildos en el Gobierno de las Ciudades", line: 6),
            MarkdownBlock(kind: .listItem(depth: 0, ordered: false), text: "10:00 hrs.** Sesión Final de Clausura",
                          source: "10:00 hrs.** **Sesión Final de Clausura**", line: 8),
        ]
        let result = AgendaParser.parse(blocks: blocks, path: "a.es.md", metadata: AgendaMetadata(
            key: "k", language: "es", timeZone: "America/Santo_Domingo", dates: Self.summitDates))
        let sessions = result.agenda.sessions
        #expect(sessions.map(\.title) == ["Recepción de Participantes", "El Papel de los Cabildos en el Gobierno de las Ciudades",
                                          "Sesión Final de Clausura"])
        #expect(sessions.map(\.kind) == [nil, "Conferencia Magistral", nil])
        #expect(result.agenda.introduction.count == 1)
    }
}
