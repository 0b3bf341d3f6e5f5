/// The events of one year, for a timeline grouped under year headings.
public struct EventYearGroup: Sendable, Equatable {
    public var year: Int
    public var items: [EventItem]

    public init(year: Int, items: [EventItem]) {
        self.year = year
        self.items = items
    }
}
