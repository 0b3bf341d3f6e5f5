/// Reads and checks the front matter of one content file.
struct FrontMatterParser {
    static let knownKeys: Set<String> = [
        "title", "slug", "date", "summary", "tags", "weight", "draft", "translationKey",
        "aliases", "source_hash", "scaffolded_from", "translate", "layout",
    ]

    var file: SourceFile

    /// The front matter and the Markdown body with the line it starts on; nil
    /// when the file cannot become a page (errors added).
    func parse(diagnostics: inout DiagnosticBag) -> (FrontMatter, body: String, bodyFirstLine: Int)? {
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file.text) {
        case .success(let value):
            parts = value
        case .failure(.missing):
            diagnostics.error(
                file.location(), "missing front matter: a page needs at least a title",
                hint: "start the file with three lines: ---, title: …, ---")
            return nil
        case .failure(.unclosed):
            diagnostics.error(
                file.location(), "front matter is never closed",
                hint: "add a line with --- after the last front matter line")
            return nil
        }
        let reader = YAMLReader(path: file.path, firstLine: parts.yamlFirstLine)
        guard let entries = reader.readMapping(parts.yaml, what: "front matter", diagnostics: &diagnostics) else { return nil }

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
        frontMatter.summary = text("summary")
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
