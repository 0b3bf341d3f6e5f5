import Foundation

/// Writes agendas and event timelines as iCalendar (RFC 5545) files that calendar
/// apps import: one for a whole agenda, one per session ("add to my calendar"),
/// and one of all-day events for a timeline.
///
/// Output is deterministic: UIDs are derived from the content, DTSTAMP from the
/// injected build date, so rebuilding unchanged content gives identical files and
/// a re-import updates events instead of duplicating them.
public struct ICalendarWriter: Sendable {
    /// Used for DTSTAMP; the clock is never read.
    public var buildDate: CalendarDate

    public init(buildDate: CalendarDate) {
        self.buildDate = buildDate
    }

    /// The whole agenda: a VTIMEZONE for its span and a VEVENT per session.
    public func calendar(for agenda: Agenda) -> String {
        document(for: agenda, sessions: agenda.sessions)
    }

    /// A calendar holding one session, for a per-session download link.
    public func calendar(for session: AgendaSession, in agenda: Agenda) -> String {
        document(for: agenda, sessions: [session])
    }

    /// A timeline as all-day events; DTEND is the day after the last day, as the RFC wants.
    public func calendar(for events: [EventItem], key: String, language: String, title: String? = nil) -> String {
        var lines = header(language: language, title: title)
        for event in events {
            lines += ["BEGIN:VEVENT",
                      "UID:\(Self.uid(for: event, listKey: key))",
                      "DTSTAMP:\(stamp)",
                      "DTSTART;VALUE=DATE:\(ICalendarText.compact(event.start))",
                      "DTEND;VALUE=DATE:\(ICalendarText.compact(event.end.adding(days: 1)))",
                      "SUMMARY:\(ICalendarText.escape(event.title))"]
            if let place = event.place { lines.append("LOCATION:\(ICalendarText.escape(place))") }
            let description = [event.organizer, event.description].compactMap { $0 }.joined(separator: "\n")
            if !description.isEmpty { lines.append("DESCRIPTION:\(ICalendarText.escape(description))") }
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.document(lines)
    }

    // MARK: - Identifiers

    /// `<agenda key>-<yyyymmdd>-<hhmm>-<FNV-1a of the title>@tandem`: stable across builds,
    /// different for two sessions at the same time.
    public static func uid(for session: AgendaSession, agendaKey: String) -> String {
        let time = ZonedTime.pad(session.start.hour) + ZonedTime.pad(session.start.minute)
        // Parallel sessions may share a title ("Taller" in two rooms): the room keeps their UIDs apart.
        let identity = session.room.map { session.title + "\u{1F}" + $0 } ?? session.title
        return "\(keyPart(agendaKey))-\(ICalendarText.compact(session.date))-\(time)-\(FNV1a.hex64(identity))@tandem"
    }

    public static func uid(for event: EventItem, listKey: String) -> String {
        "\(keyPart(listKey))-\(ICalendarText.compact(event.start))-\(FNV1a.hex64(event.title))@tandem"
    }

    private static func keyPart(_ key: String) -> String {
        let slug = Slug.make(key)
        return slug.isEmpty ? "agenda" : slug
    }

    // MARK: - Building blocks

    private var stamp: String { ICalendarText.compact(buildDate) + "T000000Z" }

    private func header(language: String, title: String?) -> [String] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Tandem//\(Self.languageTag(language))",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let title, !title.isEmpty { lines.append("X-WR-CALNAME:\(ICalendarText.escape(title))") }
        return lines
    }

    private func document(for agenda: Agenda, sessions: [AgendaSession]) -> String {
        let metadata = agenda.metadata
        var lines = header(language: metadata.language, title: metadata.title)
        let zone = agenda.timeZone
        if let zone {
            lines.append("X-WR-TIMEZONE:\(zone.identifier)")
            let instants = sessions.flatMap { [$0.startInstant, $0.endInstant].compactMap { $0 } }
            if let first = instants.min(), let last = instants.max() {
                lines += VTimeZoneBuilder.lines(zone: zone, from: first, to: last)
            }
        }
        for session in sessions {
            lines += event(session, agenda: agenda, zone: zone)
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.document(lines)
    }

    private func event(_ session: AgendaSession, agenda: Agenda, zone: TimeZone?) -> [String] {
        // Without a known zone the times are "floating": shown as written wherever the reader is.
        let zoneParameter = zone.map { ";TZID=\($0.identifier)" } ?? ""
        var lines = ["BEGIN:VEVENT",
                     "UID:\(Self.uid(for: session, agendaKey: agenda.metadata.key))",
                     "DTSTAMP:\(stamp)",
                     "DTSTART\(zoneParameter):\(ICalendarText.dateTime(session.date, session.start))"]
        switch session.endSource {
        case .written, .statedDuration, .nextSession:
            if let end = session.end, end > session.start {
                lines.append("DTEND\(zoneParameter):\(ICalendarText.dateTime(session.date, end))")
            } else if let minutes = session.statedDuration {
                lines.append("DURATION:PT\(minutes)M")
            }
        case .none:
            break
        }
        lines.append("SUMMARY:\(ICalendarText.escape(session.title))")
        let description = ([session.kind].compactMap { $0 } + session.details).joined(separator: "\n")
        if !description.isEmpty { lines.append("DESCRIPTION:\(ICalendarText.escape(description))") }
        let country = agenda.metadata.country.flatMap { CountryNames.name(for: $0, language: agenda.metadata.language) }
        let location = [session.room, agenda.metadata.venue, agenda.metadata.city, country].compactMap { $0 }.filter { !$0.isEmpty }
        if !location.isEmpty { lines.append("LOCATION:\(ICalendarText.escape(location.joined(separator: ", ")))") }
        if let kind = session.kind { lines.append("CATEGORIES:\(ICalendarText.escape(kind))") }
        lines.append("END:VEVENT")
        return lines
    }

    /// "ES", "EN": the language part of the PRODID.
    private static func languageTag(_ language: String) -> String {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        return primary.isEmpty ? "ES" : primary.uppercased()
    }
}
