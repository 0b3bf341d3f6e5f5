/// The blocks of a Markdown body as the review compares them: rendered, without
/// comments (waivers, notes to translators) and without blocks no reader sees.
/// The review reads pages and earlier versions from git with it; the build
/// reads the source of a stale translation with it, to count what changed.
struct ReviewBlockReader: Sendable {
    let processor: MarkdownProcessor
    let allowRawHTML: Bool

    init(allowRawHTML: Bool) {
        self.allowRawHTML = allowRawHTML
        processor = MarkdownProcessor(allowRawHTML: allowRawHTML)
    }

    func blocks(of page: Page) -> [ReviewBlock] {
        blocks(body: page.body, firstLine: page.bodyFirstLine, path: page.displayPath)
    }

    func blocks(body: String, firstLine: Int, path: String) -> [ReviewBlock] {
        var ignored = DiagnosticBag()  // the build reports Markdown problems; the review shows the text
        let rendered = processor.process(body: body, firstLine: firstLine, path: path, diagnostics: &ignored)
        // A comment that only waives findings is no block of the page.
        return rendered.blocks.filter { !Self.isComment($0) && !isInvisible($0) }.map(ReviewBlock.init)
    }

    /// A block with no text a reader sees: a thematic break (`---`, `***`), or raw HTML the site does not publish.
    /// Layout, not content: one side having a rule the other lacks is nothing to translate.
    func isInvisible(_ block: MarkdownBlock) -> Bool {
        guard case .other = block.kind, block.text.allSatisfy(\.isWhitespace) else { return false }
        return !allowRawHTML || !block.source.contains(where: \.isLetter)
    }

    /// An HTML comment block (a waiver, a note to translators): never shown, so not a block to align.
    static func isComment(_ block: MarkdownBlock) -> Bool {
        guard case .other = block.kind, block.text.allSatisfy(\.isWhitespace) else { return false }
        let source = block.source.trimmingCharacters(in: .whitespacesAndNewlines)
        return source.isEmpty || ReviewWaiver.isWaiverOnly(source) || (source.hasPrefix("<!--") && source.hasSuffix("-->"))
    }
}
