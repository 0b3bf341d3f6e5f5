import Foundation

/// Writes a VTIMEZONE for the span of a calendar's events from Foundation's zone
/// data, so calendar apps show the right local times without Tandem shipping its
/// own copy of the tz database.
enum VTimeZoneBuilder: Sendable {
    /// How far before the first event to look for the transition that started the
    /// observance in effect: a year always contains one in zones with DST.
    private static let lookBack: TimeInterval = 366 * 86_400

    static func lines(zone: TimeZone, from start: Date, to end: Date) -> [String] {
        var transitions: [Date] = []
        var cursor = start.addingTimeInterval(-lookBack)
        // Bounded: a calendar spans days or weeks; a runaway loop would be a Foundation bug.
        while transitions.count < 64, let next = zone.nextDaylightSavingTimeTransition(after: cursor), next <= end {
            transitions.append(next)
            cursor = next
        }

        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        if transitions.first.map({ $0 > start }) ?? true {
            // No change before the first event inside the look-back year: the zone's
            // offset then has held "forever" as far as this calendar is concerned.
            let reference = transitions.first?.addingTimeInterval(-1) ?? start
            let offset = zone.secondsFromGMT(for: reference)
            lines += observance(daylight: zone.isDaylightSavingTime(for: reference), start: "19700101T000000",
                                from: offset, to: offset, name: zone.abbreviation(for: reference))
        }
        for transition in transitions {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            // DTSTART of an observance is the local time just before it, in the old offset.
            let wall = ZonedTime.wallClock(transition, offsetSeconds: before)
            let start = ICalendarText.compact(wall.date) + "T" + ZonedTime.pad(wall.hour) + ZonedTime.pad(wall.minute) + ZonedTime.pad(wall.second)
            lines += observance(daylight: zone.isDaylightSavingTime(for: transition), start: start,
                                from: before, to: after, name: zone.abbreviation(for: transition))
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private static func observance(daylight: Bool, start: String, from: Int, to: Int, name: String?) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        var lines = ["BEGIN:\(kind)", "DTSTART:\(start)", "TZOFFSETFROM:\(offset(from))", "TZOFFSETTO:\(offset(to))"]
        if let name, !name.isEmpty { lines.append("TZNAME:\(ICalendarText.escape(name))") }
        lines.append("END:\(kind)")
        return lines
    }

    /// `-0400`, `+0530`: the UTC-OFFSET value type.
    static func offset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + ZonedTime.pad(magnitude / 3600) + ZonedTime.pad(magnitude % 3600 / 60)
    }
}
