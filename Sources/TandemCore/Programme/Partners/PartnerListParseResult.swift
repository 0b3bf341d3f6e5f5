/// A page's partners and the problems found while reading them.
public struct PartnerListParseResult: Sendable {
    public var partners: [Partner]
    public var diagnostics: DiagnosticBag

    public init(partners: [Partner], diagnostics: DiagnosticBag) {
        self.partners = partners
        self.diagnostics = diagnostics
    }
}
