/// One entry of an events timeline: "2017 **Ciudades sin Miedo.** 8 al 13 de junio Barcelona – España."
public struct EventItem: Sendable, Equatable {
    /// How exactly the date was written.
    public enum Precision: String, Sendable, Equatable {
        /// A day or a range of days: "8 al 13 de junio".
        case day
        /// A month only: "Marzo de 2018". `start` is its first day, `end` its last.
        case month
    }

    public var title: String
    public var start: CalendarDate
    /// The last day (inclusive); equal to `start` for a one-day event.
    public var end: CalendarDate
    public var precision: Precision
    /// "Madrid, España": the text left after the title and the date, separators normalised.
    public var place: String?
    /// An organisation named before the place in capitals ("FLACMA. Pachuca- México").
    public var organizer: String?
    /// Further sentences of an item with no bold title ("Construir una propuesta…").
    public var description: String?
    /// The item's plain text as written.
    public var text: String
    public var line: Int

    public init(title: String, start: CalendarDate, end: CalendarDate, precision: Precision, place: String? = nil,
                organizer: String? = nil, description: String? = nil, text: String, line: Int) {
        self.title = title
        self.start = start
        self.end = end
        self.precision = precision
        self.place = place
        self.organizer = organizer
        self.description = description
        self.text = text
        self.line = line
    }

    public var year: Int { start.year }

    /// True once the event's last day is over: an event running today is not past.
    public func isPast(relativeTo today: CalendarDate) -> Bool { end < today }
}
