/// Template data for an event list: a timeline in date order, grouped by year,
/// each event marked past or upcoming relative to the build date.
struct EventTimelineContext {
    var list: EventList
    var page: Page
    var buildDate: CalendarDate
    var dateText: DateText?
    var baseURL: BaseURL
    var strings: [String: String]

    static func calendarPath(_ page: Page) -> String { page.sitePath + "events.ics" }
    /// Whether the list gets its `events.ics`: only with at least one dated event.
    static func hasCalendar(_ list: EventList) -> Bool { !list.sorted.isEmpty }

    func when(_ event: EventItem) -> String {
        guard let dateText else { return event.start.iso }
        if event.precision == .month {
            let month = event.start.month >= 1 && event.start.month <= dateText.monthNames.count ? dateText.monthNames[event.start.month - 1] : ""
            return (strings["month_format"] ?? "{month} {year}")
                .replacingOccurrences(of: "{month}", with: month).replacingOccurrences(of: "{year}", with: String(event.start.year))
        }
        if event.start == event.end { return dateText.string(event.start) }
        if event.start.year == event.end.year, event.start.month == event.end.month {
            var range = dateText
            range.format = range.format.replacingOccurrences(of: "{day}", with: "\(event.start.day)–\(event.end.day)")
            return range.string(event.end)
        }
        return dateText.string(event.start) + " – " + dateText.string(event.end)
    }

    func data() -> [String: Any] {
        let years: [[String: Any]] = list.byYear.map { group in
            [
                "year": String(group.year), "id": "y-\(group.year)",
                "events": group.items.map { event -> [String: Any] in
                    var item: [String: Any] = [
                        "title": event.title, "when": when(event), "startISO": event.start.iso, "endISO": event.end.iso,
                        "isPast": event.isPast(relativeTo: buildDate), "isUpcoming": !event.isPast(relativeTo: buildDate),
                        "isMonth": event.precision == .month,
                    ]
                    if let place = event.place { item["place"] = place }
                    if let organizer = event.organizer { item["organizer"] = organizer }
                    return item
                },
            ]
        }
        return [
            "years": years, "hasYears": !years.isEmpty,
            "upcoming": list.upcoming(relativeTo: buildDate).count, "past": list.past(relativeTo: buildDate).count,
            "unparsed": list.unparsed.map(\.text), "hasUnparsed": !list.unparsed.isEmpty,
            "icsURL": baseURL.path(Self.calendarPath(page)),
            "hasCalendar": Self.hasCalendar(list),
        ]
    }
}
