import Foundation

/// Writes an agenda as `schedule.json` in the frab/pretalx schedule format
/// (documented in SCHEMA.md). Deterministic: keys sorted, rooms and events in a
/// fixed order, and nothing taken from the clock, so unchanged content gives
/// byte-identical output.
public struct AgendaJSONExporter: Sendable {
    /// Prefix for `base_url`; nil leaves it out.
    public var baseURL: String?

    public init(baseURL: String? = nil) {
        self.baseURL = baseURL
    }

    public func data(for agenda: Agenda) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var schedule = ScheduleJSON.Schedule(version: "", baseURL: baseURL, conference: conference(for: agenda))
        // The version changes exactly when the programme does, so apps know when to refresh.
        schedule.version = String(FNV1a.hex64(String(decoding: try encoder.encode(schedule.conference), as: UTF8.self)).prefix(12))
        let document = ScheduleJSON.Document(generator: ScheduleJSON.Generator(name: "Tandem", url: nil), schedule: schedule)
        return HTMLSafeJSON.escape(try encoder.encode(document)) + Data("\n".utf8)
    }

    public func string(for agenda: Agenda) throws -> String {
        String(decoding: try data(for: agenda), as: UTF8.self)
    }

    // MARK: - Mapping

    private func conference(for agenda: Agenda) -> ScheduleJSON.Conference {
        let metadata = agenda.metadata
        let span = agenda.dateSpan
        let first = span?.lowerBound
        let last = span?.upperBound
        let days = agenda.days.enumerated().map { day(for: $1, index: $0 + 1, agenda: agenda) }
        return ScheduleJSON.Conference(
            acronym: Slug.make(metadata.key), title: metadata.title ?? metadata.key,
            start: first?.iso ?? "", end: last?.iso ?? "",
            daysCount: first.flatMap { start in last.map { $0.daysSinceEpoch - start.daysSinceEpoch + 1 } } ?? 0,
            timeslotDuration: "00:05", timeZoneName: agenda.timeZone?.identifier, language: metadata.language,
            venue: metadata.venue, city: metadata.city, country: metadata.country, days: days)
    }

    private func day(for day: AgendaDay, index: Int, agenda: Agenda) -> ScheduleJSON.Day {
        var rooms: [String: [ScheduleJSON.Event]] = [:]
        let ordered = day.sessions.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        for session in ordered {
            let event = event(for: session, agenda: agenda)
            rooms[event.room, default: []].append(event)
        }
        let starts = day.sessions.map(\.start)
        let ends = day.sessions.compactMap(\.end) + starts
        let midnight = TimeOfDay.midnight
        return ScheduleJSON.Day(
            index: index, date: day.date.iso,
            dayStart: timestamp(day.date, starts.min() ?? midnight, agenda: agenda),
            dayEnd: timestamp(day.date, ends.max() ?? midnight, agenda: agenda),
            rooms: rooms)
    }

    private func event(for session: AgendaSession, agenda: Agenda) -> ScheduleJSON.Event {
        let guid = ICalendarWriter.uid(for: session, agendaKey: agenda.metadata.key)
        // 31 bits: ids stay positive in every client, JavaScript included.
        let id = Int(FNV1a.hash64(guid) & 0x7fff_ffff)
        let minutes = session.durationMinutes ?? session.statedDuration ?? 0
        let details = session.details.joined(separator: "\n")
        return ScheduleJSON.Event(
            guid: guid, id: id,
            date: timestamp(session.date, session.start, agenda: agenda),
            start: session.start.description,
            duration: ZonedTime.pad(minutes / 60) + ":" + ZonedTime.pad(minutes % 60),
            room: roomName(session, agenda: agenda),
            slug: "\(Slug.make(agenda.metadata.key))-\(id)-\(Self.shortSlug(session.title))",
            title: session.title, subtitle: "", track: nil,
            type: session.kind ?? "session", language: agenda.metadata.language,
            abstract: details, description: details,
            persons: session.speakers.map { ScheduleJSON.Person(publicName: $0) },
            links: [], attachments: [])
    }

    /// A title's slug cut at a word boundary: slugs end up in URLs and file names.
    static func shortSlug(_ title: String, limit: Int = 48) -> String {
        let slug = Slug.make(title)
        guard slug.count > limit else { return slug }
        let head = slug.prefix(limit)
        return String(head.lastIndex(of: "-").map { head[..<$0] } ?? head)
    }

    /// Sessions without a room happen in the venue (plenary); the venue names the room.
    private func roomName(_ session: AgendaSession, agenda: Agenda) -> String {
        if let room = session.room { return room }
        if let venue = agenda.metadata.venue, !venue.isEmpty { return venue }
        return agenda.metadata.language.hasPrefix("es") ? "Plenaria" : "Plenary"
    }

    /// ISO 8601 with the zone's offset; without a known zone, local time with no offset.
    private func timestamp(_ date: CalendarDate, _ time: TimeOfDay, agenda: Agenda) -> String {
        if let zone = agenda.timeZone, let instant = ZonedTime.instant(date: date, time: time, zone: zone) {
            return ZonedTime.iso8601(instant, zone: zone)
        }
        let day = time.hour == 24 ? date.adding(days: 1) : date
        return "\(day.iso)T\(ZonedTime.pad(time.hour % 24)):\(ZonedTime.pad(time.minute)):00"
    }
}
