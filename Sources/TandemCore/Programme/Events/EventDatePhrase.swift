/// A date phrase inside an event item, in the many ways people write one:
/// "23-25 de noviembre", "19 – 21 de abril", "15 y 16 de junio de",
/// "28 de Febrero al 2 de marzo", "29 y 30 De noviembre y 1° de Diciembre",
/// "Marzo de 2018", "April 19-21, 2017", "28 February to 2 March", "March 2018".
struct EventDatePhrase: Equatable, Sendable {
    /// Character offsets of the phrase in the text it was found in.
    var range: Range<Int>
    var start: CalendarDate
    var end: CalendarDate
    var precision: EventItem.Precision

    enum Failure: Error, Equatable, Sendable {
        case noDate
        case noYear
        case impossible(String)
    }

    /// Words that join the parts of a date phrase; they never end one.
    private static let connectors: Set<String> = ["de", "del", "of", "the", "al", "a", "y", "and", "to", "through", "hasta", "until", "el"]
    private static let joiningMarks: Set<Character> = ["-", "–", "—", "‒", ",", "/", "&"]

    /// Finds the first date phrase in `text`. A phrase needs a month; a month alone
    /// counts only at the very start (`Abril participar…`), so "may" or "marzo" inside
    /// prose never becomes a date.
    static func find(in text: String, contextYear: Int?) -> Result<EventDatePhrase, Failure> {
        let tokens = DateToken.tokenize(text)
        var index = 0
        var sawMonthWithoutYear = false
        while index < tokens.count {
            guard isStart(tokens[index]) else {
                index += 1
                continue
            }
            var endIndex = index
            while endIndex + 1 < tokens.count, isPart(tokens[endIndex + 1]) { endIndex += 1 }
            // Connectors and marks may join a phrase but never end it ("15 y 16 de junio de Barcelona").
            while endIndex > index, !isStart(tokens[endIndex]) { endIndex -= 1 }
            let run = Array(tokens[index...endIndex])
            let hasMonth = run.contains { if case .month = $0.kind { true } else if case .isoDate = $0.kind { true } else { false } }
            let hasNumber = run.contains { if case .month = $0.kind { false } else { isStart($0) } }
            let atStart = tokens[..<index].allSatisfy { if case .mark = $0.kind { true } else { false } }
            if hasMonth && (hasNumber || atStart) {
                switch interpret(run, contextYear: contextYear) {
                case .success(let phrase):
                    return .success(EventDatePhrase(range: run[0].range.lowerBound..<run[run.count - 1].range.upperBound,
                                                    start: phrase.start, end: phrase.end, precision: phrase.precision))
                case .failure(.noYear):
                    sawMonthWithoutYear = true
                case .failure(let failure):
                    return .failure(failure)
                }
            }
            index = endIndex + 1
        }
        return .failure(sawMonthWithoutYear ? .noYear : .noDate)
    }

    private static func isStart(_ token: DateToken) -> Bool {
        switch token.kind {
        case .number, .year, .month, .isoDate: true
        default: false
        }
    }

    private static func isPart(_ token: DateToken) -> Bool {
        switch token.kind {
        case .number, .year, .month, .isoDate: true
        case .word(let word): connectors.contains(word)
        case .mark(let mark): joiningMarks.contains(mark)
        case .weekday: true
        }
    }

    /// A month with the days written next to it and the year, if written.
    private struct Group: Sendable {
        var month: Int
        var days: [Int]
        var year: Int?
    }

    private static func interpret(_ run: [DateToken], contextYear: Int?)
        -> Result<(start: CalendarDate, end: CalendarDate, precision: EventItem.Precision), Failure> {
        var groups: [Group] = []
        var pendingDays: [Int] = []
        // "28 de febrero" puts days before their month; "February 28" after it.
        let daysFirst = run.first { isStart($0) }.map { if case .number = $0.kind { true } else { false } } ?? true
        for token in run {
            switch token.kind {
            case .number(let day):
                if daysFirst || groups.isEmpty {
                    pendingDays.append(day)
                } else {
                    groups[groups.count - 1].days.append(day)
                }
            case .month(let month):
                groups.append(Group(month: month, days: daysFirst ? pendingDays : [], year: nil))
                pendingDays = []
            case .isoDate(let date):
                groups.append(Group(month: date.month, days: [date.day], year: date.year))
            case .year(let year):
                for index in groups.indices where groups[index].year == nil { groups[index].year = year }
            default:
                break
            }
        }
        guard !groups.isEmpty else { return .failure(.noDate) }

        // Fill in missing years from the nearest written one, stepping over New Year.
        if let firstKnown = groups.firstIndex(where: { $0.year != nil }) {
            for index in stride(from: firstKnown - 1, through: 0, by: -1) {
                let next = groups[index + 1]
                groups[index].year = (next.year ?? 0) - (groups[index].month > next.month ? 1 : 0)
            }
        } else {
            guard let contextYear else { return .failure(.noYear) }
            groups[0].year = contextYear
        }
        for index in groups.indices.dropFirst() where groups[index].year == nil {
            let previous = groups[index - 1]
            groups[index].year = (previous.year ?? 0) + (groups[index].month < previous.month ? 1 : 0)
        }

        let first = groups[0]
        let last = groups[groups.count - 1]
        guard let firstYear = first.year, let lastYear = last.year else { return .failure(.noYear) }
        let hasDays = groups.contains { !$0.days.isEmpty }
        let start = CalendarDate(year: firstYear, month: first.month, day: hasDays ? (first.days.first ?? 1) : 1)
        let end = CalendarDate(year: lastYear, month: last.month,
                               day: last.days.last ?? CalendarDate.daysInMonth(year: lastYear, month: last.month))
        guard start.isValid else { return .failure(.impossible("\(start.iso) is not a date that exists")) }
        guard end.isValid else { return .failure(.impossible("\(end.iso) is not a date that exists")) }
        guard start <= end else { return .failure(.impossible("the event ends (\(end.iso)) before it starts (\(start.iso))")) }
        return .success((start, end, hasDays ? .day : .month))
    }
}
