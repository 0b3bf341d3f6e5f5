/// What one Markdown body becomes: its HTML and the structure other stages read.
public struct RenderedMarkdown: Sendable, Equatable {
    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var text: String
        public var id: String
        public var line: Int
    }

    /// A link as it appears in the output (after rewriting), with where it was written.
    public struct Link: Sendable, Equatable {
        public var url: String
        public var line: Int
        public var column: Int
    }

    public var html: String
    public var headings: [Heading]
    public var blocks: [MarkdownBlock]
    /// All text, markup removed, paragraphs separated by blank lines: for search and word counts.
    public var plainText: String
    /// Every link and image destination, for the link checker.
    public var links: [Link] = []
    /// Footnote anchors cmark writes (`fn-1`, `fnref-1`), which links may target.
    public var footnoteIDs: [String] = []

    /// The first paragraph's text: the summary of a page that states none.
    public var firstParagraph: String? {
        blocks.first { $0.kind == .paragraph }?.text
    }
}
