/// Reads a JSON object (front matter starting with `{`, Hugo's `hugo.json`) into
/// ordered `FrontMatterEntry`s with each key's position, keeping scalars as
/// written (`3` stays "3", `true` stays "true"), and reports the first error at
/// its line and column. A small reader of its own because Foundation's loses the
/// order of keys and says where an error is only as a byte offset.
struct JSONReader {
    var path: String
    /// The file line on which the JSON text starts.
    var firstLine: Int = 1
    /// Deeper nesting is refused rather than read recursively.
    static let maximumDepth = 100

    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    func readMapping(_ json: String, what: String, diagnostics: inout DiagnosticBag) -> [FrontMatterEntry]? {
        var parser = Parser(characters: Array(json), path: path, firstLine: firstLine)
        do {
            parser.skipSpace()
            let (value, line, column) = (try parser.value(depth: 0), parser.line, parser.column)
            parser.skipSpace()
            if parser.index < parser.characters.count { throw Failure(message: "unexpected text after the object", line: parser.line, column: parser.column) }
            guard case .map(let entries) = value else {
                diagnostics.error(SourceLocation(path: path, line: firstLine - 1 + line, column: column), "the \(what) must be a JSON object `{ \"key\": value }`")
                return nil
            }
            return entries
        } catch let failure as Failure {
            diagnostics.error(
                SourceLocation(path: path, line: firstLine - 1 + failure.line, column: failure.column),
                "malformed JSON in the \(what): \(failure.message)",
                hint: "JSON writes `\"key\": value` pairs separated by commas, text in double quotes, no comma after the last pair")
            return nil
        } catch {
            diagnostics.error(SourceLocation(path: path, line: firstLine), "cannot read the \(what): \(error)")
            return nil
        }
    }

    struct Parser {
        var characters: [Character]
        var path: String
        var firstLine: Int
        var index = 0
        var line = 1
        var column = 1

        var current: Character? { index < characters.count ? characters[index] : nil }

        mutating func advance() {
            if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }

        mutating func skipSpace() {
            while let character = current, character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" { advance() }
        }

        func failure(_ message: String) -> Failure { Failure(message: message, line: line, column: column) }

        mutating func expect(_ character: Character) throws {
            skipSpace()
            guard current == character else {
                throw failure("expected '\(character)', found \(current.map { "'\($0)'" } ?? "the end")")
            }
            advance()
        }

        mutating func value(depth: Int) throws -> FrontMatterValue {
            guard depth < JSONReader.maximumDepth else { throw failure("nested more than \(JSONReader.maximumDepth) levels deep") }
            skipSpace()
            guard let character = current else { throw failure("expected a value, found the end") }
            switch character {
            case "{": return try object(depth: depth)
            case "[": return try array(depth: depth)
            case "\"": return .text(try string())
            default:
                var word = ""
                while let next = current, next.isLetter || next.isNumber || next == "-" || next == "+" || next == "." {
                    word.append(next)
                    advance()
                }
                switch word {
                case "null": return .null
                case "true", "false": return .text(word)
                default:
                    guard !word.isEmpty, word.first.map({ $0 == "-" || $0.isNumber }) == true, Double(word) != nil else {
                        throw failure(word.isEmpty ? "expected a value, found '\(character)'" : "'\(word)' is not a JSON value (text needs double quotes)")
                    }
                    return .text(word)
                }
            }
        }

        mutating func object(depth: Int) throws -> FrontMatterValue {
            advance()  // {
            var entries: [FrontMatterEntry] = []
            skipSpace()
            if current == "}" { advance(); return .map(entries) }
            while true {
                skipSpace()
                guard current == "\"" else { throw failure("expected a key in double quotes, found \(current.map { "'\($0)'" } ?? "the end")") }
                let location = SourceLocation(path: path, line: firstLine - 1 + line, column: column)
                let key = try string()
                try expect(":")
                entries.append(FrontMatterEntry(key: key, value: try value(depth: depth + 1), location: location))
                skipSpace()
                if current == "," { advance(); continue }
                if current == "}" { advance(); return .map(entries) }
                throw failure("expected ',' or '}' after a value, found \(current.map { "'\($0)'" } ?? "the end")")
            }
        }

        mutating func array(depth: Int) throws -> FrontMatterValue {
            advance()  // [
            var items: [FrontMatterValue] = []
            skipSpace()
            if current == "]" { advance(); return .list(items) }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                if current == "," { advance(); continue }
                if current == "]" { advance(); return .list(items) }
                throw failure("expected ',' or ']' after a value, found \(current.map { "'\($0)'" } ?? "the end")")
            }
        }

        mutating func string() throws -> String {
            advance()  // "
            var result = ""
            while let character = current {
                advance()
                switch character {
                case "\"": return result
                case "\\":
                    guard let escaped = current else { break }
                    advance()
                    switch escaped {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "b": result.append("\u{8}")
                    case "f": result.append("\u{C}")
                    case "u":
                        var hex = ""
                        for _ in 0..<4 { if let digit = current, digit.isHexDigit { hex.append(digit); advance() } }
                        guard hex.count == 4, let code = UInt32(hex, radix: 16) else { throw failure("'\\u' needs four hexadecimal digits") }
                        // A surrogate pair: a high half followed by `\uDC00`…
                        if (0xD800...0xDBFF).contains(code), current == "\\", index + 1 < characters.count, characters[index + 1] == "u" {
                            advance(); advance()
                            var low = ""
                            for _ in 0..<4 { if let digit = current, digit.isHexDigit { low.append(digit); advance() } }
                            if let lowCode = UInt32(low, radix: 16), (0xDC00...0xDFFF).contains(lowCode),
                               let scalar = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (lowCode - 0xDC00)) {
                                result.unicodeScalars.append(scalar)
                                continue
                            }
                            throw failure("an unpaired surrogate in '\\u\(hex)'")
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw failure("'\\u\(hex)' is not a character") }
                        result.unicodeScalars.append(scalar)
                    default: result.append(escaped)  // \" \\ \/
                    }
                case "\n": throw failure("a line break inside a text value (write it as \\n)")
                default: result.append(character)
                }
            }
            throw failure("a text value is never closed with '\"'")
        }
    }
}
