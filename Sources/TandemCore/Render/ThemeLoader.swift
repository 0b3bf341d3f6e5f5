import Foundation

/// Loads `themes/<name>/`: parses every template, checks that partials and
/// parents it names exist, and checks that every language has every UI string.
public struct ThemeLoader: Sendable {
    public var siteFolder: URL
    public var config: SiteConfig

    public init(siteFolder: URL, config: SiteConfig) {
        self.siteFolder = siteFolder
        self.config = config
    }

    public func load(diagnostics: inout DiagnosticBag) -> Theme? {
        let themePath = "themes/" + config.theme
        let themeFolder = siteFolder.appendingPathComponent(themePath, isDirectory: true)
        let templatesFolder = themeFolder.appendingPathComponent("templates", isDirectory: true)
        guard FileManager.default.fileExists(atPath: templatesFolder.path) else {
            diagnostics.error(
                config.location, "theme '\(config.theme)' not found: there is no \(themePath)/templates",
                hint: "set `theme:` in \(SiteConfig.fileName) to a folder in themes/")
            return nil
        }
        var errors = DiagnosticBag()
        var library = TemplateLibrary()
        var names: Set<String> = []
        var sources: [(name: String, path: String, text: String)] = []
        let reader = SiteFileReader(siteFolder: siteFolder, limits: config.fileLimits)
        for relative in Self.files(under: templatesFolder, extension: "mustache") {
            let path = themePath + "/templates/" + relative
            let name = Self.templateName(relative)
            guard let bytes = reader.read(templatesFolder.path + "/" + relative, sitePath: path, diagnostics: &errors) else { continue }
            guard case .success(let text) = TextDecoder.decode(bytes) else {
                errors.error(SourceLocation(path: path), "cannot read the template (is it UTF-8?)")
                continue
            }
            if names.contains(name) {
                errors.error(SourceLocation(path: path), "two templates are named '\(name)'", hint: "template names must be unique across templates/ and its folders")
                continue
            }
            do {
                library.register(try TemplateParser.parse(text), named: name)
                names.insert(name)
                sources.append((name, path, text))
            } catch {
                errors.error(
                    SourceLocation(path: path, line: error.line, column: error.column),
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
        let strings = loadStrings(themeFolder: themeFolder, themePath: themePath, reader: reader, diagnostics: &errors)
        for source in sources {
            TemplateReferenceChecker.check(
                source.text, path: source.path, templates: names,
                stringKeys: Set(strings.values.flatMap(\.keys)), diagnostics: &errors)
        }
        diagnostics.append(contentsOf: errors.items)
        guard !errors.hasErrors else { return nil }
        let assets = themeFolder.appendingPathComponent("assets", isDirectory: true)
        return Theme(
            name: config.theme, path: themePath, library: library, templateNames: names, strings: strings,
            assetsFolder: FileManager.default.fileExists(atPath: assets.path) ? assets : nil)
    }

    private func loadStrings(themeFolder: URL, themePath: String, reader: SiteFileReader, diagnostics: inout DiagnosticBag) -> [String: [String: String]] {
        var strings: [String: [String: String]] = [:]
        var locations: [String: [String: SourceLocation]] = [:]
        for language in config.languages {
            let path = themePath + "/i18n/" + language.code + ".yaml"
            let file = themeFolder.path + "/i18n/" + language.code + ".yaml"
            var info = stat()
            guard lstat(file, &info) == 0 else {
                diagnostics.error(SourceLocation(path: path), "the theme has no UI strings for '\(language.code)'", hint: "create \(path) with the same keys as the other languages")
                continue
            }
            guard let bytes = reader.read(file, sitePath: path, diagnostics: &diagnostics) else { continue }
            guard case .success(let text) = TextDecoder.decode(bytes) else {
                diagnostics.error(SourceLocation(path: path), "the file is not valid UTF-8")
                continue
            }
            let reader = YAMLReader(path: path)
            guard let entries = reader.readMapping(text, what: "UI strings", diagnostics: &diagnostics) else { continue }
            for entry in entries {
                guard let value = entry.value.text else {
                    diagnostics.error(entry.location, "UI string '\(entry.key)' must be text")
                    continue
                }
                strings[language.code, default: [:]][entry.key] = value
                locations[language.code, default: [:]][entry.key] = entry.location
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
        return strings
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
