/// One piece of a page a translator translates: a front-matter field (`title`,
/// `summary`), or the inline text of a paragraph, heading, list item, table
/// cell or footnote. Its block id is the block's place among the blocks the
/// review compares (`b12`: the page's twelfth block), so an id means the same
/// thing in `tandem review` and in an exported file.
public struct TranslationUnit: Sendable, Equatable {
    /// Where a body unit's text sits in the page body (body lines, 1-based; UTF-8 byte columns).
    public struct Region: Sendable, Equatable {
        public var startLine: Int
        /// First byte of the text.
        public var startColumn: Int
        public var endLine: Int
        /// One past the last byte of the text.
        public var endColumn: Int
        /// Written before each further line (a list item's indent, a quote's `> `).
        public var continuationPrefix: String
    }

    public enum Place: Sendable, Equatable {
        case frontMatter(key: String)
        case body(Region, InlineMarkupContext)
    }

    /// `title`, `summary`, `b12`, `b12.2` (the second cell or paragraph of block 12).
    public var id: String
    /// `b12`, or the front-matter key.
    public var blockID: String
    /// What a translator is told it is: "heading", "list item", "table cell", …
    public var label: String
    public var pieces: [InlinePiece]
    /// The Markdown as written, further lines without their indent.
    public var markdown: String
    /// Line in the file.
    public var line: Int
    public var place: Place
    /// `sha256:` and 16 hex digits of `markdown`: tells at import whether the source changed since the export.
    public var hash: String

    init(id: String, blockID: String, label: String, pieces: [InlinePiece], markdown: String, line: Int, place: Place) {
        self.id = id
        self.blockID = blockID
        self.label = label
        self.pieces = pieces
        self.markdown = markdown
        self.line = line
        self.place = place
        hash = SourceHash.prefix + SourceHash.sha256Hex(Array(markdown.utf8)).prefix(SourceHash.writtenDigits)
    }
}

/// Where decoded Markdown goes (public face of the codec's context).
public enum InlineMarkupContext: Sendable, Equatable {
    case paragraph, heading, cell
}
