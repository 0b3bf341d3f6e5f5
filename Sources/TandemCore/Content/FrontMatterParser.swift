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
            switch raw.lowercased() {
            case "true", "yes", "on": frontMatter.draft = true
            case "false", "no", "off": frontMatter.draft = false
            default: errors.error(frontMatter.location(of: "draft"), "draft must be true or false, not '\(raw)'")
            }
        }
        if let raw = text("translate") {
            switch raw.lowercased() {
            case "true", "yes", "on": frontMatter.translate = true
            case "false", "no", "off": frontMatter.translate = false
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
}
