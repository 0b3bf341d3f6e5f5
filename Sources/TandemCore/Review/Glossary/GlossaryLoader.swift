import Foundation

/// Reads `glossary.yaml` at a site's root, and the termbase exports it imports
/// (`import: [terms.csv, terms.tbx]`), into a `Glossary`. No file is no
/// glossary; every mistake is an error at its file, line and column.
public struct GlossaryLoader: Sendable {
    public var siteFolder: URL
    /// The site's language codes: the keys an entry may give terms for.
    public var languages: [String]
    /// What may be read (tandem.yaml's `files:`): the glossary and its termbases go
    /// through the same rule as every other site file.
    public var limits: FileLimits

    public init(siteFolder: URL, languages: [String], limits: FileLimits = FileLimits()) {
        self.siteFolder = siteFolder
        self.languages = languages
        self.limits = limits
    }

    static let entryKeys: Set<String> = ["variants", "forbidden", "note", "caseSensitive", "gender"]

    public func load(diagnostics: inout DiagnosticBag) -> Glossary {
        let url = siteFolder.appendingPathComponent(Glossary.fileName)
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return Glossary() }
        guard let bytes = SiteFileReader(siteFolder: siteFolder, limits: limits).read(url.path, sitePath: Glossary.fileName, diagnostics: &diagnostics)
        else { return Glossary() }
        let data = Data(bytes)
        let reader = YAMLReader(path: Glossary.fileName)
        guard let top = reader.readMappingWithYams(String(decoding: data, as: UTF8.self), what: "glossary", diagnostics: &diagnostics) else {
            return Glossary()
        }
        var glossary = Glossary()
        for item in top {
            switch item.key {
            case "terms":
                guard case .list(let values) = item.value else {
                    diagnostics.error(item.location, "`terms` must be a list of entries", hint: "start each entry with `- \(languages.first ?? "es"): …`")
                    continue
                }
                for value in values {
                    if let entry = readEntry(value, near: item.location, diagnostics: &diagnostics) { glossary.entries.append(entry) }
                }
            case "import":
                let files: [String]
                switch item.value {
                case .text(let file): files = [file]
                case .list(let values): files = values.compactMap(\.text)
                default: files = []
                }
                if files.isEmpty {
                    diagnostics.error(item.location, "`import` must name a termbase file or a list of them", hint: "for example `import: [terms.csv, terms.tbx]`")
                }
                for file in files { glossary.entries += importFile(file, at: item.location, diagnostics: &diagnostics) }
            default:
                diagnostics.error(item.location, "unknown key `\(item.key)` in the glossary", hint: "the glossary has `terms:` (a list of entries) and optionally `import:`")
            }
        }
        return glossary
    }

    func readEntry(_ value: FrontMatterValue, near location: SourceLocation, diagnostics: inout DiagnosticBag) -> Glossary.Entry? {
        guard case .map(let fields) = value, let first = fields.first else {
            diagnostics.error(location, "each glossary entry must be a set of `language: term` lines", hint: "for example `- es: ODM` then `  en: MDGs`")
            return nil
        }
        var entry = Glossary.Entry(terms: [:], location: first.location)
        var ok = true
        for field in fields {
            if languages.contains(field.key) {
                let forms = texts(field.value)
                guard let preferred = forms.first, !preferred.isEmpty else {
                    diagnostics.error(field.location, "the term for `\(field.key)` is empty", hint: "write the term, or leave the language out")
                    ok = false
                    continue
                }
                entry.terms[field.key] = preferred
                if forms.count > 1 { entry.variants[field.key, default: []] += forms.dropFirst() }
                continue
            }
            switch field.key {
            case "variants", "forbidden":
                guard case .map(let perLanguage) = field.value else {
                    diagnostics.error(field.location, "`\(field.key)` must give terms per language", hint: "for example `\(field.key): {en: [MDG]}`")
                    ok = false
                    continue
                }
                for language in perLanguage {
                    guard languages.contains(language.key) else {
                        diagnostics.error(language.location, "`\(language.key)` is not a language of the site", hint: "use one of: \(languages.joined(separator: ", "))")
                        ok = false
                        continue
                    }
                    if field.key == "variants" {
                        entry.variants[language.key, default: []] += texts(language.value)
                    } else {
                        entry.forbidden[language.key, default: []] += texts(language.value)
                    }
                }
            case "note":
                entry.note = field.value.text
            case "caseSensitive", "gender":
                guard let flag = field.value.text.flatMap(Self.flag) else {
                    diagnostics.error(field.location, "`\(field.key)` must be true or false", hint: "write `\(field.key): true`")
                    ok = false
                    continue
                }
                if field.key == "gender" { entry.gender = flag } else { entry.caseSensitive = flag }
            default:
                diagnostics.error(
                    field.location, "unknown key `\(field.key)` in a glossary entry",
                    hint: "an entry has the site's languages (\(languages.joined(separator: ", "))), \(Self.entryKeys.sorted().joined(separator: ", "))")
                ok = false
            }
        }
        guard ok else { return nil }
        guard !entry.terms.isEmpty else {
            diagnostics.error(first.location, "a glossary entry without a term in any language", hint: "add `\(languages.first ?? "es"): …`")
            return nil
        }
        return entry
    }

    func texts(_ value: FrontMatterValue) -> [String] {
        switch value {
        case .text(let text): [text.trimmingCharacters(in: .whitespaces)]
        case .list(let values): values.compactMap(\.text).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: []
        }
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes": true
        case "false", "no": false
        default: nil
        }
    }

    func importFile(_ name: String, at location: SourceLocation, diagnostics: inout DiagnosticBag) -> [Glossary.Entry] {
        let url = siteFolder.appendingPathComponent(name)
        guard !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else {
            diagnostics.error(location, "cannot read the termbase `\(name)`", hint: "give a path inside the site folder, relative to it")
            return []
        }
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            diagnostics.error(location, "cannot read the termbase `\(name)`: there is no such file", hint: "give a path inside the site folder, relative to it")
            return []
        }
        guard let bytes = SiteFileReader(siteFolder: siteFolder, limits: limits).read(url.path, sitePath: name, diagnostics: &diagnostics) else { return [] }
        let data = Data(bytes)
        let text = String(decoding: data, as: UTF8.self)
        switch url.pathExtension.lowercased() {
        case "csv", "tsv":
            return TermbaseCSV(path: name, languages: languages).entries(text, diagnostics: &diagnostics)
        case "tbx", "xml":
            return TermbaseTBX(path: name, languages: languages).entries(data, diagnostics: &diagnostics)
        default:
            diagnostics.error(location, "`\(name)` is not a termbase format Tandem reads", hint: "import a .csv (a column per language) or a .tbx file")
            return []
        }
    }
}
