/// A position in a user's file, counted the way editors count: lines and
/// columns start at 1, columns count Unicode scalars (characters as typed).
///
/// `path` is relative to the site folder (`content/programmes/foo.es.md`) so
/// messages read the same on every machine.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// `path:line:column`, the form editors and terminals make clickable.
    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
