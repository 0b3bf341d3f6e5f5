/// The events of a timeline page, in the order written and sorted by date.
public struct EventList: Sendable, Equatable {
    /// Parsed items in source order.
    public var items: [EventItem]
    /// Items whose date could not be read: kept so the page still shows them.
    public var unparsed: [MarkdownBlock]

    public init(items: [EventItem] = [], unparsed: [MarkdownBlock] = []) {
        self.items = items
        self.unparsed = unparsed
    }

    /// By start date, then end date; equal dates keep the written order.
    public var sorted: [EventItem] {
        items.enumerated().sorted { ($0.element.start, $0.element.end, $0.offset) < ($1.element.start, $1.element.end, $1.offset) }
            .map(\.element)
    }

    /// Sorted events grouped by the year they start in, oldest year first.
    public var byYear: [EventYearGroup] {
        var groups: [EventYearGroup] = []
        for item in sorted {
            if groups.last?.year == item.year {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append(EventYearGroup(year: item.year, items: [item]))
            }
        }
        return groups
    }

    public func past(relativeTo today: CalendarDate) -> [EventItem] { sorted.filter { $0.isPast(relativeTo: today) } }
    public func upcoming(relativeTo today: CalendarDate) -> [EventItem] { sorted.filter { !$0.isPast(relativeTo: today) } }
}
