import Foundation
@testable import TandemCore

/// Turns the small Markdown used in these tests into `MarkdownBlock`s the way the
/// pipeline's cmark walker does (headings, nested list items with continuation
/// lines, GFM table rows, paragraphs), so parsers are tested on realistic input
/// without linking libcmark-gfm here.
enum MarkdownFixture {
    static func blocks(_ markdown: String, firstLine: Int = 1) -> [MarkdownBlock] {
        let lines = markdown.components(separatedBy: "\n")
        var blocks: [MarkdownBlock] = []
        var index = 0
        // The list item or paragraph being continued by the following lines.
        var open: (block: MarkdownBlock, indent: Int)?

        func close() {
            if let current = open { blocks.append(current.block) }
            open = nil
        }

        while index < lines.count {
            let raw = lines[index]
            let lineNumber = firstLine + index
            index += 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                close()
                continue
            }
            if let heading = trimmed.firstMatch(of: /^(#{1,6})\s+(.*)$/) {
                close()
                let text = String(heading.2)
                blocks.append(MarkdownBlock(kind: .heading(level: heading.1.count), text: plain(text), source: text, line: lineNumber))
                continue
            }
            if trimmed.hasPrefix("|") {
                close()
                if trimmed.allSatisfy({ "|-: ".contains($0) }) { continue }
                let cellSources = trimmed.dropFirst().dropLast(trimmed.hasSuffix("|") ? 1 : 0)
                    .components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let next = index < lines.count ? lines[index].trimmingCharacters(in: .whitespaces) : ""
                let isHeader = next.hasPrefix("|") && next.allSatisfy { "|-: ".contains($0) }
                let cells = cellSources.map(plain)
                blocks.append(MarkdownBlock(kind: isHeader ? .tableHeader : .tableRow, text: cells.joined(separator: " | "),
                                            cells: cells, source: cellSources.joined(separator: " | "), line: lineNumber))
                continue
            }
            if let item = raw.firstMatch(of: /^(\s*)([-*+]|\d+[.)])\s+(.*)$/) {
                close()
                let indent = item.1.count
                let content = String(item.3)
                let ordered = item.2.first?.isNumber == true
                open = (MarkdownBlock(kind: .listItem(depth: indent / 2, ordered: ordered), text: plain(content),
                                      source: stripHardBreak(content), line: lineNumber), indent + item.2.count + 1)
                continue
            }
            if var current = open {
                current.block.text += "\n" + plain(trimmed)
                current.block.source += "\n" + stripHardBreak(trimmed)
                open = current
                continue
            }
            open = (MarkdownBlock(kind: .paragraph, text: plain(trimmed), source: stripHardBreak(trimmed), line: lineNumber), 0)
        }
        close()
        return blocks
    }

    /// Inline markup removed as cmark's plain text would: emphasis, links, hard breaks.
    static func plain(_ source: String) -> String {
        var text = stripHardBreak(source)
        text = text.replacing(/\[([^\]]*)\]\(([^)]*)\)/) { String($0.1) }
        text = text.replacing(/\*\*(.+?)\*\*/) { String($0.1) }
        text = text.replacing(/\*(\S(?:.*?\S)?)\*/) { String($0.1) }
        return text
    }

    private static func stripHardBreak(_ line: String) -> String {
        var text = line
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
