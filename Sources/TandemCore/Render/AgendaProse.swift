/// The parts of an agenda page's Markdown that are not its schedule: the
/// introduction before the first day and the closing notes after the last
/// (contacts, registration, practical information). The page shows them as
/// content around the schedule, so they are read and printed like the rest.
struct AgendaProse: Sendable {
    var introductionHTML = ""
    var closingHTML = ""
    /// The whole document as written; ids that the introduction or closing also
    /// have are prefixed with `written-`, so no id is on the page twice.
    var writtenHTML = ""

    /// Stands in for the schedule while the rest is rendered: a private-use
    /// character no document types, so the HTML can be cut where it was.
    /// No prose: for an agenda rendered without its page's Markdown.
    static let empty = AgendaProse()

    private init() {}

    static let scheduleMarker = "\u{E000}tandem-agenda-schedule\u{E000}"

    /// Renders the body once with the schedule's lines replaced by a marker, so heading ids,
    /// footnotes and links come out as in the whole document; then cuts the HTML at the marker.
    init(agenda: Agenda, page: Page, fullHTML: String, processor: MarkdownProcessor, resolver: ContentLinkResolver) {
        writtenHTML = fullHTML
        defer { writtenHTML = Self.prefixingRepeatedIDs(fullHTML, shownIn: [introductionHTML, closingHTML]) }
        let closingStart = agenda.closingNotes.first?.line
        let scheduleLines = (agenda.days.map(\.line) + agenda.unplaced.map(\.line))
        guard let scheduleStart = scheduleLines.min() else {
            // No schedule: the whole document is prose (the marker would have nowhere to go).
            introductionHTML = fullHTML
            return
        }
        var lines = page.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = scheduleStart - page.bodyFirstLine
        let end = min(lines.count, (closingStart ?? Int.max - 1) - page.bodyFirstLine)
        guard first >= 0, first < end else { return }
        lines.replaceSubrange(first..<end, with: ["", Self.scheduleMarker, ""])
        var ignored = DiagnosticBag()
        let rendered = processor.process(body: lines.joined(separator: "\n"), firstLine: page.bodyFirstLine, path: page.displayPath,
                                         rewriteLink: { resolver.rewrite($0, from: page) }, diagnostics: &ignored)
        let paragraph = "<p>" + Self.scheduleMarker + "</p>\n"
        guard let cut = rendered.html.range(of: paragraph) else {
            introductionHTML = rendered.html
            return
        }
        introductionHTML = String(rendered.html[..<cut.lowerBound])
        closingHTML = String(rendered.html[cut.upperBound...])
    }

    /// In the copy as written, the ids that the introduction and closing also have get a
    /// `written-` prefix (`id="informes"` → `id="written-informes"`, links to them too); the
    /// others stay, so a link to a day's heading still lands in the copy.
    static func prefixingRepeatedIDs(_ written: String, shownIn prose: [String]) -> String {
        var result = written
        for id in prose.flatMap(ids) {
            result = ByteSearch.replacing(result, " id=\"\(id)\"", with: " id=\"written-\(id)\"")
            result = ByteSearch.replacing(result, " href=\"#\(id)\"", with: " href=\"#written-\(id)\"")
        }
        return result
    }

    /// The values of the `id="…"` attributes in `html`, in order.
    static func ids(in html: String) -> [String] {
        var ids: [String] = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            ids.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return ids
    }
}
