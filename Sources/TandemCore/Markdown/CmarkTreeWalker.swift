import CCmarkGFM

/// Reads a cmark document tree: flattens it into `MarkdownBlock`s, extracts
/// plain text, and maps cmark's body-relative positions to file positions.
struct CmarkTreeWalker {
    private(set) var blocks: [MarkdownBlock] = []
    private(set) var headingNodes: [OpaquePointer] = []
    private let sourceLines: [Substring]
    private let firstLine: Int
    private let cursor = ColumnCursor()

    /// Where the last column was counted. Positions are asked for in document order, so
    /// counting on from the last one keeps a long line linear: counting each from the line's
    /// start took 53 s for 40,000 raw HTML tags on one line.
    private final class ColumnCursor {
        var line = 0
        var byteOffset = 0
        var scalars = 0
    }

    init(source: String, firstLine: Int) {
        self.sourceLines = Self.lines(source)
        self.firstLine = firstLine
    }

    /// `source.split(separator: "\n", omittingEmptySubsequences: false)`, found on the
    /// UTF-8 bytes: a line feed is always a character of its own (grapheme clusters
    /// break after it), except in `\r\n`, which Character-wise splitting does not cut;
    /// text with a carriage return takes that path. Splitting by characters was
    /// ~1 % of a 10k build.
    static func lines(_ source: String) -> [Substring] {
        var source = source
        let offsets: [Int]? = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, memchr(base, 13, bytes.count) == nil else { return bytes.isEmpty ? [] : nil }
            var offsets: [Int] = []
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 10, bytes.count - offset) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                offsets.append(position)
                offset = position + 1
            }
            return offsets
        }
        guard let offsets else { return source.split(separator: "\n", omittingEmptySubsequences: false) }
        var result: [Substring] = []
        result.reserveCapacity(offsets.count + 1)
        let utf8 = source.utf8
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(source[start..<end])
            start = utf8.index(after: end)
        }
        result.append(source[start..<utf8.endIndex])
        return result
    }

    /// The node types cmark's iterator enters without a matching exit.
    static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK,
             CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    func fileLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        // Inline nodes may carry no position; their block's line is the next best.
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return firstLine - 1 + line }
            current = cmark_node_parent(candidate)
        }
        return firstLine
    }

    /// - Parameter enclosingLine: the file line of the nearest ancestor with a position, when
    ///   the caller knows it; otherwise found by walking up the parents.
    func location(of node: OpaquePointer, path: String, enclosingLine: Int? = nil) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        if line > 0 {
            return SourceLocation(path: path, line: firstLine - 1 + line, column: scalarColumn(line: line, byteColumn: column))
        }
        return SourceLocation(path: path, line: enclosingLine ?? fileLine(of: node))
    }

    /// The file line of a node that has a position, nil for one without.
    func ownFileLine(of node: OpaquePointer) -> Int? {
        let line = Int(cmark_node_get_start_line(node))
        return line > 0 ? firstLine - 1 + line : nil
    }

    /// cmark counts columns in bytes; people count characters.
    private func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= sourceLines.count, byteColumn > 1 else { return max(1, byteColumn) }
        let utf8 = sourceLines[line - 1].utf8
        let end = min(byteColumn - 1, utf8.count)
        var start = 0
        var scalars = 0
        if cursor.line == line, cursor.byteOffset <= end {
            start = cursor.byteOffset
            scalars = cursor.scalars
        }
        // Each scalar has one byte that is not a continuation byte (10xxxxxx).
        scalars += utf8.withContiguousStorageIfAvailable { buffer in
            var count = 0
            for offset in start..<end where buffer[offset] & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? utf8.dropFirst(start).prefix(end - start).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        cursor.line = line
        cursor.byteOffset = end
        cursor.scalars = scalars
        return scalars + 1
    }

    /// The text of `node` and everything below it, a line break before each paragraph or
    /// heading. Walked with cmark's iterator, not by recursion: a document nested 100,000
    /// deep (emphasis, quotes, lists) must not run the stack out.
    func plainText(of node: OpaquePointer) -> String {
        // Gathered as bytes and decoded once, rather than a String made, checked and appended
        // per text node.
        var bytes: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) {
                    literal.withMemoryRebound(to: UInt8.self, capacity: strlen(literal)) { start in
                        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(literal)))
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(0x0A)
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                // A line break unless the text ends with one ("\r\n" is one character, not "\n").
                let endsWithLineBreak = bytes.last == 0x0A && !(bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D)
                if !bytes.isEmpty, !endsWithLineBreak { bytes.append(0x0A) }
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The Markdown as written between a node's start and end positions.
    private func source(of node: OpaquePointer) -> String {
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine >= 1, endLine >= startLine, endLine <= sourceLines.count else { return plainText(of: node) }
        var lines: [String] = []
        for number in startLine...endLine {
            let line = sourceLines[number - 1]
            if number == startLine {
                lines.append(String(decoding: line.utf8.dropFirst(max(0, startColumn - 1)), as: UTF8.self))
            } else {
                lines.append(line.trimmingSpaces())
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func typeString(_ node: OpaquePointer) -> String {
        guard let raw = cmark_node_get_type_string(node) else { return "" }
        return String(cString: raw)
    }

    /// What is left to flatten: a block at a list depth, or a list item.
    private enum PendingBlock {
        case block(OpaquePointer, listDepth: Int)
        case item(OpaquePointer, depth: Int, ordered: Bool)
    }

    /// Flattens the blocks below `root` in document order. An explicit stack on the heap
    /// rather than recursion, so that nesting depth costs memory, never the thread's stack.
    mutating func collectBlocks(_ root: OpaquePointer) {
        var pending: [PendingBlock] = [.block(root, listDepth: 0)]
        while let next = pending.popLast() {
            switch next {
            case .block(let node, let listDepth):
                collectBlock(node, listDepth: listDepth, pending: &pending)
            case .item(let item, let depth, let ordered):
                collectItem(item, depth: depth, ordered: ordered, pending: &pending)
            }
        }
    }

    /// Adds `node`'s own block, or queues its children (pushed last-first, so popped in order).
    private mutating func collectBlock(_ node: OpaquePointer, listDepth: Int, pending: inout [PendingBlock]) {
        let type = cmark_node_get_type(node)
        let line = fileLine(of: node)
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE:
            for child in Self.children(of: node).reversed() { pending.append(.block(child, listDepth: listDepth)) }
        case CMARK_NODE_PARAGRAPH:
            blocks.append(MarkdownBlock(kind: .paragraph, text: plainText(of: node), source: source(of: node), line: line))
        case CMARK_NODE_HEADING:
            headingNodes.append(node)
            blocks.append(MarkdownBlock(
                kind: .heading(level: Int(cmark_node_get_heading_level(node))),
                text: plainText(of: node), source: source(of: node), line: line))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            for item in Self.children(of: node).reversed() { pending.append(.item(item, depth: listDepth, ordered: ordered)) }
        default:
            switch Self.typeString(node) {
            case "table":
                for row in Self.children(of: node) {
                    let cells = Self.children(of: row).map { plainText(of: $0) }
                    let isHeader = cmark_gfm_extensions_get_table_row_is_header(row) != 0
                    let rowLine = fileLine(of: row)
                    let rowSource = rowLine - firstLine + 1
                    let raw = rowSource >= 1 && rowSource <= sourceLines.count ? String(sourceLines[rowSource - 1]) : cells.joined(separator: " | ")
                    blocks.append(MarkdownBlock(
                        kind: isHeader ? .tableHeader : .tableRow, text: cells.joined(separator: " | "),
                        cells: cells, source: Self.tableCellSources(raw).joined(separator: " | "), line: rowLine))
                }
            default:
                blocks.append(MarkdownBlock(kind: .other, text: plainText(of: node), source: source(of: node), line: line))
            }
        }
    }

    private mutating func collectItem(_ item: OpaquePointer, depth: Int, ordered: Bool, pending: inout [PendingBlock]) {
        let children = Self.children(of: item)
        let own = children.filter { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH }
        blocks.append(MarkdownBlock(
            kind: .listItem(depth: depth, ordered: ordered),
            text: own.map { plainText(of: $0) }.joined(separator: "\n"),
            source: own.map { source(of: $0) }.joined(separator: "\n"),
            line: fileLine(of: item)))
        for child in children.reversed() where cmark_node_get_type(child) != CMARK_NODE_PARAGRAPH {
            pending.append(.block(child, listDepth: cmark_node_get_type(child) == CMARK_NODE_LIST ? depth + 1 : depth))
        }
    }

    /// Splits a table row as written on unescaped pipes, dropping the outer ones.
    static func tableCellSources(_ row: String) -> [String] {
        var cells = Self.byteCells(row) ?? Self.characterCells(row)
        cells = cells.map { $0.trimmingSpaces() }
        var result = cells[...]
        if result.first == "" { result = result.dropFirst() }
        if result.last == "" { result = result.dropLast() }
        return Array(result)
    }

    /// The row cut on its bytes: `|` and `\\` are ASCII, and when no non-ASCII byte touches one
    /// of them each is a character of its own, so this cuts where the character loop below
    /// does, without building every cell a character at a time (4 % of a build's instructions).
    private static func byteCells(_ row: String) -> [String]? {
        var row = row
        return row.withUTF8 { bytes -> [String]? in
            var cells: [String] = []
            var start = 0
            var escaped = false
            for (offset, byte) in bytes.enumerated() {
                if escaped { escaped = false; continue }
                guard byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\\") else { continue }
                if offset > 0, bytes[offset - 1] >= 0x80 { return nil }
                if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return nil }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
                    start = offset + 1
                }
            }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return cells
        }
    }

    static func characterCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; current.append(character); continue }
            if character == "|" { cells.append(current); current = ""; continue }
            current.append(character)
        }
        cells.append(current)
        return cells
    }
}

import Foundation
