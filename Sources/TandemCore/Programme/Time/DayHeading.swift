/// A day heading as written: "Viernes 1 de noviembre", "Friday, November 1, 2024".
/// The year may be missing (the agenda's `dates` supply it), and the weekday is
/// kept so validation can compare it with the real weekday of the date.
public struct DayHeading: Sendable, Equatable {
    public var day: Int
    public var month: Int
    public var year: Int?
    public var weekday: Weekday?
    /// The weekday as written ("Jueves"), for messages in the writer's words.
    public var weekdayText: String?
    /// Text after the date phrase ("Día de talleres" in "1 de noviembre — Día de talleres").
    public var label: String?

    public init(day: Int, month: Int, year: Int? = nil, weekday: Weekday? = nil, weekdayText: String? = nil, label: String? = nil) {
        self.day = day
        self.month = month
        self.year = year
        self.weekday = weekday
        self.weekdayText = weekdayText
        self.label = label
    }

    /// The date, with the heading's own year or else `contextYear`; nil when no
    /// year is known or the day does not exist (31 November).
    public func date(contextYear: Int?) -> CalendarDate? {
        guard let year = year ?? contextYear else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    /// The year to use for a heading without one: that of the agenda date with the
    /// same month and day (so a programme over New Year picks the right one), else
    /// the first agenda date's.
    public static func contextYear(month: Int, day: Int, dates: [CalendarDate]) -> Int? {
        dates.first { $0.month == month && $0.day == day }?.year
            ?? dates.first { $0.month == month }?.year
            ?? dates.first?.year
    }
}
