import Foundation

/// A parsed programme agenda: the introduction, the days with their sessions, and
/// the closing notes, all kept so the page can be rendered from this alone.
public struct Agenda: Sendable, Equatable {
    public var path: String
    public var metadata: AgendaMetadata
    /// Blocks before the first day heading.
    public var introduction: [MarkdownBlock]
    public var days: [AgendaDay]
    /// The first heading after the schedule that is not a date, and everything after it.
    public var closingNotes: [MarkdownBlock]
    /// Blocks under a day heading whose date could not be worked out (no year, 31 November).
    public var unplaced: [MarkdownBlock]
    /// The resolved zone; nil when `timezone` was missing or unknown.
    public var timeZone: TimeZone?

    public init(path: String, metadata: AgendaMetadata, introduction: [MarkdownBlock] = [], days: [AgendaDay] = [],
                closingNotes: [MarkdownBlock] = [], unplaced: [MarkdownBlock] = [], timeZone: TimeZone? = nil) {
        self.path = path
        self.metadata = metadata
        self.introduction = introduction
        self.days = days
        self.closingNotes = closingNotes
        self.unplaced = unplaced
        self.timeZone = timeZone
    }

    /// Every session of every day, in document order.
    public var sessions: [AgendaSession] { days.flatMap(\.sessions) }

    /// The first and last day of the programme: the front matter's `dates` when given,
    /// else the parsed days.
    public var dateSpan: ClosedRange<CalendarDate>? {
        let all = metadata.dates.isEmpty ? days.map(\.date) : metadata.dates
        guard let first = all.min(), let last = all.max() else { return nil }
        return first...last
    }
}
