/// Edits a content file's front matter line by line, keeping every other byte
/// as written (comments, quoting, key order, CRLF line endings), which a YAML
/// round trip would not.
///
/// A top-level entry is a line starting with `key:` at column 1 together with
/// the lines after it that are indented, list items (`- …`), comments or blank.
struct FrontMatterEditor {
    struct Entry {
        /// Nil for lines before the first key (comments).
        var key: String?
        var lines: [Substring]
    }

    /// The opening `---` line (with its line ending).
    var opening: Substring
    var entries: [Entry]
    /// The closing `---` line and the whole body, untouched.
    var rest: Substring
    /// `\r\n` when the file uses it, so inserted lines match.
    var lineEnding: String

    /// Nil when the text has no front matter (no `---` first line or no closing one).
    init?(_ text: String) {
        let lines = Self.linesKeepingEndings(text)
        guard let first = lines.first, Self.isDelimiter(first) else { return nil }
        guard let closing = lines.dropFirst().firstIndex(where: { Self.isDelimiter($0) || Self.trimmed($0) == "..." }) else { return nil }
        opening = first
        lineEnding = first.hasSuffix("\r\n") ? "\r\n" : "\n"
        let startOfRest = lines[closing].startIndex
        rest = text[startOfRest...]
        entries = []
        for line in lines[1..<closing] {
            if let key = Self.topLevelKey(line) {
                entries.append(Entry(key: key, lines: [line]))
            } else if entries.isEmpty {
                entries.append(Entry(key: nil, lines: [line]))
            } else {
                entries[entries.count - 1].lines.append(line)
            }
        }
    }

    var text: String {
        var result = String(opening)
        for entry in entries { for line in entry.lines { result += line } }
        return result + rest
    }

    func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Replaces a key's whole entry with one line, or appends it when absent.
    mutating func set(_ key: String, line: String) {
        let newLine = Substring(line + lineEnding)
        if let index = entries.firstIndex(where: { $0.key == key }) {
            // Only the key's own line changes when the value fits on it; continuation lines go.
            entries[index].lines = [newLine]
        } else {
            ensureFinalLineEnding()
            entries.append(Entry(key: key, lines: [newLine]))
        }
    }

    mutating func remove(_ key: String) {
        entries.removeAll { $0.key == key }
    }

    mutating func insertComment(_ comment: String) {
        entries.insert(Entry(key: nil, lines: [Substring("# " + comment + lineEnding)]), at: 0)
    }

    /// A last YAML line without a newline would run into an appended one.
    private mutating func ensureFinalLineEnding() {
        guard let last = entries.indices.last, let line = entries[last].lines.last, !line.hasSuffix("\n") else { return }
        entries[last].lines[entries[last].lines.count - 1] = Substring(String(line) + lineEnding)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func linesKeepingEndings(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            // "\r\n" is one Character in Swift, so this also ends CRLF lines.
            if text[index] == "\n" || text[index] == "\r\n" {
                let next = text.index(after: index)
                lines.append(text[start..<next])
                start = next
                index = next
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    static func trimmed(_ line: Substring) -> Substring {
        var result = line
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }

    static func isDelimiter(_ line: Substring) -> Bool { trimmed(line) == "---" }

    static func topLevelKey(_ line: Substring) -> String? {
        guard let first = line.first, first.isLetter || first == "_" else { return nil }
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after].isWhitespace else { return nil }
        return String(key)
    }
}
