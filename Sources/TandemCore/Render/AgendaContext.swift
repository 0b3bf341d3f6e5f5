import Foundation

/// Template data for an agenda page: its days and sessions with machine-readable
/// times, the place and zone, and the URLs of its calendar and JSON exports.
struct AgendaContext {
    var agenda: Agenda
    var page: Page
    var baseURL: BaseURL
    var strings: [String: String]
    /// Writes the programme's dates and each day's full date in the page's language.
    var dateText: DateText?
    var prose = AgendaProse.empty

    /// `sessions/<id>.ics`, with the session's id from `SessionIDs` (unique in its agenda).
    static func sessionCalendarPath(_ page: Page, sessionID: String) -> String {
        page.sitePath + "sessions/" + sessionID + ".ics"
    }

    static func calendarPath(_ page: Page) -> String { page.sitePath + "agenda.ics" }
    /// Whether the agenda gets its calendar and `schedule.json`: only with at least one session.
    static func hasExports(_ agenda: Agenda) -> Bool { !agenda.sessions.isEmpty }
    static func jsonPath(_ page: Page) -> String { page.sitePath + "schedule.json" }

    /// The speakers line: names with their roles as written, then any other name found; roles
    /// contain commas, so speakers written that way are separated by semicolons.
    static func speakerText(_ session: AgendaSession) -> String {
        guard !session.speakersAsWritten.isEmpty else { return session.speakers.joined(separator: ", ") }
        let others = session.speakers.filter { name in !session.speakersAsWritten.contains { $0.contains(name) } }
        return (session.speakersAsWritten + others).joined(separator: "; ")
    }

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
        let fullDate = { (date: CalendarDate) -> String in
            let weekday = Weekday(of: date)?.name(language: page.languageCode) ?? ""
            let text = dateText?.string(date) ?? date.iso
            return (strings["agenda_day_format"] ?? "{weekday}, {date}").replacingOccurrences(of: "{weekday}", with: weekday)
                .replacingOccurrences(of: "{date}", with: text)
        }
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
                    "speakers": Self.speakerText(session), "hasSpeakers": !session.speakers.isEmpty || !session.speakersAsWritten.isEmpty,
                    "icsURL": baseURL.path(Self.sessionCalendarPath(page, sessionID: id)),
                ]
                if let end = session.end {
                    item["end"] = end.description
                    item["endISO"] = session.endISO8601 ?? ""
                    item["hasEnd"] = true
                }
                // A guessed end (the next session's start) is marked as such, and its length is not stated as a fact.
                let isInferred = session.endSource == .nextSession
                item["isEndInferred"] = isInferred
                if let duration = session.durationMinutes, !isInferred { item["duration"] = "\(duration) \(minutes)" }
                return item
            }
            return [
                "id": "d-" + day.date.iso, "dateISO": day.date.iso, "heading": day.headingText, "fullDate": fullDate(day.date),
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
            "eventTitle": page.title,
            "dates": dates(), "hasDates": agenda.dateSpan != nil,
            "introduction": prose.introductionHTML, "hasIntroduction": !prose.introductionHTML.isEmpty,
            "closing": prose.closingHTML, "hasClosing": !prose.closingHTML.isEmpty,
            "written": prose.writtenHTML,
        ]
    }

    /// The programme's first and last day: `{first: {iso, text}, last: {iso, text}, isOneDay}`.
    private func dates() -> [String: Any] {
        guard let span = agenda.dateSpan else { return [:] }
        func date(_ date: CalendarDate) -> [String: String] { ["iso": date.iso, "text": dateText?.string(date) ?? date.iso] }
        return ["first": date(span.lowerBound), "last": date(span.upperBound), "isOneDay": span.lowerBound == span.upperBound]
    }
}
