/// One problem found in a user's input: where it is, what is wrong, and what
/// to do about it. Every stage of the build collects these instead of throwing,
/// so a build reports all of its problems at once.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the user can do to fix it; printed after the message.
    public var hint: String?
    /// Other places that explain it (where an unclosed list was opened); shown
    /// with the source excerpt, not in `description`.
    public var notes: [DiagnosticNote] = []

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }

    public static func note(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.note, location, message, hint: hint)
    }

    /// `path:line:column: error: message (hint)`, one line, as compilers print.
    public var description: String {
        var text = "\(visibleLocation): \(severity.rawValue): \(visibleMessage)"
        if let visibleHint { text += " (\(visibleHint))" }
        return text
    }
}
