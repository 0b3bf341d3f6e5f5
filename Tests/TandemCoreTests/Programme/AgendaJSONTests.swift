import Foundation
import Testing
@testable import TandemCore

@Suite("schedule.json export")
struct AgendaJSONTests {
    static func json(_ agenda: Agenda) throws -> [String: Any] {
        let data = try AgendaJSONExporter().data(for: agenda)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func workshopSchedule() throws {
        let agenda = AgendaSeedTests.workshop().agenda
        let root = try Self.json(agenda)
        let schedule = try #require(root["schedule"] as? [String: Any])
        #expect((schedule["version"] as? String)?.count == 12)
        let conference = try #require(schedule["conference"] as? [String: Any])
        #expect(conference["acronym"] as? String == "taller-flacma-undesa")
        #expect(conference["start"] as? String == "2024-11-01")
        #expect(conference["end"] as? String == "2024-11-01")
        #expect(conference["daysCount"] as? Int == 1)
        #expect(conference["time_zone_name"] as? String == "America/Santo_Domingo")
        let days = try #require(conference["days"] as? [[String: Any]])
        #expect(days.count == 1)
        #expect(days[0]["index"] as? Int == 1)
        #expect(days[0]["day_start"] as? String == "2024-11-01T10:30:00-04:00")
        #expect(days[0]["day_end"] as? String == "2024-11-01T12:00:00-04:00")
        let rooms = try #require(days[0]["rooms"] as? [String: [[String: Any]]])
        #expect(Array(rooms.keys) == ["Centro de Convenciones Hotel Barceló Bávaro Palace"])
        let events = try #require(rooms.values.first)
        #expect(events.count == 5)
        let welcome = events[0]
        #expect(welcome["guid"] as? String == ICalendarWriter.uid(for: agenda.sessions[0], agendaKey: "taller-flacma-undesa"))
        #expect(welcome["start"] as? String == "10:30")
        #expect(welcome["duration"] as? String == "00:10")
        #expect(welcome["date"] as? String == "2024-11-01T10:30:00-04:00")
        // "Palabras de Bienvenida" is the welcome's title (its label named it; the rest was who speaks).
        #expect(welcome["title"] as? String == "Palabras de Bienvenida")
        #expect(welcome["type"] as? String == "session")
        #expect(welcome["language"] as? String == "es")
        #expect((welcome["persons"] as? [[String: String]]) == [["public_name": "Sergio Arredondo"]])
        #expect((welcome["id"] as? Int).map { $0 > 0 } == true)
        #expect(events[3]["duration"] as? String == "00:35")
        #expect(events[4]["type"] as? String == "session")
    }

    @Test func deterministicAndSorted() throws {
        let agenda = AgendaSeedTests.summit().agenda
        let first = try AgendaJSONExporter().string(for: agenda)
        let second = try AgendaJSONExporter().string(for: AgendaSeedTests.summit().agenda)
        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
        // Sorted keys: "conference" before "version", "generator" before "schedule".
        let conference = try #require(first.range(of: "\"conference\""))
        let version = try #require(first.range(of: "\"version\""))
        #expect(conference.lowerBound < version.lowerBound)
        let root = try Self.json(agenda)
        let days = try #require(((root["schedule"] as? [String: Any])?["conference"] as? [String: Any])?["days"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String } == ["2024-10-31", "2024-11-01", "2024-11-02"])
        let saturday = try #require((days[2]["rooms"] as? [String: [[String: Any]]])?.values.first)
        #expect(saturday.map { $0["title"] as? String } == ["Sesión Final de Clausura", "Final de Actividades"])
        #expect(saturday[1]["duration"] as? String == "00:00")
        #expect(saturday[0]["duration"] as? String == "02:00")
    }

    @Test func versionFollowsContent() throws {
        let agenda = AgendaSeedTests.summit().agenda
        var changed = agenda
        changed.days[0].sessions[0].title = "Acreditación"
        let a = try Self.json(agenda)["schedule"] as? [String: Any]
        let b = try Self.json(changed)["schedule"] as? [String: Any]
        #expect(a?["version"] as? String != b?["version"] as? String)
    }
}
