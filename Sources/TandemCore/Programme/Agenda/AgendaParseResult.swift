/// An agenda and the problems found while reading it. The agenda is always
/// usable: what could not be read is kept as unparsed items and reported here.
public struct AgendaParseResult: Sendable {
    public var agenda: Agenda
    public var diagnostics: DiagnosticBag

    public init(agenda: Agenda, diagnostics: DiagnosticBag) {
        self.agenda = agenda
        self.diagnostics = diagnostics
    }
}
