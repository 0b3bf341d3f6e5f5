import Foundation
import Testing
@testable import TandemCore

@Suite("Session ids")
struct SessionIDTests {
    static func session(_ hour: Int, _ minute: Int, _ title: String, room: String? = nil, day: Int = 1) -> AgendaSession {
        AgendaSession(date: CalendarDate(year: 2024, month: 11, day: day), start: TimeOfDay(hour: hour, minute: minute) ?? .midnight,
                      title: title, room: room, line: 1)
    }

    @Test func aSessionAloneAtItsTimeKeepsTheShortID() {
        #expect(SessionIDs.make([Self.session(10, 0, "Apertura"), Self.session(11, 30, "Cierre", day: 2)])
            == ["s-2024-11-01-1000", "s-2024-11-02-1130"])
    }

    @Test func parallelSessionsGetTheirRoomOrTitleAndANumberWhenStillShared() {
        let sessions = [
            Self.session(10, 0, "Taller", room: "Sala A"), Self.session(10, 0, "Taller", room: "Sala B"),
            Self.session(10, 0, "Mesa redonda"), Self.session(10, 0, "Mesa redonda"), Self.session(10, 0, "Taller", room: "Sala A"),
        ]
        let ids = SessionIDs.make(sessions)
        #expect(ids == ["s-2024-11-01-1000-sala-a", "s-2024-11-01-1000-sala-b", "s-2024-11-01-1000-mesa-redonda",
                        "s-2024-11-01-1000-mesa-redonda-2", "s-2024-11-01-1000-sala-a-2"])
        #expect(Set(ids).count == ids.count)
        #expect(SessionIDs.make(sessions) == ids)
    }

    @Test func tenThousandSessionsGetTenThousandIDs() {
        let sessions = (0..<10_000).map { Self.session($0 % 24, $0 % 60, "Sesión \($0 % 7)", room: $0 % 3 == 0 ? nil : "Sala \($0 % 5)") }
        #expect(Set(SessionIDs.make(sessions)).count == 10_000)
    }

    @Test func parallelRoomsGetTheirOwnCalendarFiles() throws {
        let site = try TestSite("""
            -- content/agendas/a.es.md --
            ---
            title: Agenda
            timezone: America/Santo_Domingo
            ---
            ## Viernes 1 de noviembre de 2024

            | Hora | Sala | Sesión |
            |---|---|---|
            | 10:00-11:00 | Sala A | Taller 1 |
            | 10:00-11:00 | Sala B | Taller 2 |
            | 11:00-12:00 | Sala A | Cierre |
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let files = site.outputFiles().filter { $0.contains("/sessions/") }
        #expect(files == [
            "es/agendas/agenda/sessions/s-2024-11-01-1000-sala-a.ics", "es/agendas/agenda/sessions/s-2024-11-01-1000-sala-b.ics",
            "es/agendas/agenda/sessions/s-2024-11-01-1100.ics",
        ])
        #expect(site.file("es/agendas/agenda/sessions/s-2024-11-01-1000-sala-b.ics")?.contains("SUMMARY:Taller 2") == true)
        let html = try #require(site.file("es/agendas/agenda/index.html"))
        #expect(html.contains(#"href="/es/agendas/agenda/sessions/s-2024-11-01-1000-sala-b.ics""#))
        #expect(html.contains(#"id="s-2024-11-01-1000-sala-a""#))
    }

    @Test func parallelSessionsWithOneTitleHaveDistinctCalendarUIDs() {
        let a = ICalendarWriter.uid(for: Self.session(10, 0, "Taller", room: "Sala A"), agendaKey: "k")
        let b = ICalendarWriter.uid(for: Self.session(10, 0, "Taller", room: "Sala B"), agendaKey: "k")
        #expect(a != b)
        #expect(ICalendarWriter.uid(for: Self.session(10, 0, "Taller"), agendaKey: "k") != a)
    }
}
