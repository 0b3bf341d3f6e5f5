/// Mustache renders a missing partial, parent or variable as nothing;
/// this reads a template's tags so that a typo becomes an error with a line.
enum TemplateReferenceChecker {
    static func check(_ text: String, path: String, templates: Set<String>, stringKeys: Set<String>, diagnostics: inout DiagnosticBag) {
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let tagLine = line
                let tagColumn = column
                guard let close = text.range(of: "}}", range: index..<text.endIndex) else { return }
                let inner = text[text.index(index, offsetBy: 2)..<close.lowerBound]
                inspect(inner, location: SourceLocation(path: path, line: tagLine, column: tagColumn), templates: templates, stringKeys: stringKeys, diagnostics: &diagnostics)
                for character in text[index..<close.upperBound] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = close.upperBound
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
    }

    private static func inspect(_ tag: Substring, location: SourceLocation, templates: Set<String>, stringKeys: Set<String>, diagnostics: inout DiagnosticBag) {
        guard let sigil = tag.first else { return }
        if sigil == ">" || sigil == "<" {
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            if !templates.contains(name) {
                diagnostics.error(
                    location, "template '\(name)' does not exist",
                    hint: "create templates/\(name).mustache or templates/partials/\(name).mustache, or fix the name")
            }
            return
        }
        var name = tag.trimmingCharacters(in: .whitespaces)
        if let first = name.first, "#^{&".contains(first) { name = String(name.dropFirst()).trimmingCharacters(in: .whitespaces) }
        if name.hasSuffix("}") { name = String(name.dropLast()) }
        if name.hasPrefix("i18n.") || name.hasPrefix("i18nPlural.") {
            // `i18nPlural.key.one`: the key is the part after the prefix, before the category.
            let key = String(name.drop(while: { $0 != "." }).dropFirst().prefix(while: { $0 != "." }))
            if !stringKeys.contains(key) {
                diagnostics.error(location, "UI string '\(key)' is not defined", hint: "add `\(key): …` to every file in i18n/")
            }
        }
    }
}
