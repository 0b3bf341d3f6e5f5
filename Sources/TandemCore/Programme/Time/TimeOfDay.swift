/// A wall-clock time as printed in a programme, with no date or zone attached:
/// the zone is applied only when an absolute instant is needed.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Nil for impossible times. 24:00 is allowed because programmes use it for "until midnight".
    public init?(hour: Int, minute: Int) {
        guard (0...59).contains(minute), (0...23).contains(hour) || (hour == 24 && minute == 0) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// 00:00, the start of a day.
    public static let midnight = TimeOfDay(checkedHour: 0, minute: 0)

    private init(checkedHour hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// Nil when the result would fall past midnight, which a one-day schedule cannot show.
    public func adding(minutes: Int) -> TimeOfDay? {
        let total = minutesSinceMidnight + minutes
        guard total >= 0 else { return nil }
        return TimeOfDay(hour: total / 60, minute: total % 60)
    }

    /// `09:30`: zero-padded so times sort and align as text.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }
}
