import Foundation

/// Turns a programme's wall-clock times into instants and back, in the
/// programme's zone, with plain arithmetic rather than DateFormatter so the
/// output never depends on the machine's locale or zone.
public enum ZonedTime: Sendable {
    /// The instant of `time` on `date` in `zone`. `24:00` is midnight at the end of the day.
    public static func instant(date: CalendarDate, time: TimeOfDay, zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let day = time.hour == 24 ? date.adding(days: 1) : date
        let components = DateComponents(year: day.year, month: day.month, day: day.day,
                                        hour: time.hour % 24, minute: time.minute)
        return calendar.date(from: components)
    }

    /// `2024-11-01T10:30:00-04:00`: the wall time in the zone and its UTC offset at that instant.
    public static func iso8601(_ instant: Date, zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let local = wallClock(instant, offsetSeconds: offset)
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(local.date.iso)T\(pad(local.hour)):\(pad(local.minute)):\(pad(local.second))"
            + "\(sign)\(pad(magnitude / 3600)):\(pad(magnitude % 3600 / 60))"
    }

    /// The calendar day and clock reading of an instant at a fixed UTC offset.
    static func wallClock(_ instant: Date, offsetSeconds: Int) -> (date: CalendarDate, hour: Int, minute: Int, second: Int) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        return (CalendarDate(daysSinceEpoch: days), rest / 3600, rest % 3600 / 60, rest % 60)
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
