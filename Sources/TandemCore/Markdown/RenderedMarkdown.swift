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
    /// Every block, for the programme parsers and the review. A build keeps them only for
    /// programme pages (`keepingOnlyWhatPagesNeed`): on other pages nothing reads them again.
    public var blocks: [MarkdownBlock]
    /// All text, markup removed, paragraphs separated by blank lines: for search.
    public var plainText: String
    /// Every link and image destination, for the link checker.
    public var links: [Link] = []
    /// Footnote anchors cmark writes (`fn-1`, `fnref-1`), which links may target.
    public var footnoteIDs: [String] = []
    /// The first paragraph's text: the summary of a page that states none.
    public private(set) var firstParagraph: String?
    /// What the search index takes from the page alone, worked out in the Markdown stage
    /// so that the plain text need not be kept until the index is written.
    public var searchText: PageSearchText?

    public init(html: String, headings: [Heading], blocks: [MarkdownBlock], plainText: String) {
        self.html = html
        self.headings = headings
        self.blocks = blocks
        self.plainText = plainText
        firstParagraph = blocks.first { $0.kind == .paragraph }?.text
    }

    /// The result as the render stage needs it, for a build of many pages: the search text
    /// worked out, and the plain text and (unless the page holds programme data, which is
    /// read from them) the blocks dropped. Together they held about four copies of every
    /// body, a third of a 10k-page build's memory. The first paragraph goes too when the
    /// front matter states a summary, as nothing else reads it.
    func keepingOnlyWhatPagesNeed(of page: Page) -> RenderedMarkdown {
        var lean = self
        lean.searchText = PageSearchText(page: page, markdown: self)
        lean.plainText = ""
        if ProgrammeKind(page: page) == nil { lean.blocks = [] }
        if page.frontMatter.summary?.isEmpty == false { lean.firstParagraph = nil }
        return lean
    }
}
