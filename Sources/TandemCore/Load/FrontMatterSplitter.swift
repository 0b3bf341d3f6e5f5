/// Separates the YAML front matter from the Markdown body, keeping the line
/// on which each starts so positions stay those of the original file.
struct FrontMatterSplitter {
    struct Parts: Equatable {
        var yaml: String
        /// File line of the first YAML line (the line after the opening `---`).
        var yamlFirstLine: Int
        var body: String
        /// File line of the first body line.
        var bodyFirstLine: Int
    }

    enum Failure: Error, Equatable {
        /// The file does not start with `---`.
        case missing
        /// An opening `---` without its closing line.
        case unclosed
    }

    static func split(_ text: String) -> Result<Parts, Failure> {
        // Lines are found on the UTF-8 bytes ("\n" is always a character of its own), and the
        // YAML and body are cut out of the text: splitting every file into lines and joining
        // them again was a visible part of a large build.
        let utf8 = text.utf8
        func line(from start: String.Index) -> (text: Substring, next: String.Index?) {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return (text[start...], nil) }
            return (text[start..<newline], utf8.index(after: newline))
        }
        let first = line(from: text.startIndex)
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
                    body: current.next.map { String(text[$0...]) } ?? "",
                    bodyFirstLine: lineNumber + 1))
            }
            guard let next = current.next else { return .failure(.unclosed) }
            cursor = next
            lineNumber += 1
        }
    }

    private static func isDelimiter(_ line: Substring) -> Bool { line.trimmingTrailingSpaces == "---" }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
