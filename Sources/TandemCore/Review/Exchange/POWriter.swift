/// Writes a `TranslationExchange` as a gettext PO file for Weblate and Pootle:
/// the same units as the XLIFF, with
///
/// - `msgctxt` the source file and unit id (`content/agendas/x.es.md#b12`), so
///   units of one page never merge with another's;
/// - `msgid` the unit's Markdown as written (links, emphasis and code in plain
///   sight: a translator keeps them as they are);
/// - `#.` comments saying what the unit is, its glossary entries and its source hash,
///   `#:` the file and line, `#, fuzzy` on a translation that needs review.
public enum POWriter {
    public static let sourceHashComment = "source-hash: "

    public static func write(_ exchange: TranslationExchange) -> String {
        var po = "# Translation into \(exchange.targetLanguage), exported by Tandem (tandem translate --export).\n"
        po += "# Keep Markdown links, emphasis, `code`, footnote references [^1] and times as they are.\n"
        po += "msgid \"\"\nmsgstr \"\"\n"
        po += "\"Project-Id-Version: Tandem\\n\"\n"
        po += "\"Language: \(exchange.targetLanguage)\\n\"\n"
        po += "\"MIME-Version: 1.0\\n\"\n"
        po += "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        po += "\"Content-Transfer-Encoding: 8bit\\n\"\n"
        po += "\"X-Tandem-Site: \(exchange.site)\\n\"\n"
        for file in exchange.files {
            for unit in file.units {
                po += "\n"
                for note in unit.notes { po += "#. " + note.replacingOccurrences(of: "\n", with: " ") + "\n" }
                if let hash = unit.sourceHash { po += "#. " + sourceHashComment + hash + "\n" }
                po += "#: \(file.original):\(unit.line)\n"
                let target = unit.targetMarkdown ?? ""
                if !target.isEmpty && !unit.approved { po += "#, fuzzy\n" }
                po += "msgctxt " + quoted(file.original + "#" + unit.id) + "\n"
                po += "msgid " + quoted(unit.sourceMarkdown) + "\n"
                po += "msgstr " + quoted(target) + "\n"
            }
        }
        return po
    }

    /// A PO string, cut after each newline the way gettext tools write them.
    static func quoted(_ text: String) -> String {
        let escaped = text.map { character -> String in
            switch character {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": "\\n"
            case "\t": "\\t"
            case "\r": "\\r"
            case "\r\n": "\\r\\n"
            default: String(character)
            }
        }
        guard text.contains("\n") else { return "\"" + escaped.joined() + "\"" }
        var lines: [String] = [""]
        var current = ""
        for (character, written) in zip(text, escaped) {
            current += written
            if character == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { "\"" + $0 + "\"" }.joined(separator: "\n")
    }
}
