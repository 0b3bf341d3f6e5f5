import Foundation

/// Recognises headings that name a day of the programme, in Spanish or English:
/// "Viernes 1 de noviembre", "Jueves | 31 de octubre", "Friday, November 1",
/// "Sábado 2 de noviembre de 2024", "1 de noviembre 2024", "2024-11-01".
///
/// The heading must start with the date (a weekday may come first) and anything
/// after it must follow a separator, so "1.- Determinantes del plan" or
/// "Agenda 2030" are never mistaken for days.
public enum DayHeadingParser: Sendable {
    public static func parse(_ text: String) -> DayHeading? {
        let characters = Array(text)
        let tokens = DateToken.tokenize(text)
        var index = 0
        var weekday: Weekday?
        var weekdayText: String?

        func skipMarks() {
            while index < tokens.count, case .mark(let mark) = tokens[index].kind, ",|-–—/:.".contains(mark) { index += 1 }
        }
        func skipFillers(_ words: Set<String>) {
            while index < tokens.count, case .word(let word) = tokens[index].kind, words.contains(word) { index += 1 }
        }

        // "Día 1 | Viernes 1 de noviembre", "Day 2: Friday, November 1": the day's number is not its date.
        if tokens.count > 2, case .word(let word) = tokens[0].kind, ["dia", "day", "jornada"].contains(word),
           case .number = tokens[1].kind, case .mark = tokens[2].kind {
            index = 2
            skipMarks()
        }
        if index < tokens.count, case .weekday(let found) = tokens[index].kind {
            weekday = found
            weekdayText = String(characters[tokens[index].range]).trimmingDots
            index += 1
            skipMarks()
        }
        skipFillers(["the", "el"])
        guard index < tokens.count else { return nil }

        var day: Int
        var month: Int
        var year: Int?
        switch tokens[index].kind {
        case .isoDate(let date):
            day = date.day
            month = date.month
            year = date.year
            index += 1
        case .number(let number):
            day = number
            index += 1
            skipFillers(["de", "of"])
            skipMarks()
            guard index < tokens.count, case .month(let found) = tokens[index].kind else { return nil }
            month = found
            index += 1
            year = trailingYear(tokens, &index)
        case .month(let found):
            month = found
            index += 1
            skipMarks()
            guard index < tokens.count, case .number(let number) = tokens[index].kind else { return nil }
            day = number
            index += 1
            year = trailingYear(tokens, &index)
        default:
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }

        var label: String?
        if index < tokens.count {
            // Extra words need a separator before them, or the heading is prose, not a date.
            guard case .mark(let mark) = tokens[index].kind, "|-–—:(·".contains(mark) else { return nil }
            let rest = String(characters[tokens[index].range.lowerBound...])
            let trimmed = ScalarTrim.trimming(rest) { ScalarTrim.isWhitespaceOrNewline($0) || "|-–—:(),·".unicodeScalars.contains($0) }
            label = trimmed.isEmpty ? nil : trimmed
        }
        return DayHeading(day: day, month: month, year: year, weekday: weekday, weekdayText: weekdayText, label: label)
    }

    /// `de 2024`, `del 2024`, `, 2024`, ` 2024` after the month.
    private static func trailingYear(_ tokens: [DateToken], _ index: inout Int) -> Int? {
        var probe = index
        while probe < tokens.count {
            switch tokens[probe].kind {
            case .word("de"), .word("del"), .mark(","):
                probe += 1
                continue
            case .year(let year):
                index = probe + 1
                return year
            default:
                return nil
            }
        }
        return nil
    }
}
