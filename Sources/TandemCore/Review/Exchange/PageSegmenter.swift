import CCmarkGFM

/// Cuts a page into translation units: its text front-matter fields, then the
/// inline text of each paragraph, heading, list item, table cell and footnote,
/// with where that text sits in the body so an import can replace just it and
/// keep the rest as written (list markers, table pipes, indentation).
///
/// Blocks are numbered as `MarkdownProcessor` flattens them for the review.
public struct PageSegmenter: Sendable {
    /// Front-matter fields that hold prose.
    public static let textFields = ["title", "summary", "description"]

    var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) { self.allowRawHTML = allowRawHTML }

    public func units(of page: Page) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        for key in Self.textFields {
            guard let value = page.frontMatter[key]?.text, value.contains(where: \.isLetter) else { continue }
            units.append(TranslationUnit(
                id: key, blockID: key, label: key, pieces: [.text(value)], markdown: value,
                line: page.frontMatter.location(of: key).line, place: .frontMatter(key: key)))
        }
        return units + bodyUnits(page.body, firstLine: page.bodyFirstLine, path: page.displayPath,
                                 agenda: ProgrammeKind(page: page) == .agenda)
    }

    /// The units of a body alone.
    public func bodyUnits(_ body: String, firstLine: Int, path: String, agenda: Bool) -> [TranslationUnit] {
        var ignored = DiagnosticBag()
        let blocks = MarkdownProcessor(allowRawHTML: allowRawHTML).process(body: body, firstLine: firstLine, path: path, diagnostics: &ignored).blocks
        var blockIndex: [String: [Int]] = [:]
        for (index, block) in blocks.enumerated() { blockIndex["\(block.line) \(Self.kindKey(block.kind))", default: []].append(index) }

        guard let parser = CmarkRuntime.makeParser(options: CMARK_OPT_FOOTNOTES) else { return [] }
        defer { cmark_parser_free(parser) }
        body.utf8CString.withUnsafeBufferPointer { cmark_parser_feed(parser, $0.baseAddress, $0.count - 1) }
        CmarkRuntime.finishLock.lock()
        let finished = cmark_parser_finish(parser)
        CmarkRuntime.finishLock.unlock()
        guard let document = finished, let iterator = cmark_iter_new(document) else { return [] }
        defer {
            cmark_iter_free(iterator)
            cmark_node_free(document)
        }
        let lines = BodyLines(body)

        struct Found {
            var block: Int
            var ordinal: Int
            var isCell: Bool
            var unit: TranslationUnit
        }
        var found: [Found] = []
        var ordinals: [Int: Int] = [:]
        // The review block a node belongs to, by its line and kind.
        var taken = Set<Int>()
        func block(_ line: Int, _ kind: String) -> Int? {
            guard let candidates = blockIndex["\(line + firstLine - 1) \(kind)"] else { return nil }
            return candidates.first { !taken.contains($0) } ?? candidates.last
        }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let parent = cmark_node_parent(node)
            let parentType = parent.map(cmark_node_get_type)
            var owner: Int?
            var label = ""
            var context = InlineMarkupContext.paragraph
            var isCell = false
            var region: TranslationUnit.Region?
            switch type {
            case CMARK_NODE_PARAGRAPH:
                guard let parent, let parentType else { continue }
                if parentType == CMARK_NODE_ITEM {
                    owner = block(Int(cmark_node_get_start_line(parent)), "item")
                    label = "list item"
                } else if parentType == CMARK_NODE_FOOTNOTE_DEFINITION {
                    owner = block(Int(cmark_node_get_start_line(parent)), "other")
                    label = "footnote"
                } else if parentType == CMARK_NODE_DOCUMENT || parentType == CMARK_NODE_BLOCK_QUOTE {
                    owner = block(Int(cmark_node_get_start_line(node)), "paragraph")
                    label = parentType == CMARK_NODE_BLOCK_QUOTE ? "quote" : "paragraph"
                } else {
                    continue
                }
                region = lines.paragraphRegion(node)
            case CMARK_NODE_HEADING:
                owner = block(Int(cmark_node_get_start_line(node)), "heading")
                label = "heading"
                context = .heading
                region = lines.headingRegion(node)
            default:
                guard let name = cmark_node_get_type_string(node), String(cString: name) == "table_cell", let row = parent else { continue }
                owner = block(Int(cmark_node_get_start_line(row)), "row")
                label = "table cell"
                context = .cell
                isCell = true
                region = lines.cellRegion(node)
            }
            guard let owner, let region else { continue }
            let ordinal = (ordinals[owner] ?? 0) + 1
            ordinals[owner] = ordinal
            let markdown = lines.text(of: region)
            var pieces = InlineMarkupCodec.encode(node, written: markdown) { lines.byte(line: $0, column: $1) }
            if agenda && ordinal == 1 { pieces = Self.separatingTime(pieces) }
            guard pieces.hasWords else { continue }
            let unit = TranslationUnit(
                id: "", blockID: "b\(owner + 1)", label: label, pieces: pieces, markdown: markdown,
                line: region.startLine + firstLine - 1, place: .body(region, context))
            found.append(Found(block: owner, ordinal: ordinal, isCell: isCell, unit: unit))
            taken.insert(owner)
        }
        return found.map { item in
            var unit = item.unit
            unit.id = item.isCell || (ordinals[item.block] ?? 1) > 1 ? "b\(item.block + 1).\(item.ordinal)" : "b\(item.block + 1)"
            return unit
        }
    }

    private static func kindKey(_ kind: MarkdownBlock.Kind) -> String {
        switch kind {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .listItem: "item"
        case .tableHeader, .tableRow: "row"
        case .other: "other"
        }
    }

    /// An agenda session's leading time (`10:30-10:40`, `19:30 hrs.`) as a placeholder: it must reach the translation as it is.
    static func separatingTime(_ pieces: [InlinePiece]) -> [InlinePiece] {
        guard case .text(let text) = pieces.first, text.first?.isNumber == true,
              case .parsed(let range) = TimeRangeParser.parse(text) else { return pieces }
        var time = String(text.dropLast(range.remainder.count))
        // A duration in words (`(10 minutos)`) is the translator's.
        if let parenthesis = time.firstIndex(of: "(") { time = String(time[..<parenthesis]) }
        while time.last?.isWhitespace == true { time.removeLast() }
        guard !time.isEmpty else { return pieces }
        let rest = String(text.dropFirst(time.count))
        // The time takes id 1 so ids read in order; the others move up by one.
        let renumbered = pieces.dropFirst().map { piece -> InlinePiece in
            switch piece {
            case .text: piece
            case .open(let id, let kind, let code): .open(id: id + 1, kind: kind, code: code)
            case .close(let id, let code): .close(id: id + 1, code: code)
            case .placeholder(let id, let kind, let code): .placeholder(id: id + 1, kind: kind, code: code)
            }
        }
        return ([.placeholder(id: 1, kind: .time, code: time), .text(rest)] + renumbered).mergingText()
    }
}
