import Testing
@testable import TandemCore

@Suite("Day headings")
struct DayHeadingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var heading: String
        var date: String
        var weekday: Weekday?
        var testDescription: String { heading }
    }

    @Test(arguments: [
        Case(heading: "Viernes 1 de noviembre", date: "2024-11-01", weekday: .friday),
        Case(heading: "Friday 1 November", date: "2024-11-01", weekday: .friday),
        Case(heading: "Friday, November 1", date: "2024-11-01", weekday: .friday),
        Case(heading: "Friday, November 1st, 2024", date: "2024-11-01", weekday: .friday),
        Case(heading: "Jueves | 31 de octubre", date: "2024-10-31", weekday: .thursday),
        Case(heading: "Sábado 2 de noviembre de 2024", date: "2024-11-02", weekday: .saturday),
        Case(heading: "sabado 2 de noviembre", date: "2024-11-02", weekday: .saturday),
        Case(heading: "SÁBADO 2 DE NOVIEMBRE", date: "2024-11-02", weekday: .saturday),
        Case(heading: "Miércoles 30 de octubre", date: "2024-10-30", weekday: .wednesday),
        Case(heading: "miercoles 30 de octubre", date: "2024-10-30", weekday: .wednesday),
        Case(heading: "1 de noviembre 2024", date: "2024-11-01", weekday: nil),
        Case(heading: "1° de noviembre", date: "2024-11-01", weekday: nil),
        Case(heading: "1º de noviembre", date: "2024-11-01", weekday: nil),
        Case(heading: "2024-11-01", date: "2024-11-01", weekday: nil),
        Case(heading: "Viernes 2024-11-01", date: "2024-11-01", weekday: .friday),
        Case(heading: "Thursday 31 October 2024", date: "2024-10-31", weekday: .thursday),
        Case(heading: "Sat. Nov. 2", date: "2024-11-02", weekday: .saturday),
        Case(heading: "Viernes 1 de noviembre — Talleres", date: "2024-11-01", weekday: .friday),
        Case(heading: "2 de noviembre de 2025", date: "2025-11-02", weekday: nil),
        Case(heading: "Día 2 | Viernes 1 de noviembre", date: "2024-11-01", weekday: .friday),
        Case(heading: "Day 3: Saturday, November 2", date: "2024-11-02", weekday: .saturday),
    ])
    func readsHeadings(_ example: Case) throws {
        let heading = try #require(DayHeadingParser.parse(example.heading))
        #expect(heading.date(contextYear: 2024)?.iso == example.date)
        #expect(heading.weekday == example.weekday)
    }

    @Test(arguments: ["PROGRAMA GENERAL", "1.- DETERMINANTES PARA LA ELABORACIÓN", "Agenda 2030", "Información de contacto",
                      "2) EJES RECTORES", "Viernes", "Mayo participación", "31 de octubre, 1 y 2 de noviembre en Punta Cana",
                      "1 de noviembre en Punta Cana", "Día 1", "Day 2 of the summit"])
    func ignoresOtherHeadings(_ heading: String) {
        #expect(DayHeadingParser.parse(heading) == nil)
    }

    @Test func keepsWrittenWeekdayAndLabel() throws {
        let heading = try #require(DayHeadingParser.parse("Jueves | 31 de octubre: Llegadas"))
        #expect(heading.weekdayText == "Jueves")
        #expect(heading.label == "Llegadas")
        #expect(heading.year == nil)
    }

    @Test func yearComesFromContextOrNowhere() throws {
        let heading = try #require(DayHeadingParser.parse("Lunes 31 de diciembre"))
        #expect(heading.date(contextYear: nil) == nil)
        let dates = [CalendarDate(year: 2029, month: 12, day: 31), CalendarDate(year: 2030, month: 1, day: 1)]
        #expect(DayHeading.contextYear(month: 12, day: 31, dates: dates) == 2029)
        #expect(DayHeading.contextYear(month: 1, day: 1, dates: dates) == 2030)
        #expect(try #require(DayHeadingParser.parse("31 de noviembre")).date(contextYear: 2024) == nil)
    }

    @Test func weekdaysMatchTheCalendar() {
        #expect(Weekday(of: CalendarDate(year: 2024, month: 10, day: 31)) == .thursday)
        #expect(Weekday(of: CalendarDate(year: 2024, month: 11, day: 2)) == .saturday)
        #expect(Weekday.saturday.name(language: "es") == "sábado")
        #expect(Weekday.saturday.name(language: "en") == "Saturday")
    }
}
