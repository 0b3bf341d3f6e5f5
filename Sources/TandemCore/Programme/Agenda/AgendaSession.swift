import Foundation

/// One session of a programme day: `10:30-10:40 (10 minutos) Palabras de Bienvenida: …`.
public struct AgendaSession: Sendable, Equatable {
    /// Where the end time came from; exports treat a guessed end differently from a written one.
    public enum EndSource: String, Sendable, Equatable {
        /// Written as a range: `10:30-10:40`.
        case written
        /// Start plus the duration in parentheses: `10:30 (20 minutos)`.
        case statedDuration
        /// Not written: the session lasts until the next one of the day starts.
        case nextSession
        /// The last session of a day with no end written: open-ended.
        case none
    }

    public var date: CalendarDate
    public var start: TimeOfDay
    /// The end as written, from the stated duration, or the next session's start; see `endSource`.
    public var end: TimeOfDay?
    public var endSource: EndSource
    /// The end exactly as written in a range, for validation and translation checks.
    public var writtenEnd: TimeOfDay?
    /// Minutes, as written in parentheses.
    public var statedDuration: Int?
    /// The label before the title: "Conferencia Magistral", "Tema 2", "Actividad grupal".
    public var kind: String?
    public var title: String
    /// Further lines of the item and its nested items, as plain text.
    public var details: [String]
    public var speakers: [String]
    /// The speakers as written with their roles ("Sr. Sergio Arredondo, Secretario Ejecutivo, FLACMA")
    /// when the text named them where a title would be; empty otherwise.
    public var speakersAsWritten: [String] = []
    /// Room or track; nil for plenary sessions, which share one track.
    public var room: String?
    /// The 1-based line of the session in the original file.
    public var line: Int
    /// Absolute instants in the agenda's zone; nil when the zone is unknown.
    public var startInstant: Date?
    public var endInstant: Date?
    /// `2024-11-01T10:30:00-04:00`, for `<time datetime>`; nil when the zone is unknown.
    public var startISO8601: String?
    public var endISO8601: String?

    public init(date: CalendarDate, start: TimeOfDay, end: TimeOfDay? = nil, endSource: EndSource = .none,
                writtenEnd: TimeOfDay? = nil, statedDuration: Int? = nil, kind: String? = nil, title: String,
                details: [String] = [], speakers: [String] = [], room: String? = nil, line: Int,
                startInstant: Date? = nil, endInstant: Date? = nil, startISO8601: String? = nil, endISO8601: String? = nil) {
        self.date = date
        self.start = start
        self.end = end
        self.endSource = endSource
        self.writtenEnd = writtenEnd
        self.statedDuration = statedDuration
        self.kind = kind
        self.title = title
        self.details = details
        self.speakers = speakers
        self.room = room
        self.line = line
        self.startInstant = startInstant
        self.endInstant = endInstant
        self.startISO8601 = startISO8601
        self.endISO8601 = endISO8601
    }

    /// Length in minutes from `start` to `end`; nil for open-ended sessions or an end before the start.
    public var durationMinutes: Int? {
        guard let end, end > start else { return nil }
        return end.minutesSinceMidnight - start.minutesSinceMidnight
    }

    /// The end that the author committed to (a range or a duration), as opposed to a guessed one.
    var statedEnd: TimeOfDay? {
        switch endSource {
        case .written, .statedDuration: end
        case .nextSession, .none: nil
        }
    }
}
