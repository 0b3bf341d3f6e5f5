/// An events timeline and the problems found while reading it.
public struct EventListParseResult: Sendable {
    public var list: EventList
    public var diagnostics: DiagnosticBag

    public init(list: EventList, diagnostics: DiagnosticBag) {
        self.list = list
        self.diagnostics = diagnostics
    }
}
