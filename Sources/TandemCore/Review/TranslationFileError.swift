/// What went wrong with a file given to `tandem translate`: said plainly, with
/// the file first, as compilers do.
public struct TranslationFileError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The user asked for something that cannot be (unknown language): exit status 2.
        case usage
        /// The content does not allow it (file exists, no source): exit status 1.
        case content
    }

    public var kind: Kind
    public var path: String
    public var message: String
    public var hint: String?

    public init(_ kind: Kind, _ path: String, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// Printed on a terminal: control characters from a file name or content are shown escaped.
    public var description: String {
        "\(Diagnostic.visible(path)): error: \(Diagnostic.visible(message))" + (hint.map { "\n    help: \(Diagnostic.visible($0, keepingNewlines: true))" } ?? "")
    }
}
