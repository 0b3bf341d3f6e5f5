/// Edits a content file's front matter line by line, keeping every other byte
/// as written (comments, quoting, key order, CRLF line endings), which a YAML
/// round trip would not, and keeping the file's own format (YAML, TOML, JSON).
///
/// A top-level entry is a line starting with `key:` (TOML: `key =`; JSON: `"key":`
/// one level in) together with the lines after it that are indented, list items
/// (`- …`), comments or blank. In TOML, everything from the first `[table]` line
/// on stays last (a key written after it would belong to that table).
struct FrontMatterEditor {
    /// A value to write: `.text` is always quoted; `.plain` is written as it is in
    /// YAML (`draft: true`, `source_hash: 1a2b…`), and quoted in TOML and JSON unless
    /// it is `true` or `false`.
    enum Value {
        case text(String)
        case plain(String)
    }

    var format: FrontMatterFormat = .yaml
    /// TOML's tables, or JSON's closing brace line: kept after the entries.
    var tail: [Substring] = []
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

    /// Nil when the text has no front matter (no `---`, `+++` or `{` first line or no closing one).
    init?(_ text: String) {
        let lines = Self.linesKeepingEndings(text)
        guard let first = lines.first else { return nil }
        if Self.trimmed(first) == "+++" {
            format = .toml
        } else if Self.trimmed(first) == "{" {
            format = .json
        } else if !Self.isDelimiter(first) {
            return nil
        }
        let isClosing: (Substring) -> Bool = switch format {
        case .yaml: { Self.isDelimiter($0) || Self.trimmed($0) == "..." }
        case .toml: { Self.trimmed($0) == "+++" }
        case .json: { Self.trimmed($0).hasPrefix("}") && !$0.hasPrefix(" ") && !$0.hasPrefix("\t") }
        }
        guard let closing = lines.dropFirst().firstIndex(where: isClosing) else { return nil }
        opening = first
        lineEnding = first.hasSuffix("\r\n") ? "\r\n" : "\n"
        let startOfRest = lines[closing].startIndex
        rest = text[startOfRest...]
        entries = []
        var depth = 0
        for line in lines[1..<closing] {
            if format == .toml, !tail.isEmpty || line.first == "[" {
                tail.append(line)
                continue
            }
            let key: String? = switch format {
            case .yaml: Self.topLevelKey(line)
            case .toml: Self.tomlKey(line)
            case .json: depth == 0 ? Self.jsonKey(line) : nil
            }
            if format == .json { depth += Self.nestingChange(line) }
            if let key {
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
        for line in tail { result += line }
        return result + rest
    }

    /// Sets a key in the file's own syntax (see `Value`).
    mutating func set(_ key: String, _ value: Value) {
        let written: String
        switch (format, value) {
        case (.yaml, .text(let text)): written = Self.quoted(text)
        case (.yaml, .plain(let text)): written = text
        case (_, .text(let text)): written = Self.quoted(text)
        case (_, .plain(let text)): written = text == "true" || text == "false" ? text : Self.quoted(text)
        }
        switch format {
        case .yaml: set(key, line: key + ": " + written)
        case .toml: set(key, line: key + " = " + written)
        case .json: setJSON(key, line: "  " + Self.quoted(key) + ": " + written)
        }
    }

    /// JSON needs commas between entries and none after the last.
    private mutating func setJSON(_ key: String, line: String) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            let hadComma = entries[index].lines.last.map { Self.trimmed($0).hasSuffix(",") } ?? false
            entries[index].lines = [Substring(line + (hadComma ? "," : "") + lineEnding)]
            return
        }
        if let last = entries.indices.last(where: { entries[$0].key != nil }), let lastLine = entries[last].lines.indices.last {
            let text = entries[last].lines[lastLine]
            if !Self.trimmed(text).hasSuffix(",") {
                let body = Self.trimmed(text)
                entries[last].lines[lastLine] = Substring(body + "," + lineEnding)
            }
        }
        entries.append(Entry(key: key, lines: [Substring(line + lineEnding)]))
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
        // JSON: the entry now last loses its comma.
        if format == .json, let last = entries.indices.last(where: { entries[$0].key != nil }), let lastLine = entries[last].lines.indices.last {
            let text = Self.trimmed(entries[last].lines[lastLine])
            if text.hasSuffix(",") { entries[last].lines[lastLine] = Substring(text.dropLast() + lineEnding) }
        }
    }

    /// A comment line first in the front matter; JSON has no comments, so none there.
    mutating func insertComment(_ comment: String) {
        guard format != .json else { return }
        entries.insert(Entry(key: nil, lines: [Substring("# " + comment + lineEnding)]), at: 0)
    }

    /// Appends a comment line to the first entry (after `insertComment`); nothing in JSON.
    mutating func appendComment(_ comment: String) {
        guard format != .json, !entries.isEmpty else { return }
        entries[0].lines.append(Substring("# " + comment + lineEnding))
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

    /// `key = …` at column 1 (bare or quoted key).
    static func tomlKey(_ line: Substring) -> String? {
        guard let first = line.first, first.isLetter || first.isNumber || first == "_" || first == "-" || first == "\"" else { return nil }
        guard let equals = line.firstIndex(of: "=") else { return nil }
        var key = line[..<equals]
        while let last = key.last, last == " " || last == "\t" { key = key.dropLast() }
        if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 { key = key.dropFirst().dropLast() }
        guard !key.isEmpty, !key.contains(" ") || line.first == "\"" else { return nil }
        return String(key)
    }

    /// `"key": …` on a line of the object's first level.
    static func jsonKey(_ line: Substring) -> String? {
        let trimmedStart = line.drop { $0 == " " || $0 == "\t" }
        guard trimmedStart.first == "\"" else { return nil }
        let afterQuote = trimmedStart.dropFirst()
        guard let close = afterQuote.firstIndex(of: "\"") else { return nil }
        let after = afterQuote[afterQuote.index(after: close)...].drop { $0 == " " }
        guard after.first == ":" else { return nil }
        return String(afterQuote[..<close])
    }

    /// How much a JSON line opens (`{`, `[`) minus what it closes, outside strings.
    static func nestingChange(_ line: Substring) -> Int {
        var change = 0
        var inString = false
        var escaped = false
        for character in line {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "{" || character == "[" {
                change += 1
            } else if character == "}" || character == "]" {
                change -= 1
            }
        }
        return change
    }

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
