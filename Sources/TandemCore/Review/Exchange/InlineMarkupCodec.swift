import CCmarkGFM

/// Inline Markdown ⇄ translation-unit pieces.
///
/// Encoding reads the inline nodes cmark parsed (so reference links, escapes
/// and entities are resolved as the build resolves them) and turns markup into
/// paired or single elements that carry the Markdown they stand for. Decoding
/// writes a translator's pieces back as Markdown: text escaped where it would
/// otherwise read as markup, each element replaced by its code.
enum InlineMarkupCodec {
    /// Where the decoded Markdown goes: a heading and a table cell hold one line, a cell no unescaped `|`.
    typealias Context = InlineMarkupContext

    /// The pieces of a container's inline children (a paragraph, heading or table cell).
    /// - Parameters:
    ///   - written: the container's Markdown as written, to keep an autolink bare or in `<…>` as it was.
    ///   - byte: the byte of the body at a cmark (line, column), to tell `*` from `_`.
    static func encode(_ container: OpaquePointer, written: String, byte: (Int, Int) -> UInt8?) -> [InlinePiece] {
        guard let iterator = cmark_iter_new(container) else { return [] }
        defer { cmark_iter_free(iterator) }
        var pieces: [InlinePiece] = []
        var nextID = 1
        // Open elements: node → (id, closing code).
        var open: [(node: OpaquePointer, id: Int, code: String)] = []
        // A node whose children are already in its placeholder (an autolink).
        var skipping: OpaquePointer?
        // cmark gives a footnote reference its number, not its label: the labels come from the text as written.
        var footnoteLabels = footnoteReferences(in: written)[...]
        // cmark's inline positions drift after a line break: from there on, emphasis is written `*`.
        var positionsHold = true
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), node != container else { continue }
            if let skipped = skipping {
                if event == CMARK_EVENT_EXIT && node == skipped { skipping = nil }
                continue
            }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if let last = open.last, last.node == node {
                    open.removeLast()
                    pieces.append(.close(id: last.id, code: last.code))
                }
                continue
            }
            func opening(_ kind: InlinePiece.InlineKind, _ code: String, closing: String) {
                pieces.append(.open(id: nextID, kind: kind, code: code))
                open.append((node, nextID, closing))
                nextID += 1
            }
            func placeholder(_ kind: InlinePiece.InlineKind, _ code: String) {
                pieces.append(.placeholder(id: nextID, kind: kind, code: code))
                nextID += 1
            }
            switch type {
            case CMARK_NODE_TEXT:
                pieces.append(.text(literal(node)))
            case CMARK_NODE_SOFTBREAK:
                pieces.append(.text("\n"))
                positionsHold = false
            case CMARK_NODE_LINEBREAK:
                placeholder(.lb, "\\\n")
                positionsHold = false
            case CMARK_NODE_CODE:
                placeholder(.code, codeSpan(literal(node)))
            case CMARK_NODE_HTML_INLINE:
                placeholder(.html, literal(node))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                placeholder(.footnote, footnoteLabels.popFirst() ?? "[^" + literal(node) + "]")
            case CMARK_NODE_EMPH:
                let marker = positionsHold ? delimiter(node, byte: byte) : "*"
                opening(.italic, marker, closing: marker)
            case CMARK_NODE_STRONG:
                let marker = positionsHold ? delimiter(node, byte: byte) : "*"
                opening(.bold, marker + marker, closing: marker + marker)
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if let code = autolink(node, url: url, written: written) {
                    placeholder(.autolink, code)
                    skipping = node
                } else {
                    opening(.link, "[", closing: "](" + destination(node, url: url) + ")")
                }
            case CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                opening(.image, "![", closing: "](" + destination(node, url: url) + ")")
            default:
                if let name = cmark_node_get_type_string(node), String(cString: name) == "strikethrough" {
                    opening(.strike, "~~", closing: "~~")
                }
                // Other inline nodes (none today): their children are read as they come.
            }
        }
        return pieces.mergingText()
    }

    /// `[^label]` references in order (a definition's own `[^label]:` is not in a unit's text).
    static func footnoteReferences(in written: String) -> [String] {
        guard written.contains("[^") else { return [] }
        var result: [String] = []
        var rest = written[...]
        while let start = rest.range(of: "[^") {
            guard let end = rest[start.upperBound...].firstIndex(of: "]") else { break }
            let label = rest[start.upperBound..<end]
            if !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" }) { result.append("[^" + label + "]") }
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// `*` or `_`, as written where cmark says the emphasis starts; `*` when it does not say.
    private static func delimiter(_ node: OpaquePointer, byte: (Int, Int) -> UInt8?) -> String {
        let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
        return line > 0 && byte(line, column) == UInt8(ascii: "_") ? "_" : "*"
    }

    /// A link whose text is its address (`<https://x.org>`, `www.x.org`, `a@b.org`), as Markdown that reads back the same.
    private static func autolink(_ node: OpaquePointer, url: String, written: String) -> String? {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT else { return nil }
        let text = literal(child)
        guard url == text || url == "mailto:" + text || url == "http://" + text,
              !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { return nil }
        // GFM links `www.x.org`, `https://x.org` and `a@b.org` as they stand; `<…>` works everywhere.
        if written.contains("<" + url + ">") { return "<" + url + ">" }
        if written.contains("<" + text + ">") || url == "mailto:" + text && !written.contains(text) { return "<" + text + ">" }
        return written.contains(text) ? text : "<" + url + ">"
    }

    /// `url "title"`, the address in angle brackets when it holds spaces.
    private static func destination(_ node: OpaquePointer, url: String) -> String {
        var written: String
        if url.isEmpty || url.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0.isNewline }) {
            written = "<" + url.replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>") + ">"
        } else {
            written = ""
            for character in url {
                if character == "(" || character == ")" || character == "\\" { written.append("\\") }
                written.append(character)
            }
        }
        if let title = cmark_node_get_title(node).map({ String(cString: $0) }), !title.isEmpty {
            written += " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return written
    }

    /// A code span holding `text`: a fence longer than any backtick run inside.
    static func codeSpan(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = text.first == "`" || text.last == "`" || (text.hasPrefix(" ") && text.hasSuffix(" ") && !text.allSatisfy { $0 == " " })
        return padded ? fence + " " + text + " " + fence : fence + text + fence
    }
}
