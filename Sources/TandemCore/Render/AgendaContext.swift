import Foundation

/// Template data for an agenda page: its days and sessions with machine-readable
/// times, the place and zone, and the URLs of its calendar and JSON exports.
struct AgendaContext {
    var agenda: Agenda
    var page: Page
    var baseURL: BaseURL
    var strings: [String: String]

    /// `sessions/<id>.ics`, with the session's id from `SessionIDs` (unique in its agenda).
    static func sessionCalendarPath(_ page: Page, sessionID: String) -> String {
        page.sitePath + "sessions/" + sessionID + ".ics"
    }

    static func calendarPath(_ page: Page) -> String { page.sitePath + "agenda.ics" }
    /// Whether the agenda gets its calendar and `schedule.json`: only with at least one session.
    static func hasExports(_ agenda: Agenda) -> Bool { !agenda.sessions.isEmpty }
    static func jsonPath(_ page: Page) -> String { page.sitePath + "schedule.json" }

    func data() -> [String: Any] {
        let locale = Locale(identifier: page.languageCode)
        let country = agenda.metadata.country.flatMap { locale.localizedString(forRegionCode: $0) }
        let place = [agenda.metadata.venue, agenda.metadata.city, country].compactMap { $0 }.joined(separator: ", ")
        var offset = ""
        if let zone = agenda.timeZone, let first = agenda.sessions.first?.startInstant {
            let seconds = zone.secondsFromGMT(for: first)
            offset = String(format: "UTC%@%02d:%02d", seconds < 0 ? "−" : "+", abs(seconds) / 3600, abs(seconds) % 3600 / 60)
        }
        let minutes = strings["minutes_short"] ?? "min"
        let ids = SessionIDs.make(agenda.sessions)
        var position = 0
        let days: [[String: Any]] = agenda.days.map { day in
            let sessions: [[String: Any]] = day.sessions.map { session in
                // `agenda.sessions` is the days' sessions in this same order.
                let id = position < ids.count ? ids[position] : ""
                position += 1
                var item: [String: Any] = [
                    "id": id, "start": session.start.description,
                    "startISO": session.startISO8601 ?? "", "title": session.title,
                    "kind": session.kind ?? "", "hasKind": session.kind != nil,
                    "details": session.details, "hasDetails": !session.details.isEmpty,
                    "speakers": session.speakers.joined(separator: ", "), "hasSpeakers": !session.speakers.isEmpty,
                    "icsURL": baseURL.path(Self.sessionCalendarPath(page, sessionID: id)),
                ]
                if let end = session.end {
                    item["end"] = end.description
                    item["endISO"] = session.endISO8601 ?? ""
                    item["hasEnd"] = true
                }
                if let duration = session.durationMinutes { item["duration"] = "\(duration) \(minutes)" }
                return item
            }
            return [
                "id": "d-" + day.date.iso, "dateISO": day.date.iso, "heading": day.headingText,
                "sessions": sessions, "hasSessions": !sessions.isEmpty,
                "notes": day.notes.map(\.text), "unparsed": day.unparsedItems.map(\.text),
                "hasUnparsed": !day.unparsedItems.isEmpty,
            ]
        }
        return [
            "place": place, "hasPlace": !place.isEmpty, "timeZone": agenda.metadata.timeZone ?? "", "utcOffset": offset,
            "days": days, "hasDays": !days.isEmpty, "sessionCount": agenda.sessions.count,
            "icsURL": baseURL.path(Self.calendarPath(page)), "jsonURL": baseURL.path(Self.jsonPath(page)),
            "hasExports": Self.hasExports(agenda),
        ]
    }
}
