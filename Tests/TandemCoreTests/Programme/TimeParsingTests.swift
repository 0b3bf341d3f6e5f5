import Testing
@testable import TandemCore

@Suite("Times and durations")
struct TimeParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var start: String
        var end: String?
        var duration: Int?
        var remainder: String
        var testDescription: String { input }
    }

    @Test(arguments: [
        Case(input: "10:30-10:40 Palabras", start: "10:30", end: "10:40", remainder: "Palabras"),
        Case(input: "10:30–10:40 Palabras", start: "10:30", end: "10:40", remainder: "Palabras"),
        Case(input: "10:30 - 10:40 Palabras", start: "10:30", end: "10:40", remainder: "Palabras"),
        Case(input: "10:30 — 10:40: Palabras", start: "10:30", end: "10:40", remainder: "Palabras"),
        Case(input: "10:00 hrs. Recepción", start: "10:00", remainder: "Recepción"),
        Case(input: "10:00 hrs Recepción", start: "10:00", remainder: "Recepción"),
        Case(input: "10:00 hrs.** Recepción de Participantes", start: "10:00", remainder: "Recepción de Participantes"),
        Case(input: "9:00 Conferencia", start: "09:00", remainder: "Conferencia"),
        Case(input: "14:00 h Taller", start: "14:00", remainder: "Taller"),
        Case(input: "14:00 Homenaje", start: "14:00", remainder: "Homenaje"),
        Case(input: "10:30 am Opening", start: "10:30", remainder: "Opening"),
        Case(input: "2:30 pm Closing", start: "14:30", remainder: "Closing"),
        Case(input: "12:15 p.m. Lunch", start: "12:15", remainder: "Lunch"),
        Case(input: "12:00 am Midnight", start: "00:00", remainder: "Midnight"),
        Case(input: "11:00-1:00 pm Workshop", start: "11:00", end: "13:00", remainder: "Workshop"),
        Case(input: "2:00-3:30 pm Panel", start: "14:00", end: "15:30", remainder: "Panel"),
        Case(input: "10h30 Pausa", start: "10:30", remainder: "Pausa"),
        Case(input: "10.30 h Pausa", start: "10:30", remainder: "Pausa"),
        Case(input: "10:00 a 11:00 Taller", start: "10:00", end: "11:00", remainder: "Taller"),
        Case(input: "10:00 to 11:00 Workshop", start: "10:00", end: "11:00", remainder: "Workshop"),
        Case(input: "10:00 a cargo de FLACMA", start: "10:00", remainder: "a cargo de FLACMA"),
        Case(input: "10:00 - Apertura", start: "10:00", remainder: "Apertura"),
        Case(input: "10:30-10:40 (10 minutos) Palabras", start: "10:30", end: "10:40", duration: 10, remainder: "Palabras"),
        Case(input: "10:40 (20 minutes) Topic", start: "10:40", duration: 20, remainder: "Topic"),
        Case(input: "10:00 (1 hora) Taller", start: "10:00", duration: 60, remainder: "Taller"),
        Case(input: "10:00 (1 hour) Workshop", start: "10:00", duration: 60, remainder: "Workshop"),
        Case(input: "10:00 (90 min) Panel", start: "10:00", duration: 90, remainder: "Panel"),
        Case(input: "10:00 (1 h 30 min) Panel", start: "10:00", duration: 90, remainder: "Panel"),
        Case(input: "10:00 (1,5 horas) Panel", start: "10:00", duration: 90, remainder: "Panel"),
        Case(input: "10:00 (virtual) Panel", start: "10:00", remainder: "(virtual) Panel"),
        Case(input: "11:55-12:00", start: "11:55", end: "12:00", remainder: ""),
        Case(input: "18:00-24:00 Fiesta", start: "18:00", end: "24:00", remainder: "Fiesta"),
    ])
    func readsTimes(_ example: Case) throws {
        guard case .parsed(let parsed) = TimeRangeParser.parse(example.input) else {
            Issue.record("no time read from \(example.input)")
            return
        }
        #expect(parsed.start.description == example.start)
        #expect(parsed.end?.description == example.end)
        #expect(parsed.statedDuration == example.duration)
        #expect(parsed.remainder == example.remainder)
    }

    @Test(arguments: [
        ("25:00 Fiesta", "25:00 is not a valid time: hours go from 0 to 23"),
        ("10:75 Pausa", "10:75 is not a valid time: minutes go from 00 to 59"),
        ("10:30-10:75 Pausa", "10:75 is not a valid time: minutes go from 00 to 59"),
        ("13:00 pm Lunch", "13:00 pm is not a valid time: with am/pm the hour goes from 1 to 12"),
    ])
    func rejectsImpossibleTimes(input: String, reason: String) {
        #expect(TimeRangeParser.parse(input) == .invalid(reason: reason))
    }

    @Test(arguments: ["Recepción de Participantes", "2016 **XXI Cumbre**", "1.- Determinantes", "10 participantes", "Tema 1: Principios", ""])
    func findsNoTime(input: String) {
        #expect(TimeRangeParser.parse(input) == .noTime)
    }

    @Test func timeOfDayArithmetic() throws {
        let start = try #require(TimeOfDay(hour: 11, minute: 20))
        #expect(start.adding(minutes: 35)?.description == "11:55")
        #expect(start.adding(minutes: 13 * 60) == nil)
        #expect(TimeOfDay(hour: 24, minute: 1) == nil)
        #expect(TimeOfDay(hour: 9, minute: 5)?.description == "09:05")
    }
}
