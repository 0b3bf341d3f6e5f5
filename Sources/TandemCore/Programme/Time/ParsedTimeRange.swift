/// What the start of a session line says about time: `10:30-10:40 (10 minutos) Title`.
public struct ParsedTimeRange: Sendable, Equatable {
    public var start: TimeOfDay
    public var end: TimeOfDay?
    /// Minutes, as written in parentheses after the time; kept apart from the range
    /// so validation can point out when the two disagree.
    public var statedDuration: Int?
    /// The text after the time and duration, leading separators removed.
    public var remainder: String

    public init(start: TimeOfDay, end: TimeOfDay? = nil, statedDuration: Int? = nil, remainder: String) {
        self.start = start
        self.end = end
        self.statedDuration = statedDuration
        self.remainder = remainder
    }
}
