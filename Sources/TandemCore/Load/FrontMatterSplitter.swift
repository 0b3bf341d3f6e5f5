/// Separates the front matter from the Markdown body, keeping the line on which
/// each starts so positions stay those of the original file. Front matter is read
/// as Hugo reads it: YAML between `---` lines, TOML between `+++` lines, or a JSON
/// object starting on the first line with `{`.
struct FrontMatterSplitter {
    struct Parts: Equatable {
        /// The front matter text (YAML, TOML, or for JSON the whole object with its braces).
        var yaml: String
        /// File line of the first front matter line (the line after the opening `---`/`+++`; 1 for JSON).
        var yamlFirstLine: Int
        /// A slice of the file's text: pages keep it, so a body is not a second copy of its file.
        var body: Substring
        /// File line of the first body line.
        var bodyFirstLine: Int
        var format: FrontMatterFormat = .yaml
    }

    enum Failure: Error, Equatable {
        /// The file does not start with `---`.
        case missing
        /// An opening `---` without its closing line.
        case unclosed
    }

    static func split(_ text: String) -> Result<Parts, Failure> {
        // Hugo allows blank lines before the front matter; positions stay the file's.
        if let first = text.utf8.first, first == 0x0A || first == 0x20 || first == 0x09 {
            var start = text.startIndex
            var skipped = 0
            while let newline = text.utf8[start...].firstIndex(of: 0x0A),
                  text.utf8[start..<newline].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                start = text.utf8.index(after: newline)
                skipped += 1
            }
            if skipped > 0, case .success(var parts) = splitFromStart(String(text[start...])) {
                parts.yamlFirstLine += skipped
                parts.bodyFirstLine += skipped
                return .success(parts)
            }
        }
        return splitFromStart(text)
    }

    private static func splitFromStart(_ text: String) -> Result<Parts, Failure> {
        // Lines are found on the UTF-8 bytes ("\n" is always a character of its own), and the
        // YAML and body are cut out of the text: splitting every file into lines and joining
        // them again was a visible part of a large build.
        let utf8 = text.utf8
        func line(from start: String.Index) -> (text: Substring, next: String.Index?) {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return (text[start...], nil) }
            return (text[start..<newline], utf8.index(after: newline))
        }
        let first = line(from: text.startIndex)
        if first.text.trimmingTrailingSpaces == "+++" { return splitTOML(text, after: first.next) }
        if first.text.first == "{" { return splitJSON(text) }
        guard isDelimiter(first.text) else { return .failure(.missing) }
        guard let yamlStart = first.next else { return .failure(.unclosed) }
        var cursor = yamlStart
        var lineNumber = 2
        while true {
            let current = line(from: cursor)
            if isDelimiter(current.text) || current.text.trimmingTrailingSpaces == "..." {
                let yamlEnd = cursor == yamlStart ? yamlStart : utf8.index(before: cursor)
                return .success(Parts(
                    yaml: String(text[yamlStart..<yamlEnd]),
                    yamlFirstLine: 2,
                    body: current.next.map { text[$0...] } ?? "",
                    bodyFirstLine: lineNumber + 1))
            }
            guard let next = current.next else { return .failure(.unclosed) }
            cursor = next
            lineNumber += 1
        }
    }

    private static func isDelimiter(_ line: Substring) -> Bool { line.trimmingTrailingSpaces == "---" }

    /// TOML between `+++` lines.
    private static func splitTOML(_ text: String, after start: String.Index?) -> Result<Parts, Failure> {
        guard let start else { return .failure(.unclosed) }
        let utf8 = text.utf8
        var cursor = start
        var lineNumber = 2
        while true {
            let newline = utf8[cursor...].firstIndex(of: 0x0A)
            let current = text[cursor..<(newline ?? text.endIndex)]
            if current.trimmingTrailingSpaces == "+++" {
                let end = cursor == start ? start : utf8.index(before: cursor)
                return .success(Parts(
                    yaml: String(text[start..<end]), yamlFirstLine: 2,
                    body: newline.map { text[utf8.index(after: $0)...] } ?? "",
                    bodyFirstLine: lineNumber + 1, format: .toml))
            }
            guard let newline else { return .failure(.unclosed) }
            cursor = utf8.index(after: newline)
            lineNumber += 1
        }
    }

    /// A JSON object from the first `{` to its matching `}` (braces inside strings do not
    /// count), as Hugo finds it; the body starts on the line after the closing brace.
    private static func splitJSON(_ text: String) -> Result<Parts, Failure> {
        let utf8 = text.utf8
        var depth = 0
        var inString = false
        var escaped = false
        var lineNumber = 1
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A { lineNumber += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    let end = utf8.index(after: index)
                    // The rest of the closing brace's line is not body.
                    let newline = utf8[end...].firstIndex(of: 0x0A)
                    return .success(Parts(
                        yaml: String(text[..<end]), yamlFirstLine: 1,
                        body: newline.map { text[utf8.index(after: $0)...] } ?? "",
                        bodyFirstLine: lineNumber + 1, format: .json))
                }
            }
            index = utf8.index(after: index)
        }
        return .failure(.unclosed)
    }
}

/// How a page's front matter is written; `tandem translate` keeps each file's own.
public enum FrontMatterFormat: String, Sendable, Hashable {
    case yaml, toml, json
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
