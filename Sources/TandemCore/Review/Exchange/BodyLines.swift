import CCmarkGFM

/// A page body as lines of UTF-8 bytes, the way cmark counts positions
/// (1-based lines and byte columns): finds where a node's inline text starts
/// and ends, and reads or replaces it.
struct BodyLines {
    var lines: [[UInt8]]

    init(_ body: String) {
        lines = body.utf8.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
    }

    var text: String { String(decoding: Array(lines.joined(separator: [10])), as: UTF8.self) }

    func byte(line: Int, column: Int) -> UInt8? {
        guard line >= 1, line <= lines.count, column >= 1, column <= lines[line - 1].count else { return nil }
        return lines[line - 1][column - 1]
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }

    /// A paragraph: from its first byte to its last, as cmark reports them.
    func paragraphRegion(_ node: OpaquePointer) -> TranslationUnit.Region? {
        let startLine = Int(cmark_node_get_start_line(node)), startColumn = Int(cmark_node_get_start_column(node))
        let endLine = Int(cmark_node_get_end_line(node)), endColumn = Int(cmark_node_get_end_column(node))
        guard startLine >= 1, endLine >= startLine, endLine <= lines.count, startColumn >= 1,
              startColumn <= lines[startLine - 1].count + 1 else { return nil }
        var end = min(max(endColumn, 0), lines[endLine - 1].count)
        while end > (endLine == startLine ? startColumn - 1 : 0), Self.isSpace(lines[endLine - 1][end - 1]) { end -= 1 }
        return TranslationUnit.Region(
            startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: end + 1,
            continuationPrefix: continuationPrefix(line: startLine, column: startColumn))
    }

    /// `## Title ##` → `Title`; a setext heading's lines without the underline.
    func headingRegion(_ node: OpaquePointer) -> TranslationUnit.Region? {
        let startLine = Int(cmark_node_get_start_line(node)), startColumn = Int(cmark_node_get_start_column(node))
        let endLine = Int(cmark_node_get_end_line(node))
        guard startLine >= 1, endLine >= startLine, endLine <= lines.count, startColumn >= 1 else { return nil }
        let line = lines[startLine - 1]
        var start = startColumn - 1
        while start < line.count, line[start] == 32 { start += 1 }
        if start < line.count, line[start] == UInt8(ascii: "#") {
            while start < line.count, line[start] == UInt8(ascii: "#") { start += 1 }
            while start < line.count, Self.isSpace(line[start]) { start += 1 }
            var end = line.count
            while end > start, Self.isSpace(line[end - 1]) { end -= 1 }
            // A closing run of `#` counts only after a space (or as the whole text).
            var hashes = end
            while hashes > start, line[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
            if hashes < end, hashes == start || Self.isSpace(line[hashes - 1]) {
                end = hashes
                while end > start, Self.isSpace(line[end - 1]) { end -= 1 }
            }
            guard end > start else { return nil }
            return TranslationUnit.Region(startLine: startLine, startColumn: start + 1, endLine: startLine, endColumn: end + 1, continuationPrefix: "")
        }
        // Setext: the last line is the underline.
        let lastText = endLine - 1
        guard lastText >= startLine else { return nil }
        var end = lines[lastText - 1].count
        while end > 0, Self.isSpace(lines[lastText - 1][end - 1]) { end -= 1 }
        return TranslationUnit.Region(
            startLine: startLine, startColumn: start + 1, endLine: lastText, endColumn: end + 1,
            continuationPrefix: continuationPrefix(line: startLine, column: start + 1))
    }

    /// A table cell between its pipes, spaces trimmed.
    func cellRegion(_ node: OpaquePointer) -> TranslationUnit.Region? {
        let line = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node)), endColumn = Int(cmark_node_get_end_column(node))
        guard line >= 1, line <= lines.count, startColumn >= 1, endColumn >= startColumn else { return nil }
        let bytes = lines[line - 1]
        var start = startColumn - 1, end = min(endColumn, bytes.count)
        while start < end, Self.isSpace(bytes[start]) || bytes[start] == UInt8(ascii: "|") && start == startColumn - 1 { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        // An unescaped pipe at the end is the cell's border, not its text.
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\")) {
            end -= 1
            while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        }
        guard end > start else { return nil }
        return TranslationUnit.Region(startLine: line, startColumn: start + 1, endLine: line, endColumn: end + 1, continuationPrefix: "")
    }

    /// What goes before each further line: the first line's lead with all but `>` blanked
    /// (`- ` → two spaces, `> ` stays).
    private func continuationPrefix(line: Int, column: Int) -> String {
        let lead = lines[line - 1].prefix(max(0, column - 1))
        return String(decoding: lead.map { $0 == UInt8(ascii: ">") || $0 == 9 ? $0 : 32 }, as: UTF8.self)
    }

    /// The region's Markdown, further lines without their indent or quote markers.
    func text(of region: TranslationUnit.Region) -> String {
        var parts: [String] = []
        for number in region.startLine...region.endLine {
            let line = lines[number - 1]
            var start = number == region.startLine ? region.startColumn - 1 : 0
            let end = number == region.endLine ? min(region.endColumn - 1, line.count) : line.count
            if number != region.startLine {
                while start < end, Self.isSpace(line[start]) || line[start] == UInt8(ascii: ">") { start += 1 }
            }
            var trimmedEnd = end
            if number != region.endLine { while trimmedEnd > start, line[trimmedEnd - 1] == 13 { trimmedEnd -= 1 } }
            parts.append(start < trimmedEnd ? String(decoding: line[start..<trimmedEnd], as: UTF8.self) : "")
        }
        return parts.joined(separator: "\n")
    }

    /// Puts `markdown` where the region's text was, indenting further lines with its prefix.
    /// Replace from the last region to the first: earlier positions stay valid.
    mutating func replace(_ region: TranslationUnit.Region, with markdown: String) {
        let newLines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines[region.startLine - 1], last = lines[region.endLine - 1]
        let head = Array(first.prefix(region.startColumn - 1))
        let tail = Array(last.suffix(from: min(region.endColumn - 1, last.count)))
        var replacement: [[UInt8]] = []
        for (index, line) in newLines.enumerated() {
            var bytes = index == 0 ? head : Array(region.continuationPrefix.utf8)
            bytes += Array(line.utf8)
            if index == newLines.count - 1 { bytes += tail }
            replacement.append(bytes)
        }
        // A CRLF file keeps its line endings on the lines written.
        if first.last == 13 {
            for index in replacement.indices.dropLast() where replacement[index].last != 13 { replacement[index].append(13) }
        }
        lines.replaceSubrange((region.startLine - 1)...(region.endLine - 1), with: replacement)
    }
}
