extension ProgrammeStage.PageProgramme {
    /// The page's programme data as the render stage reads it, for a build of many pages.
    /// The page shows an agenda's introduction, closing notes and unplaced blocks from its
    /// HTML, cut by line (`AgendaProse`): the introduction goes, the closing notes keep only
    /// where they start, unplaced blocks only their lines. The notes and unread items that
    /// a day or event list shows keep their text but lose their Markdown source and table
    /// cells, which no page or export reads. Whole blocks were about a fifth of a 10k-page
    /// build's memory. Comparing translations reads days and sessions only, so it gives the
    /// same warnings on the lean data.
    func keepingOnlyWhatPagesNeed() -> Self {
        switch self {
        case .agenda(var agenda):
            agenda.introduction = []
            agenda.closingNotes = agenda.closingNotes.prefix(1).map(\.lineOnly)
            agenda.unplaced = agenda.unplaced.map(\.lineOnly)
            agenda.days = agenda.days.map { day in
                var lean = day
                lean.notes = day.notes.map(\.textOnly)
                lean.unparsedItems = day.unparsedItems.map(\.textOnly)
                return lean
            }
            return .agenda(agenda)
        case .events(var list):
            list.unparsed = list.unparsed.map(\.textOnly)
            return .events(list)
        case .partners:
            return self
        }
    }
}

extension MarkdownBlock {
    /// The block's kind, plain text and line: what a page shows of a note or an unread item.
    var textOnly: MarkdownBlock { MarkdownBlock(kind: kind, text: text, source: "", line: line) }
    /// The block's kind and line: where it was, for a block the page shows from its HTML.
    var lineOnly: MarkdownBlock { MarkdownBlock(kind: kind, text: "", source: "", line: line) }
}
