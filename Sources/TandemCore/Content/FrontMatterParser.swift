import Foundation

/// Reads and checks the front matter of one content file.
struct FrontMatterParser {
    static let knownKeys: Set<String> = [
        "title", "slug", "date", "summary", "tags", "weight", "draft", "translationKey",
        "aliases", "source_hash", "scaffolded_from", "translate", "layout", "lastmod", "description",
    ]

    var file: SourceFile

    /// The text of a first `# Heading` line (after blank lines), its line, and the text with
    /// that line emptied (so lines keep their numbers and the title is not shown twice).
    static func leadingHeading(_ text: String) -> (title: String, line: Int, body: String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }), lines[index].hasPrefix("# ") else { return nil }
        let title = lines[index].dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return nil }
        lines[index] = ""
        return (title, index + 1, lines.joined(separator: "\n"))
    }

    /// The front matter and the Markdown body with the line it starts on; nil
    /// when the file cannot become a page (errors added).
    func parse(diagnostics: inout DiagnosticBag) -> (FrontMatter, body: Substring, bodyFirstLine: Int)? {
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file.text) {
        case .success(let value):
            parts = value
        case .failure(.missing):
            // Hugo publishes a file without front matter; Tandem can when its first line is a
            // `# Title` heading, which becomes the title.
            if let (title, line, body) = Self.leadingHeading(file.text) {
                diagnostics.warning(
                    file.location(line: line), "no front matter: the title is taken from this heading",
                    hint: "add front matter (---, title: \(title), ---) to set the title and other keys")
                var frontMatter = FrontMatter(title: title, location: file.location())
                frontMatter.entries = []
                return (frontMatter, body[...], 1)
            }
            diagnostics.error(
                file.location(), "missing front matter: a page needs at least a title",
                hint: "start the file with three lines: ---, title: …, --- (or TOML between +++ lines, or a JSON object)")
            return nil
        case .failure(.unclosed):
            let closing = file.text.hasPrefix("+++") ? "+++" : file.text.hasPrefix("{") ? "}" : "---"
            diagnostics.error(
                file.location(), "front matter is never closed",
                hint: closing == "}" ? "close the JSON object with } before the text" : "add a line with \(closing) after the last front matter line")
            return nil
        }
        let read: [FrontMatterEntry]?
        switch parts.format {
        case .yaml:
            read = YAMLReader(path: file.path, firstLine: parts.yamlFirstLine).readMapping(parts.yaml, what: "front matter", diagnostics: &diagnostics)
        case .toml:
            read = TOMLReader(path: file.path, firstLine: parts.yamlFirstLine).readMapping(parts.yaml, what: "front matter", diagnostics: &diagnostics)
        case .json:
            read = JSONReader(path: file.path, firstLine: parts.yamlFirstLine).readMapping(parts.yaml, what: "front matter", diagnostics: &diagnostics)
        }
        guard let entries = read else { return nil }

        var errors = DiagnosticBag()
        let start = file.location(line: 1)
        func text(_ key: String) -> String? {
            guard let entry = entries.first(where: { $0.key == key }) else { return nil }
            switch entry.value {
            case .text(let value): return value
            case .null: return nil
            default:
                errors.error(entry.location, "'\(key)' must be a single value", hint: "write `\(key): some text`")
                return nil
            }
        }
        func list(_ key: String) -> [String] {
            guard let entry = entries.first(where: { $0.key == key }) else { return [] }
            guard let values = entry.value.textList else {
                errors.error(entry.location, "'\(key)' must be a list of values", hint: "write `\(key): [one, two]`")
                return []
            }
            return values
        }

        var frontMatter = FrontMatter(title: "", location: start)
        frontMatter.entries = entries
        if let title = text("title"), !title.trimmingSpaces().isEmpty {
            frontMatter.title = title
        } else if !errors.items.contains(where: { $0.message.hasPrefix("'title'") }) {
            errors.error(
                entries.first { $0.key == "title" }?.location ?? start, "missing title",
                hint: "add `title: …` to the front matter")
        }
        frontMatter.slug = text("slug")
        // Hugo's `description` is the page's summary where no `summary` is written.
        frontMatter.summary = text("summary") ?? text("description")
        frontMatter.translationKey = text("translationKey")
        frontMatter.sourceHash = text("source_hash")
        frontMatter.scaffoldedFrom = text("scaffolded_from")
        frontMatter.layout = text("layout")
        frontMatter.tags = list("tags")
        frontMatter.aliases = list("aliases")
        if let raw = text("date") {
            if let date = CalendarDate(iso: raw) {
                frontMatter.date = date
            } else {
                errors.error(
                    frontMatter.location(of: "date"), "cannot read the date '\(raw)'",
                    hint: "write dates as YYYY-MM-DD, for example 2024-11-01")
            }
        }
        if let raw = text("lastmod") {
            if let date = CalendarDate(iso: raw) {
                frontMatter.lastmod = date
            } else {
                errors.error(
                    frontMatter.location(of: "lastmod"), "cannot read the date '\(raw)'",
                    hint: "write dates as YYYY-MM-DD, for example 2024-11-01")
            }
        }
        if let raw = text("weight") {
            if let weight = Int(raw) { frontMatter.weight = weight } else {
                errors.error(frontMatter.location(of: "weight"), "weight must be a whole number, not '\(raw)'")
            }
        }
        if let raw = text("draft") {
            // Only YAML 1.2's booleans: `yes`, `on`, `no`, `off` mean true or false in YAML 1.1 only,
            // and `draft: no` read as a word would be the opposite of what the author meant elsewhere.
            switch raw {
            case "true", "True", "TRUE": frontMatter.draft = true
            case "false", "False", "FALSE": frontMatter.draft = false
            default:
                errors.error(frontMatter.location(of: "draft"), "draft must be true or false, not '\(raw)'",
                             hint: "write `draft: true` or `draft: false`")
            }
        }
        checkParamURLs(frontMatter.params, diagnostics: &diagnostics)
        if let raw = text("translate") {
            switch raw.lowercased() {
            case "true": frontMatter.translate = true
            case "false": frontMatter.translate = false
            default:
                errors.error(
                    frontMatter.location(of: "translate"), "translate must be true or false, not '\(raw)'",
                    hint: "write `translate: false` on a page that stays in one language on purpose")
            }
        }
        diagnostics.append(contentsOf: errors.items)
        if errors.hasErrors { return nil }
        return (frontMatter, parts.body, parts.bodyFirstLine)
    }

    /// Keys Tandem does not know reach templates as `params`, where a theme may put
    /// them in an `href`: a value that would run there (`javascript:`, `data:`,
    /// `vbscript:`) is reported and replaced by nothing. Other text is left alone,
    /// since "Nota: …" reads like a URL scheme too.
    private func checkParamURLs(_ entries: [FrontMatterEntry], diagnostics: inout DiagnosticBag) {
        for entry in entries {
            switch entry.value {
            case .text(let value):
                if URLPolicy.isExecutable(value), case .rejected(let rejection) = URLPolicy.verdict(value) {
                    // Worded as the partner `items` check words it, so one value gets one warning.
                    diagnostics.warning(entry.location, URLPolicy.message(for: rejection, url: value), hint: URLPolicy.hint)
                }
            case .map(let nested): checkParamURLs(nested, diagnostics: &diagnostics)
            case .list(let items):
                checkParamURLs(items.map { FrontMatterEntry(key: entry.key, value: $0, location: entry.location) }, diagnostics: &diagnostics)
            case .null: break
            }
        }
    }
}
