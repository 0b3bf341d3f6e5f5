/// The part of a page's search entry that depends on the page alone: the text a result
/// shows, the headings, and the body's keywords (tags first). Worked out in the Markdown
/// stage (`RenderedMarkdown.keepingOnlyWhatPagesNeed`), so a build keeps about 1 KB per
/// page for search instead of its whole plain text; `SearchIndexWriter.entry` adds what
/// depends on the site (the URL and the section's title).
public struct PageSearchText: Sendable, Equatable {
    /// The summary, or the opening text cut at `SearchIndexWriter.textLimit` characters.
    var summary: String
    /// Up to twelve headings of levels 1 to 3.
    var headings: [String]
    /// The tags and up to `SearchIndexWriter.keywordLimit` folded words of the body that
    /// the title, summary and headings do not already hold, separated by spaces.
    var keywords: String

    init(page: Page, markdown: RenderedMarkdown?) {
        let plainText = markdown?.plainText ?? ""
        var text = page.frontMatter.summary ?? SearchIndexWriter.spacedLines(plainText)
        // `text.count > textLimit` without counting the characters of a whole body.
        if let cut = text.index(text.startIndex, offsetBy: SearchIndexWriter.textLimit, limitedBy: text.endIndex), cut < text.endIndex {
            text = String(text[..<cut]) + "…"
        }
        let headings = markdown.map { Array($0.headings.filter { $0.level <= 3 }.prefix(12).map(\.text)) } ?? []
        // Line breaks and spaces both end words, so the plain text gives the body's keywords.
        let words = SearchWordScanner.keywords(of: plainText, excluding: [page.title, text] + headings)
            ?? SearchIndexWriter.keywords(
                of: SearchIndexWriter.spacedLines(plainText),
                excluding: Set(SearchIndexWriter.words(page.title + " " + text + " " + headings.joined(separator: " "))))
        summary = text
        self.headings = headings
        keywords = (page.frontMatter.tags + [words]).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
