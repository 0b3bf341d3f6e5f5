import Foundation

/// Loads the site's theme: the files of `themes/<name>/` in the site folder
/// over the built-in theme (`BuiltinTheme`). A site file replaces the built-in
/// one of the same name: a template by its name (`footer` in any folder of
/// `templates/`), an asset by its path under `assets/`, a UI string by its key
/// in `i18n/<language>.yaml`. With no `themes/<name>/` folder, `theme: default`
/// is the built-in theme alone; any other name is an error.
///
/// It parses every template, checks that the partials and parents each one
/// names exist, and that every language has every UI string.
public struct ThemeLoader: Sendable {
    public var siteFolder: URL
    public var config: SiteConfig

    public init(siteFolder: URL, config: SiteConfig) {
        self.siteFolder = siteFolder
        self.config = config
    }

    /// One template as the theme will use it, from the site or built in.
    struct TemplateFile {
        var name: String
        /// For messages: `themes/default/templates/page.mustache` or `(built-in theme)/templates/page.mustache`.
        var path: String
        var bytes: [UInt8]?
        /// The file could not be read and the reader already said why.
        var reported = false
    }

    public func load(diagnostics: inout DiagnosticBag) -> Theme? {
        let themePath = "themes/" + config.theme
        let themeFolder = siteFolder.appendingPathComponent(themePath, isDirectory: true)
        var isDirectory: ObjCBool = false
        let siteHasTheme = FileManager.default.fileExists(atPath: themeFolder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        guard siteHasTheme || config.theme == BuiltinTheme.name else {
            diagnostics.error(
                config.themeLocation, "theme '\(config.theme)' not found: there is no \(themePath)/ folder and no built-in theme of that name",
                hint: "use `theme: \(BuiltinTheme.name)` for the built-in theme, or create \(themePath)/ (`tandem theme export \(themePath)` writes the built-in theme there to start from)")
            return nil
        }
        var errors = DiagnosticBag()
        var library = TemplateLibrary()
        var names: Set<String> = []
        var sources: [(name: String, path: String, text: String)] = []
        var partials: Set<String> = []
        // Every site file through the one reader: regular files only, within the size limit.
        let reader = SiteFileReader(siteFolder: siteFolder, limits: config.fileLimits)
        for file in templateFiles(themeFolder: themeFolder, themePath: themePath, reader: reader, diagnostics: &errors) {
            if file.reported { continue }
            guard let bytes = file.bytes, case .success(let text) = TextDecoder.decode(bytes) else {
                errors.error(SourceLocation(path: file.path), "cannot read the template (is it UTF-8?)")
                continue
            }
            do {
                library.register(try TemplateParser.parse(text), named: file.name)
                names.insert(file.name)
                if file.path.contains("/templates/partials/") { partials.insert(file.name) }
                sources.append((file.name, file.path, text))
            } catch {
                errors.error(
                    SourceLocation(path: file.path, line: error.line, column: error.column),
                    "template syntax error: \(error.message)",
                    hint: "check that every {{#section}} has its {{/section}} and tags are closed with }}")
            }
        }
        for required in Theme.requiredTemplates where !names.contains(required) {
            errors.error(
                SourceLocation(path: themePath + "/templates/" + required + ".mustache"),
                "theme '\(config.theme)' has no '\(required)' template",
                hint: "every theme needs \(Theme.requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", "))")
        }
        let (strings, plurals) = loadStrings(themeFolder: themeFolder, themePath: themePath, reader: reader, diagnostics: &errors)
        let stringKeys = Set(strings.values.flatMap(\.keys))
        for source in sources {
            TemplateReferenceChecker.check(source.text, path: source.path, templates: names, stringKeys: stringKeys, diagnostics: &errors)
        }
        diagnostics.append(contentsOf: errors.items)
        guard !errors.hasErrors else { return nil }
        var templateSources: [String: String] = [:]
        for source in sources { templateSources[source.name] = source.text }
        var theme = Theme(
            name: config.theme, path: themePath, library: library, templateNames: names, strings: strings,
            assets: assets(themeFolder: themeFolder), templateSources: templateSources)
        theme.partialNames = partials
        theme.plurals = plurals
        return theme
    }

    /// The built-in templates, each replaced by the site's template of the same name.
    func templateFiles(themeFolder: URL, themePath: String, reader: SiteFileReader, diagnostics: inout DiagnosticBag) -> [TemplateFile] {
        let templatesFolder = themeFolder.appendingPathComponent("templates", isDirectory: true)
        var siteFiles: [String: TemplateFile] = [:]
        for relative in Self.files(under: templatesFolder, extension: "mustache") {
            let path = themePath + "/templates/" + relative
            let name = Self.templateName(relative)
            if siteFiles[name] != nil {
                diagnostics.error(SourceLocation(path: path), "two templates are named '\(name)'", hint: "template names must be unique across templates/ and its folders")
                continue
            }
            guard let bytes = reader.read(templatesFolder.path + "/" + relative, sitePath: path, diagnostics: &diagnostics) else {
                // Reported by the reader; the name stays taken so the built-in template does not stand in silently.
                siteFiles[name] = TemplateFile(name: name, path: path, bytes: nil, reported: true)
                continue
            }
            siteFiles[name] = TemplateFile(name: name, path: path, bytes: bytes)
        }
        var files = Array(siteFiles.values)
        for relative in BuiltinTheme.paths(under: "templates") where relative.hasSuffix(".mustache") {
            let name = Self.templateName(relative)
            guard siteFiles[name] == nil else { continue }
            files.append(TemplateFile(name: name, path: BuiltinTheme.displayPath + "/templates/" + relative, bytes: BuiltinTheme.files["templates/" + relative]))
        }
        return files.sorted { $0.name < $1.name }
    }

    /// The built-in assets, each replaced by the site's file at the same path under `assets/`.
    func assets(themeFolder: URL) -> [ThemeAsset] {
        var byPath: [String: ThemeAsset] = [:]
        for relative in BuiltinTheme.paths(under: "assets") { byPath[relative] = ThemeAsset(path: relative, origin: .builtin) }
        let folder = themeFolder.appendingPathComponent("assets", isDirectory: true)
        for relative in Self.files(under: folder, extension: "") {
            byPath[relative] = ThemeAsset(path: relative, origin: .site(folder.appendingPathComponent(relative)))
        }
        return byPath.values.sorted { $0.path < $1.path }
    }

    /// language code → key → text: the built-in strings, each key replaced by the site's
    /// `i18n/<code>.yaml` when it sets that key; and the keys given as plural forms.
    private func loadStrings(themeFolder: URL, themePath: String, reader: SiteFileReader, diagnostics: inout DiagnosticBag)
        -> ([String: [String: String]], [String: [String: PluralText]]) {
        var strings: [String: [String: String]] = [:]
        var plurals: [String: [String: PluralText]] = [:]
        for language in config.languages {
            let relative = "i18n/" + language.code + ".yaml"
            let path = themePath + "/" + relative
            var found = false
            if let builtin = BuiltinTheme.files[relative] {
                found = true
                readStrings(
                    builtin, path: BuiltinTheme.displayPath + "/" + relative, into: &strings[language.code, default: [:]],
                    plurals: &plurals[language.code, default: [:]], diagnostics: &diagnostics)
            }
            let file = themeFolder.path + "/" + relative
            var info = stat()
            if lstat(file, &info) == 0 {
                found = true
                if let bytes = reader.read(file, sitePath: path, diagnostics: &diagnostics) {
                    readStrings(
                        bytes, path: path, into: &strings[language.code, default: [:]],
                        plurals: &plurals[language.code, default: [:]], diagnostics: &diagnostics)
                }
            }
            if !found {
                diagnostics.error(SourceLocation(path: path), "the theme has no UI strings for '\(language.code)'", hint: "create \(path) with the same keys as the other languages")
            }
        }
        let allKeys = Set(strings.values.flatMap(\.keys))
        for language in config.languages where strings[language.code] != nil {
            for key in allKeys.sorted() where strings[language.code]?[key] == nil {
                let other = config.languages.first { strings[$0.code]?[key] != nil }?.code ?? "another language"
                diagnostics.error(
                    SourceLocation(path: themePath + "/i18n/" + language.code + ".yaml"),
                    "missing UI string '\(key)' (it is in \(other).yaml)",
                    hint: "add `\(key): …` translated into \(language.name)")
            }
        }
        return (strings, plurals)
    }

    private func readStrings(
        _ bytes: [UInt8], path: String, into strings: inout [String: String], plurals: inout [String: PluralText], diagnostics: inout DiagnosticBag
    ) {
        guard case .success(let text) = TextDecoder.decode(bytes) else {
            diagnostics.error(SourceLocation(path: path), "the file is not valid UTF-8")
            return
        }
        guard let entries = YAMLReader(path: path).readMapping(text, what: "UI strings", diagnostics: &diagnostics) else { return }
        for entry in entries {
            if let value = entry.value.text {
                strings[entry.key] = value
                plurals[entry.key] = nil
            } else if case .map(let forms) = entry.value, let plural = pluralText(entry.key, forms, at: entry.location, diagnostics: &diagnostics) {
                strings[entry.key] = plural.otherForm
                plurals[entry.key] = plural
            } else if case .map = entry.value {
                continue
            } else {
                diagnostics.error(
                    entry.location, "UI string '\(entry.key)' must be text or plural forms",
                    hint: "write `\(entry.key): text`, or `\(entry.key): {one: \"{count} …\", other: \"{count} …\"}`")
            }
        }
    }

    /// A key's plural forms (`one:`, `other:` …), or nil with an error for each bad form.
    private func pluralText(_ key: String, _ entries: [FrontMatterEntry], at location: SourceLocation, diagnostics: inout DiagnosticBag) -> PluralText? {
        var forms: [PluralCategory: String] = [:]
        var valid = true
        let names = PluralCategory.allCases.map(\.rawValue).joined(separator: ", ")
        for entry in entries {
            guard let category = PluralCategory(rawValue: entry.key) else {
                diagnostics.error(entry.location, "'\(entry.key)' is not a plural form of UI string '\(key)'", hint: "the forms are \(names); `other` is required")
                valid = false
                continue
            }
            guard let text = entry.value.text else {
                diagnostics.error(entry.location, "the '\(entry.key)' form of UI string '\(key)' must be text")
                valid = false
                continue
            }
            forms[category] = text
        }
        guard forms[.other] != nil else {
            if valid {
                diagnostics.error(
                    location, "UI string '\(key)' has no `other` form",
                    hint: "add `other: \"{count} …\"`: it is used for every count without its own form")
            }
            return nil
        }
        return valid ? PluralText(forms: forms) : nil
    }

    /// A template's name: its file name without `.mustache`, whatever folder it is in.
    static func templateName(_ relative: String) -> String {
        String(relative.split(separator: "/").last ?? "").replacingOccurrences(of: ".mustache", with: "")
    }

    static func files(under folder: URL, extension ext: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        let root = folder.standardizedFileURL.path
        var result: [String] = []
        for case let url as URL in enumerator where ext.isEmpty || url.pathExtension == ext {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            var relative = String(url.standardizedFileURL.path.dropFirst(root.count))
            if relative.hasPrefix("/") { relative.removeFirst() }
            result.append(relative)
        }
        return result.sorted()
    }
}
