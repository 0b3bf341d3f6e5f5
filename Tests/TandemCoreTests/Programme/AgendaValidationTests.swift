import Foundation
import Testing
@testable import TandemCore

@Suite("Agenda validation")
struct AgendaValidationTests {
    static let friday = CalendarDate(year: 2024, month: 11, day: 1)

    static func parse(_ markdown: String, zone: String? = "America/Santo_Domingo", dates: [CalendarDate] = [friday],
                      path: String = "agenda.es.md") -> AgendaParseResult {
        AgendaParser.parse(blocks: MarkdownFixture.blocks(markdown), path: path,
                           metadata: AgendaMetadata(key: "demo", language: "es", timeZone: zone, timeZoneLine: 2, dates: dates))
            .validated()
    }

    static func messages(_ result: AgendaParseResult) -> [String] { result.diagnostics.items.map(\.message) }

    @Test func correctAgendaIsQuiet() {
        let result = Self.parse("""
        ## Viernes 1 de noviembre

        - 09:00-10:00 (60 minutos) Apertura
        - 10:00 (30 minutos) Pausa
        - 10:30 Panel
          Sala: A
        - 10:30 Taller
          Sala: B
        - 11:00-12:00 Cierre
        """)
        #expect(result.diagnostics.items.isEmpty, "\(Self.messages(result))")
        #expect(result.agenda.sessions.map(\.room) == [nil, nil, "A", "B", nil])
        #expect(result.agenda.sessions[1].end?.description == "10:30")
        #expect(result.agenda.sessions[1].endSource == .statedDuration)
    }

    @Test func endBeforeStart() {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 10:30-10:00 Apertura\n")
        #expect(Self.messages(result) == ["this session ends at 10:00 but starts at 10:30"])
        #expect(result.diagnostics.items.first?.location.line == 3)
    }

