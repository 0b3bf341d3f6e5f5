/// One day of a programme: the sessions under a day heading, plus the notes and
/// unreadable items between them (each keeps its line, so a renderer can put
/// them back in document order).
public struct AgendaDay: Sendable, Equatable {
    public var date: CalendarDate
    public var heading: DayHeading
    /// The heading's plain text, as written.
    public var headingText: String
    public var line: Int
    public var sessions: [AgendaSession]
    /// Paragraphs and other blocks inside the day.
    public var notes: [MarkdownBlock]
    /// List items or table rows that should have been sessions but start with no readable time.
    public var unparsedItems: [MarkdownBlock]

    public init(date: CalendarDate, heading: DayHeading, headingText: String, line: Int,
                sessions: [AgendaSession] = [], notes: [MarkdownBlock] = [], unparsedItems: [MarkdownBlock] = []) {
        self.date = date
        self.heading = heading
        self.headingText = headingText
        self.line = line
        self.sessions = sessions
        self.notes = notes
        self.unparsedItems = unparsedItems
    }
}
