import Foundation

/// Reads a PO file written by `POWriter` and translated (Weblate, Pootle,
/// Poedit): each entry's `msgctxt` names the page and unit; `msgstr` is the
/// translation in Markdown; `#, fuzzy` means it still needs review.
public enum POReader {
    public static func read(_ text: String, path: String) throws -> TranslationExchange {
        var errors: [ExchangeFileError] = []
        var entries: [Entry] = []
        var current = Entry()
        var field: WritableKeyPath<Entry, String?>?
        var lineNumber = 0
        func finish() {
            if current.msgid != nil || current.msgctxt != nil { entries.append(current) }
            current = Entry()
            field = nil
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { finish(); continue }
            if trimmed.hasPrefix("#~") { continue }  // obsolete entries
            if trimmed.hasPrefix("#") {
                if field != nil && current.msgid != nil { finish() }
                if current.line == 0 { current.line = lineNumber }
                if trimmed.hasPrefix("#,") {
                    current.flags += trimmed.dropFirst(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                } else if trimmed.hasPrefix("#.") {
                    current.comments.append(String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces))
                }
                continue
            }
            let keywords: [(String, WritableKeyPath<Entry, String?>)] = [("msgctxt", \.msgctxt), ("msgid_plural", \.plural), ("msgid", \.msgid), ("msgstr", \.msgstr)]
            if let (keyword, keyPath) = keywords.first(where: { trimmed.hasPrefix($0.0 + " ") || trimmed.hasPrefix($0.0 + "\"") }) {
                if keyword == "msgctxt" || (keyword == "msgid" && current.msgctxt == nil), current.msgid != nil { finish() }
                if current.line == 0 || keyword == "msgctxt" { current.line = lineNumber }
                guard let value = unquote(trimmed.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces)) else {
                    errors.append(ExchangeFileError(path, line: lineNumber, "malformed PO: \(keyword) is not a quoted string",
                                                    hint: "write it as \(keyword) \"…\""))
                    continue
                }
                current[keyPath: keyPath] = value
                field = keyPath
                continue
            }
            if trimmed.hasPrefix("msgstr[") {
                errors.append(ExchangeFileError(path, line: lineNumber, "plural forms are not used by Tandem", hint: "translate the unit as one msgstr"))
                continue
            }
            if trimmed.hasPrefix("\""), let field, let value = unquote(trimmed) {
                current[keyPath: field] = (current[keyPath: field] ?? "") + value
                continue
            }
            errors.append(ExchangeFileError(path, line: lineNumber, "malformed PO: cannot read this line",
                                            hint: "a PO entry has #. comments, msgctxt, msgid and msgstr lines, each string in double quotes"))
        }
        finish()
        if !errors.isEmpty { throw ExchangeFileErrors(errors) }

        var site = "", language = ""
        var files: [TranslationExchange.File] = []
        var fileIndex: [String: Int] = [:]
        for entry in entries {
            guard let msgid = entry.msgid else { continue }
            if msgid.isEmpty && (entry.msgctxt ?? "").isEmpty {
                for header in (entry.msgstr ?? "").split(separator: "\n") {
                    let parts = header.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2 else { continue }
                    if parts[0] == "X-Tandem-Site" { site = parts[1] }
                    if parts[0] == "Language" { language = parts[1] }
                }
                continue
            }
            guard let context = entry.msgctxt, let hash = context.lastIndex(of: "#") else {
                errors.append(ExchangeFileError(path, line: entry.line, "entry without msgctxt \"content/…#unit\"",
                                                hint: "the msgctxt says which page and unit the entry is; keep it as exported"))
                continue
            }
            let original = String(context[..<hash]), id = String(context[context.index(after: hash)...])
            let fuzzy = entry.flags.contains("fuzzy")
            let target = entry.msgstr ?? ""
            var unit = TranslationExchange.Unit(
                id: id, label: "", source: [], sourceMarkdown: msgid, targetMarkdown: target.isEmpty ? nil : target,
                state: target.isEmpty ? "new" : fuzzy ? "needs-review-translation" : "translated", approved: !fuzzy && !target.isEmpty,
                notes: entry.comments)
            unit.sourceHash = entry.comments.first { $0.hasPrefix(POWriter.sourceHashComment) }.map { String($0.dropFirst(POWriter.sourceHashComment.count)) }
            unit.fileLine = entry.line
            if let index = fileIndex[original] {
                files[index].units.append(unit)
            } else {
                fileIndex[original] = files.count
                var file = TranslationExchange.File(original: original, translationKey: "", sourceLanguage: "", targetPath: "", units: [unit])
                file.fileLine = entry.line
                files.append(file)
            }
        }
        if !errors.isEmpty { throw ExchangeFileErrors(errors) }
        return TranslationExchange(site: site, targetLanguage: language, files: files)
    }

    private struct Entry {
        var msgctxt: String?
        var msgid: String?
        var plural: String?
        var msgstr: String?
        var flags: [String] = []
        var comments: [String] = []
        var line = 0
    }

    /// `"a\"b\n"` → `a"b` + newline; nil when not a quoted string.
    static func unquote(_ text: String) -> String? {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return nil }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                default: result.append("\\"); result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                result.append(character)
            }
        }
        return escaped ? nil : result
    }
}