    @Test func overlapInTheSameTrack() {
        let result = Self.parse("""
        ## Viernes 1 de noviembre

        - 10:00-11:00 Apertura
        - 10:45 Panel
        - 12:00 Almuerzo
        - 12:00 Visita
        """)
        #expect(Self.messages(result) == [
            "this session ends at 11:00 but 'Panel' (line 4) starts at 10:45 in the same track",
            "this session starts at 12:00, like 'Almuerzo' (line 5) in the same track",
        ])
        #expect(result.diagnostics.items.map(\.location.line) == [3, 6])
    }

    @Test func parallelRoomsDoNotOverlap() {
        let result = Self.parse("""
        ## Viernes 1 de noviembre

        | Hora | Sala | Sesión |
        |---|---|---|
        | 10:00-11:00 | Sala A | Taller 1 |
        | 10:00-11:00 | Sala B | Taller 2 |
        | 10:30-11:30 | Sala A | Taller 3 |
        """)
        #expect(result.agenda.sessions.map(\.room) == ["Sala A", "Sala B", "Sala A"])
        #expect(Self.messages(result) == ["this session ends at 11:00 but 'Taller 3' (line 7) starts at 10:30 in room 'Sala A'"])
    }

    @Test func durationMismatch() {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 11:20-11:55 (45 minutos) Actividad grupal: Hoja de ruta\n")
        #expect(Self.messages(result) == ["stated duration 45 minutes but 11:20–11:55 is 35 minutes"])
    }

    @Test(arguments: [("## Sábado 1 de noviembre", "'Sábado' does not match 2024-11-01, which is a Friday (viernes)"),
                      ("## Saturday, November 1", "'Saturday' does not match 2024-11-01, which is a Friday (viernes)")])
    func weekdayMismatch(heading: String, message: String) {
        let result = Self.parse("\(heading)\n\n- 10:00 Apertura\n")
        #expect(Self.messages(result) == [message])
        #expect(result.diagnostics.items.first?.location.line == 1)
    }

    @Test func dayOutsideTheDates() {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 10:00 A\n\n## Sábado 2 de noviembre\n\n- 10:00 B\n")
        #expect(Self.messages(result) == ["2024-11-02 is not one of the agenda's dates (2024-11-01)"])
        #expect(result.diagnostics.items.first?.location.line == 5)
    }

    @Test func itemWithoutTimeIsKeptAndReported() {
        let result = Self.parse("""
        ## Viernes 1 de noviembre

        Llegada de las delegaciones.

        - 10:00 Apertura
        - Café de bienvenida
          - en el patio
        - 25:00 Fiesta
        """)
        let day = result.agenda.days[0]
        #expect(day.sessions.map(\.title) == ["Apertura"])
        #expect(day.unparsedItems.map(\.text) == ["Café de bienvenida", "en el patio", "25:00 Fiesta"])
        #expect(day.notes.map(\.text) == ["Llegada de las delegaciones."])
        #expect(result.diagnostics.items.map(\.severity) == [.warning, .warning])
        #expect(Self.messages(result) == [AgendaParser.missingTimeMessage,
                                          "could not read the time of this session: 25:00 is not a valid time: hours go from 0 to 23"])
        #expect(result.diagnostics.items.map(\.location.line) == [6, 8])
    }

    @Test func unknownZoneIsAnErrorAtTheFrontMatterLine() throws {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 10:00 Apertura\n", zone: "America/Punta_Cana")
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.message == "unknown time zone 'America/Punta_Cana'")
        #expect(error.location.line == 2)
        #expect(result.agenda.sessions.first?.startISO8601 == nil)
        #expect(result.agenda.sessions.count == 1)
    }

    @Test func missingZoneGivesFloatingTimes() throws {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 10:00-11:00 Apertura\n", zone: nil)
        #expect(result.diagnostics.items.isEmpty)
        #expect(result.agenda.timeZone == nil)
        #expect(result.agenda.sessions.first?.startISO8601 == nil)
        let ics = ICalendarWriter(buildDate: Self.friday).calendar(for: result.agenda)
        #expect(ics.contains("DTSTART:20241101T100000\r\nDTEND:20241101T110000\r\n"))
        #expect(!ics.contains("VTIMEZONE"))
        let json = try AgendaJSONExporter().string(for: result.agenda)
        #expect(json.contains("\"date\" : \"2024-11-01T10:00:00\""))
    }

    @Test func dayAfterTheClosingNotesIsReported() {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 10:00 A\n\n## Notas\n\nTexto.\n\n## Sábado 2 de noviembre\n\n- 10:00 B\n",
                                dates: [Self.friday, Self.friday.adding(days: 1)])
        #expect(result.agenda.days.count == 1)
        #expect(result.agenda.closingNotes.count == 4)
        #expect(result.diagnostics.warnings.map(\.location.line) == [9])
    }

    @Test func yearCarriesOverNewYear() {
        let result = Self.parse("## 31 de diciembre de 2029\n\n- 22:00 Cena\n\n## 1 de enero\n\n- 10:00 Paseo\n", dates: [])
        #expect(result.agenda.days.map(\.date.iso) == ["2029-12-31", "2030-01-01"])
    }

    @Test func dayWithoutYear() {
        let result = Self.parse("## Viernes 1 de noviembre\n\n- 10:00 Apertura\n", dates: [])
        #expect(result.agenda.days.isEmpty)
        #expect(result.agenda.unplaced.count == 2)
        #expect(result.diagnostics.warnings.count == 1)
    }

    @Test func daylightSavingOffsets() {
        let result = Self.parse("## 2024-10-26\n\n- 10:00 Antes\n\n## 2024-10-28\n\n- 10:00 Después\n",
                                zone: "Europe/Madrid", dates: [])
        #expect(result.agenda.sessions.map(\.startISO8601) == ["2024-10-26T10:00:00+02:00", "2024-10-28T10:00:00+01:00"])
    }

    @Test func translatedPairWithDifferentTimes() {
        let spanish = Self.parse("## Viernes 1 de noviembre\n\n- 10:00-10:30 Apertura\n- 10:30 Panel\n")
        let english = Self.parse("## Friday, November 1\n\n- 10:00-10:30 Opening\n- 10:40 Panel\n", path: "agenda.en.md")
        #expect(english.diagnostics.items.isEmpty)
        let found = AgendaValidator.compareTranslations(original: spanish.agenda, translation: english.agenda)
        #expect(found.map(\.message) == ["'Panel' is at 10:40 here but at 10:30 in agenda.es.md (line 4)"])
        #expect(found.first?.location == SourceLocation(path: "agenda.en.md", line: 4))
        #expect(AgendaValidator.compareTranslations(original: spanish.agenda, translation: spanish.agenda).isEmpty)

        let shorter = Self.parse("## Friday, November 1\n\n- 10:00-10:30 Opening\n", path: "agenda.en.md")
        #expect(AgendaValidator.compareTranslations(original: spanish.agenda, translation: shorter.agenda).map(\.message)
                == ["2024-11-01 has 1 session(s) here but 2 in agenda.es.md (line 1)"])
    }

    @Test func speakersFromLinesAndHonorifics() {
        let result = Self.parse("""
        ## Viernes 1 de noviembre

        - 10:00 *Panel:* Ciudades y clima
          Moderadora: Ana María de la Cruz (CEPAL)
          - Dr. Juan Pérez, Universidad de Chile
          - Intervención de la Sra. Luisa Gómez y del Sr. Pedro Ruiz.
        """)
        let session = result.agenda.sessions[0]
        #expect(session.kind == "Panel")
        #expect(session.title == "Ciudades y clima")
        #expect(session.speakers == ["Ana María de la Cruz", "Juan Pérez", "Luisa Gómez", "Pedro Ruiz"])
        #expect(session.details.count == 3)
    }
}
