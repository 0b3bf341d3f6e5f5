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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isDelimiter(first) else { return .failure(.missing) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 2
        while let line = lines.first {
            lines = lines.dropFirst()
            if isDelimiter(line) || line.trimmingTrailingSpaces == "..." {
                return .success(Parts(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlFirstLine: 2,
                    body: lines.joined(separator: "\n"),
                    bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
            lineNumber += 1
        }
        return .failure(.unclosed)
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
