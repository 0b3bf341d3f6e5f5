/// The structured programme content of a site: agendas, partner lists and
/// event timelines read from their pages' Markdown, by page index.
public struct ProgrammeData: Sendable {
    public var agendas: [Int: Agenda] = [:]
    public var partnerLists: [Int: [Partner]] = [:]
    public var eventLists: [Int: EventList] = [:]

    public init() {}
}
