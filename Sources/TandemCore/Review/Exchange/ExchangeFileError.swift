/// A problem in an XLIFF or PO file given to `tandem translate --import`:
/// `FILE:LINE: error: …` with a hint, as compilers say it.
public struct ExchangeFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int?
    public var message: String
    public var hint: String?

    public init(_ path: String, line: Int, column: Int? = nil, _ message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "\(path):\(line)" + (column.map { ":\($0)" } ?? "") + ": error: \(message)" + (hint.map { "\n    help: \($0)" } ?? "")
    }
}

/// All the problems of one import at once: nothing is written while there is one.
public struct ExchangeFileErrors: Error, Equatable, CustomStringConvertible {
    public var errors: [ExchangeFileError]

    public init(_ errors: [ExchangeFileError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
