import Foundation
import Testing
@testable import TandemCore

@Suite("iCalendar export")
struct ICalendarTests {
    static let buildDate = CalendarDate(year: 2024, month: 10, day: 15)

    static func summitICS() -> String {
        ICalendarWriter(buildDate: buildDate).calendar(for: AgendaSeedTests.summit().agenda)
    }

    /// Physical lines as bytes, split on CRLF, so nothing is decoded before it is checked.
    static func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == 13, bytes.first == 10 {
                bytes.removeFirst()
                lines.append(current)
                current = []
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    @Test func crlfOnlyAndShortLines() {
        for ics in [Self.summitICS(), ICalendarWriter(buildDate: Self.buildDate).calendar(for: AgendaSeedTests.workshop().agenda)] {
            let bytes = Array(ics.utf8)
            for (index, byte) in bytes.enumerated() {
                if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
                if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10) }
            }
            #expect(ics.hasSuffix("\r\n"))
            for line in Self.physicalLines(ics) {
                #expect(line.count <= 75)
                // A fold never cuts a UTF-8 sequence: every physical line decodes on its own.
                #expect(String(validating: line, as: UTF8.self) != nil)
            }
        }
    }

    @Test func foldingRoundTrips() {
        let long = "DESCRIPTION:" + String(repeating: "Bávaro Palace, Punta Cana — Concejales ñandú 🇩🇴 ", count: 9)
        let folded = ICalendarText.fold(long)
        #expect(folded != long)
        #expect(ICalendarText.unfold(folded) == long)
        for line in Self.physicalLines(folded + "\r\n") {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil)
        }
        #expect(ICalendarText.fold("SUMMARY:short") == "SUMMARY:short")
        let exactly75 = "X:" + String(repeating: "a", count: 73)
        #expect(ICalendarText.fold(exactly75) == exactly75)
        #expect(ICalendarText.fold(exactly75 + "b") == exactly75 + "\r\n b")
        let escape = "X:" + String(repeating: "a", count: 72) + "\\,b"
        #expect(ICalendarText.fold(escape) == "X:" + String(repeating: "a", count: 72) + "\r\n \\,b")
    }

    @Test func escaping() {
        #expect(ICalendarText.escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
    }

    @Test func summitCalendar() throws {
        let ics = Self.summitICS()
        let unfolded = ICalendarText.unfold(ics)
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("PRODID:-//Tandem//Tandem//ES"))
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 14)
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20241015T000000Z" })

        // A zone without daylight saving time: one STANDARD observance.
        let zone = try #require(unfolded.range(of: "BEGIN:VTIMEZONE\r\nTZID:America/Santo_Domingo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0400\r\n"))
        #expect(!unfolded[zone.upperBound...].hasPrefix("BEGIN:DAYLIGHT"))
        #expect(!unfolded.contains("BEGIN:DAYLIGHT"))

        #expect(unfolded.contains("DTSTART;TZID=America/Santo_Domingo:20241101T090000\r\nDTEND;TZID=America/Santo_Domingo:20241101T103000\r\nSUMMARY:Oportunidades de la Cooperación Internacional en Favor de los Concejos Municipales\r\nDESCRIPTION:Cumbre Latinoamericana de Concejales\\n\\nConferencia Magistral\r\n"))
        #expect(unfolded.contains("LOCATION:Centro de Convenciones del Hotel Barceló Bávaro Palace\\, Punta Cana\\, República Dominicana"))
        #expect(unfolded.contains("CATEGORIES:Conferencia Magistral"))

        // The last session of a day has no end: no DTEND, no DURATION.
        let lastThursday = try #require(unfolded.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("DTSTART;TZID=America/Santo_Domingo:20241031T203000") })
        #expect(!lastThursday.contains("DTEND"))
        #expect(!lastThursday.contains("DURATION"))
    }

    @Test func stableUIDs() throws {
        #expect(Self.summitICS() == Self.summitICS())
        let session = try #require(AgendaSeedTests.summit().agenda.days[1].sessions.first)
        let uid = ICalendarWriter.uid(for: session, agendaKey: "cumbre-concejales-2024")
        #expect(uid.hasPrefix("cumbre-concejales-2024-20241101-0900-"))
        #expect(uid.hasSuffix("@tandem"))
        #expect(uid == ICalendarWriter.uid(for: session, agendaKey: "cumbre-concejales-2024"))
        var renamed = session
        renamed.title += " (actualizado)"
        #expect(ICalendarWriter.uid(for: renamed, agendaKey: "cumbre-concejales-2024") != uid)
        let uids = ICalendarText.unfold(Self.summitICS()).components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 14)
        // FNV-1a 64 reference value, so UIDs never change with the implementation.
        #expect(FNV1a.hex64("a") == "af63dc4c8601ec8c")
    }

    @Test func oneSessionCalendar() throws {
        let agenda = AgendaSeedTests.workshop().agenda
        let session = try #require(agenda.sessions.last)
        let ics = ICalendarText.unfold(ICalendarWriter(buildDate: Self.buildDate).calendar(for: session, in: agenda))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 2)
        #expect(ics.contains("BEGIN:VTIMEZONE"))
        #expect(ics.contains("DTSTART;TZID=America/Santo_Domingo:20241101T115500\r\nDTEND;TZID=America/Santo_Domingo:20241101T120000\r\n"))
    }

    @Test func daylightSavingZone() throws {
        let result = AgendaValidationTests.parse("## 2024-10-26\n\n- 10:00 Antes\n\n## 2024-10-28\n\n- 10:00-11:00 Después\n",
                                                 zone: "Europe/Madrid", dates: [])
        let ics = ICalendarText.unfold(ICalendarWriter(buildDate: Self.buildDate).calendar(for: result.agenda))
        #expect(ics.contains("BEGIN:DAYLIGHT"))
        #expect(ics.contains("BEGIN:STANDARD\r\nDTSTART:20241027T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"))
    }

    @Test func eventsCalendar() throws {
        let list = EventListTests.seedList().list
        let ics = ICalendarWriter(buildDate: Self.buildDate).calendar(for: list.sorted, key: "plan-mercociudades", language: "es", title: "Eventos")
        let unfolded = ICalendarText.unfold(ics)
        #expect(unfolded.components(separatedBy: "BEGIN:VEVENT").count == 19)
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20171129\r\nDTEND;VALUE=DATE:20171202\r\nSUMMARY:XXII Cumbre de Mercociudades\r\nLOCATION:Córdoba\r\n"))
        #expect(unfolded.contains("LOCATION:Santa Fe\\, Argentina"))
        #expect(!unfolded.contains("TZID"))
        #expect(Self.physicalLines(ics).allSatisfy { $0.count <= 75 })
    }

    // MARK: - Cross-check with python's icalendar

    static let pythonHasICalendar: Bool = run(["python3", "-c", "import icalendar"])?.status == 0

    static func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let readerScript = """
    import json, sys, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
    events = []
    for ev in cal.walk('VEVENT'):
        events.append({'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']),
                       'start': ev.decoded('DTSTART').isoformat(),
                       'end': ev.decoded('DTEND').isoformat() if 'DTEND' in ev else None,
                       'location': str(ev.get('LOCATION', '')), 'description': str(ev.get('DESCRIPTION', ''))})
    print(json.dumps({'zones': [str(z['TZID']) for z in cal.walk('VTIMEZONE')], 'events': events}))
    """

    struct Reading: Decodable {
        struct Event: Decodable {
            var uid: String
            var summary: String
            var start: String
            var end: String?
            var location: String
            var description: String
        }
        var zones: [String]
        var events: [Event]
    }

    static func readWithPython(_ ics: String) throws -> Reading {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-\(UUID().uuidString).ics")
        try Data(ics.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try #require(run(["python3", "-c", readerScript, file.path]))
        try #require(result.status == 0, "python could not read the calendar")
        return try JSONDecoder().decode(Reading.self, from: Data(result.output.utf8))
    }

    @Test(.enabled(if: pythonHasICalendar, "python3 with icalendar is not installed"))
    func pythonRoundTrip() throws {
        let agenda = AgendaSeedTests.summit().agenda
        let reading = try Self.readWithPython(ICalendarWriter(buildDate: Self.buildDate).calendar(for: agenda))
        #expect(reading.zones == ["America/Santo_Domingo"])
        #expect(reading.events.map(\.summary) == agenda.sessions.map(\.title))
        #expect(reading.events.map(\.start) == agenda.sessions.compactMap(\.startISO8601))
        #expect(reading.events.map(\.end) == agenda.sessions.map(\.endISO8601))
        #expect(reading.events.map(\.uid) == agenda.sessions.map { ICalendarWriter.uid(for: $0, agendaKey: agenda.metadata.key) })
        #expect(reading.events[0].location == "Centro de Convenciones del Hotel Barceló Bávaro Palace, Punta Cana, República Dominicana")
        // The event's name first, then what the session holds.
        #expect(reading.events[12].description == "Cumbre Latinoamericana de Concejales\n\nEntrega de Constancias de Participación\nDeclaración Final")

        let madrid = AgendaValidationTests.parse("## 2024-10-26\n\n- 10:00-11:00 Antes\n\n## 2024-10-28\n\n- 10:00-11:00 Después\n",
                                                 zone: "Europe/Madrid", dates: []).agenda
        let dst = try Self.readWithPython(ICalendarWriter(buildDate: Self.buildDate).calendar(for: madrid))
        #expect(dst.events.map(\.start) == ["2024-10-26T10:00:00+02:00", "2024-10-28T10:00:00+01:00"])

        let events = try Self.readWithPython(ICalendarWriter(buildDate: Self.buildDate)
            .calendar(for: EventListTests.seedList().list.sorted, key: "plan", language: "es"))
        #expect(events.events.count == 18)
        #expect(events.events.last?.start == "2018-02-28")
        #expect(events.events.last?.end == "2018-03-03")
    }
}
