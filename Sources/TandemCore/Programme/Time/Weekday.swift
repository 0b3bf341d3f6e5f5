/// A day of the week, numbered as ISO 8601 does (Monday = 1) so it can be
/// compared with `CalendarDate.isoWeekday` directly.
public enum Weekday: Int, Sendable, CaseIterable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public init?(of date: CalendarDate) {
        self.init(rawValue: date.isoWeekday)
    }

    /// The name in a programme language: lower case in Spanish, as Spanish writes it
    /// inside a sentence; capitalised in English.
    public func name(language: String) -> String {
        let index = rawValue - 1
        return language.hasPrefix("es") ? CalendarWords.spanishWeekdays[index] : CalendarWords.englishWeekdays[index]
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
