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

    /// Whether making the prose of `agenda` reads its page's body: only to cut out a schedule;
    /// without days the whole HTML is the introduction. A build keeps the body of these pages alone.
    static func readsBody(of agenda: Agenda) -> Bool {
        !agenda.days.isEmpty || !agenda.unplaced.isEmpty
    }

    /// Renders the body once with the schedule's lines replaced by a marker, so heading ids,
    /// footnotes and links come out as in the whole document; then cuts the HTML at the marker.
    init(agenda: Agenda, page: Page, fullHTML: String, processor: MarkdownProcessor, resolver: ContentLinkResolver) {
        writtenHTML = fullHTML
        defer { writtenHTML = Self.prefixingRepeatedIDs(fullHTML, shownIn: [introductionHTML, closingHTML]) }
        let closingStart = agenda.closingNotes.first?.line
        let scheduleLines = (agenda.days.map(\.line) + agenda.unplaced.map(\.line))
        guard Self.readsBody(of: agenda), let scheduleStart = scheduleLines.min() else {
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
    ///
    /// One pass over the bytes: a replace per id over the whole page was a sixteenth of a
    /// 10k-page build.
    static func prefixingRepeatedIDs(_ written: String, shownIn prose: [String]) -> String {
        let repeated = Set(prose.flatMap { ids(in: $0) })
        guard !repeated.isEmpty else { return written }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(written.utf8.count + 16 * repeated.count)
        let prefix = Array("written-".utf8)
        var copy = written
        copy.withUTF8 { html in
            var copied = 0
            var offset = 0
            while let (valueStart, valueEnd) = nextAttribute(in: html, from: offset) {
                if let id = String(validating: UnsafeBufferPointer(rebasing: html[valueStart..<valueEnd]), as: UTF8.self), repeated.contains(id) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<valueStart]))
                    bytes.append(contentsOf: prefix)
                    copied = valueStart
                }
                offset = valueEnd
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied...]))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let idAttribute = Array(" id=\"".utf8)
    private static let fragmentLink = Array(" href=\"#".utf8)

    /// The next ` id="…"` or ` href="#…"` value at or after `offset`: where its text starts and
    /// ends (the closing quote), or nil.
    private static func nextAttribute(in html: UnsafeBufferPointer<UInt8>, from offset: Int) -> (Int, Int)? {
        // The patterns taken once, and tried one after the other: a `[idAttribute, fragmentLink]`
        // literal here was an array made at every space of an agenda page (3 % of a build).
        let id = idAttribute, link = fragmentLink
        var position = offset
        while position < html.count {
            guard html[position] == UInt8(ascii: " ") else {
                position += 1
                continue
            }
            let length = matches(id, in: html, at: position) ? id.count : matches(link, in: html, at: position) ? link.count : 0
            if length > 0 {
                let valueStart = position + length
                var valueEnd = valueStart
                while valueEnd < html.count, html[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                guard valueEnd < html.count else { return nil }
                return (valueStart, valueEnd)
            }
            position += 1
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], in html: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position + pattern.count <= html.count else { return false }
        for index in pattern.indices where html[position + index] != pattern[index] { return false }
        return true
    }

    /// The values of the `id="…"` attributes in `html`, in order.
    static func ids(in html: String) -> [String] {
        var ids: [String] = []
        var copy = html
        copy.withUTF8 { bytes in
            var offset = 0
            while let (valueStart, valueEnd) = nextAttribute(in: bytes, from: offset) {
                if matches(idAttribute, in: bytes, at: valueStart - idAttribute.count) {
                    ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self))
                }
                offset = valueEnd
            }
        }
        return ids
    }
}
