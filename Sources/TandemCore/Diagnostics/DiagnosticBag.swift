/// The diagnostics collected while one stage runs. A value type: each stage
/// owns its bag and hands it on, so parallel work merges bags instead of
/// sharing one behind a lock.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) { items.append(contentsOf: other) }

    public mutating func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.error(location, message, hint: hint))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.warning(location, message, hint: hint))
    }

    public mutating func note(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.note(location, message, hint: hint))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }

    /// Sorted by file and position, duplicates removed, so output is deterministic
    /// whatever order parallel stages finished in.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items
            .filter { seen.insert($0).inserted }
            .sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// Under `--strict`, warnings count as errors.
    public func promotingWarnings() -> DiagnosticBag {
        DiagnosticBag(items.map { d in
            var d = d
            if d.severity == .warning { d.severity = .error }
            return d
        })
    }
}
