import Foundation
import TOMLKit

/// Reads TOML (front matter between `+++` lines, Hugo's configuration files) into
/// the same ordered `FrontMatterEntry`s as YAML, and turns TOML errors into
/// diagnostics at the file's line and column.
///
/// toml++ keeps tables sorted by key and has no position per key, so each key's
/// line is found in the text (`key =` or `[table]`), and entries come back in the
/// order they were written. Scalars become text as an author would read them:
/// `weight = 3` → "3", `draft = false` → "false", `date = 2024-11-01` → "2024-11-01".
struct TOMLReader {
    var path: String
    /// The file line on which the TOML text starts (2 for front matter after `+++`).
    var firstLine: Int = 1

    func readMapping(_ toml: String, what: String, diagnostics: inout DiagnosticBag) -> [FrontMatterEntry]? {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            diagnostics.error(
                SourceLocation(path: path, line: firstLine - 1 + max(1, error.source.begin.line), column: max(1, error.source.begin.column)),
                "malformed TOML in the \(what): \(error.description)",
                hint: "TOML writes `key = value`, text in double quotes (`title = \"Agenda\"`), lists in brackets (`tags = [\"a\", \"b\"]`)")
            return nil
        } catch {
            diagnostics.error(SourceLocation(path: path, line: firstLine), "cannot read the \(what): \(error)")
            return nil
        }
        return entries(of: table, keyPath: "", lines: Self.keyLines(toml))
    }

    private func entries(of table: TOMLTable, keyPath: String, lines: [String: Int]) -> [FrontMatterEntry] {
        var result: [(line: Int, entry: FrontMatterEntry)] = []
        for (key, value) in table {
            let full = keyPath.isEmpty ? key : keyPath + "." + key
            let line = lines[full] ?? Int.max
            let location = SourceLocation(path: path, line: firstLine - 1 + (line == Int.max ? 1 : line))
            result.append((line, FrontMatterEntry(key: key, value: convert(value, keyPath: full, lines: lines), location: location)))
        }
        // Stable: keys whose line was not found keep toml++'s (sorted) order, after the others.
        return result.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element.entry)
    }

    private func convert(_ value: TOMLValueConvertible, keyPath: String, lines: [String: Int]) -> FrontMatterValue {
        switch value.type {
        case .string: return .text(value.string ?? "")
        case .int: return .text(value.int.map(String.init) ?? "")
        case .double: return .text(value.double.map { String($0) } ?? "")
        case .bool: return .text(value.bool.map { $0 ? "true" : "false" } ?? "")
        case .date:
            guard let date = value.date else { return .null }
            return .text(CalendarDate(year: date.year, month: date.month, day: date.day).iso)
        case .time: return .text(value.time?.debugDescription ?? "")
        case .dateTime: return .text(value.dateTime?.debugDescription ?? "")
        case .array:
            guard let array = value.array else { return .list([]) }
            return .list(array.map { convert($0, keyPath: keyPath, lines: lines) })
        case .table:
            guard let table = value.table else { return .map([]) }
            return .map(entries(of: table, keyPath: keyPath, lines: lines))
        }
    }

    /// The line (within the TOML text, from 1) of each key, by its dotted path:
    /// `title = …` → "title", `[params]` → "params", `author = …` below it → "params.author".
    static func keyLines(_ toml: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var table = ""
        var lineNumber = 0
        for raw in toml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = normalizedKey(name)
                if lines[table] == nil { lines[table] = lineNumber }
                continue
            }
            guard let first = line.first, first != "#", let equals = keyEnd(line) else { continue }
            let key = normalizedKey(line[..<equals])
            guard !key.isEmpty else { continue }
            let full = table.isEmpty ? key : table + "." + key
            if lines[full] == nil { lines[full] = lineNumber }
        }
        return lines
    }

    /// The position of the `=` that ends a key (outside quotes), or nil.
    private static func keyEnd(_ line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
        }
        return nil
    }

    /// `"a b" . c ` → `a b.c`.
    private static func normalizedKey(_ raw: Substring) -> String {
        raw.split(separator: ".").map { part in
            var trimmed = part.trimmingCharacters(in: .whitespaces)
            if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
                trimmed = String(trimmed.dropFirst().dropLast())
            }
            return trimmed
        }.joined(separator: ".")
    }
}
