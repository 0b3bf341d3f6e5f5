/// A second place a diagnostic points at, with what is there: where the YAML
/// list that was never closed was opened. Printed under the diagnostic's own line.
public struct DiagnosticNote: Hashable, Sendable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
