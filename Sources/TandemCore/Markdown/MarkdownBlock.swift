/// A leaf-ish block of a Markdown document, flattened in document order: what
/// agenda, partner and event parsers and the translation review read.
public struct MarkdownBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        /// depth 0 = a top-level list. The item's own paragraphs only: nested
        /// items follow as their own blocks with depth + 1.
        case listItem(depth: Int, ordered: Bool)
        case tableHeader
        case tableRow
        /// Code block, quote, thematic break, raw HTML, footnote definition.
        case other
    }

    public var kind: Kind
    /// Plain text with inline markup removed; soft and hard line breaks become "\n".
    public var text: String
    /// For table rows: the plain text of each cell. Empty otherwise.
    public var cells: [String]
    /// The Markdown source as written (for list items without the marker), lines joined by "\n".
    public var source: String
    /// 1-based line of the block's first character in the original file.
    public var line: Int

    public init(kind: Kind, text: String, cells: [String] = [], source: String, line: Int) {
        self.kind = kind
        self.text = text
        self.cells = cells
        self.source = source
        self.line = line
    }
}
