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
    /// - Parameter pageURL: the agenda page's absolute URL; each event links to its
    ///   session there (`URL:…#s-2024-11-01-1030`). Nil leaves `URL` out (a site with no origin).
    public func calendar(for agenda: Agenda, pageURL: String? = nil) -> String {
        document(for: agenda, sessions: Array(zip(agenda.sessions, SessionIDs.make(agenda.sessions))), pageURL: pageURL)
    }

    /// A calendar holding one session, for a per-session download link; `sessionID` is its anchor on the page.
    public func calendar(for session: AgendaSession, in agenda: Agenda, sessionID: String = "", pageURL: String? = nil) -> String {
        document(for: agenda, sessions: [(session, sessionID)], pageURL: pageURL)
    }

    /// A timeline as all-day events; DTEND is the day after the last day, as the RFC wants.
    public func calendar(for events: [EventItem], key: String, language: String, title: String? = nil, pageURL: String? = nil) -> String {
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
            if let pageURL { lines.append("URL:\(pageURL)") }
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

    private func document(for agenda: Agenda, sessions: [(session: AgendaSession, id: String)], pageURL: String?) -> String {
        let metadata = agenda.metadata
        var lines = header(language: metadata.language, title: metadata.title)
        let zone = agenda.timeZone
        if let zone {
            lines.append("X-WR-TIMEZONE:\(zone.identifier)")
            let instants = sessions.flatMap { [$0.session.startInstant, $0.session.endInstant].compactMap { $0 } }
            if let first = instants.min(), let last = instants.max() {
                lines += VTimeZoneBuilder.lines(zone: zone, from: first, to: last)
            }
        }
        for (session, id) in sessions {
            let url = pageURL.map { id.isEmpty ? $0 : $0 + "#" + id }
            lines += event(session, agenda: agenda, zone: zone, url: url)
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.document(lines)
    }

    private func event(_ session: AgendaSession, agenda: Agenda, zone: TimeZone?, url: String?) -> [String] {
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
        // The event's name first: a calendar shows the session's title alone, out of its programme.
        var description = [agenda.metadata.title ?? agenda.metadata.key]
        let about = [session.kind].compactMap { $0 } + session.speakersAsWritten + session.details
        if !about.isEmpty { description += [""] + about }
        // Many calendar apps show DESCRIPTION but not URL: the link goes in both.
        if let url { description += ["", url] }
        lines.append("DESCRIPTION:\(ICalendarText.escape(description.joined(separator: "\n")))")
        let country = agenda.metadata.country.flatMap { CountryNames.name(for: $0, language: agenda.metadata.language) }
        let location = [session.room, agenda.metadata.venue, agenda.metadata.city, country].compactMap { $0 }.filter { !$0.isEmpty }
        if !location.isEmpty { lines.append("LOCATION:\(ICalendarText.escape(location.joined(separator: ", ")))") }
        if let kind = session.kind { lines.append("CATEGORIES:\(ICalendarText.escape(kind))") }
        if let url { lines.append("URL:\(url)") }
        lines.append("END:VEVENT")
        return lines
    }

    /// "ES", "EN": the language part of the PRODID.
    private static func languageTag(_ language: String) -> String {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        return primary.isEmpty ? "ES" : primary.uppercased()
    }
}
