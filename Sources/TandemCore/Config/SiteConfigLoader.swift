import Foundation

/// Reads `tandem.yaml` and checks it, reporting every problem with its line.
public struct SiteConfigLoader: Sendable {
    public var siteFolder: URL

    public init(siteFolder: URL) { self.siteFolder = siteFolder }

    static let knownKeys: Set<String> = ["baseURL", "defaultLanguage", "theme", "languages", "markdown", "translation", "title", "menus", "footer", "logo"]

    /// - Parameter baseURLOverride: `--base-url` from the command line, which wins over the file.
    public func load(baseURLOverride: String? = nil, diagnostics: inout DiagnosticBag) -> SiteConfig? {
        let path = SiteConfig.fileName
        let url = siteFolder.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error(
                SourceLocation(path: path), "no \(path) in \(siteFolder.path)",
                hint: "run tandem in the site folder (the one holding content/ and themes/) or pass --source DIR")
            return nil
        }
        guard case .success(let text) = TextDecoder.decode(Array(data)) else {
            diagnostics.error(SourceLocation(path: path), "\(path) is not valid UTF-8")
            return nil
        }
        let reader = YAMLReader(path: path)
        guard let entries = reader.readMapping(text, what: "site config", diagnostics: &diagnostics) else { return nil }
        var errors = DiagnosticBag()
        let top = FrontMatterValue.map(entries)
        func location(_ key: String) -> SourceLocation {
            entries.first { $0.key == key }?.location ?? SourceLocation(path: path)
        }
        for entry in entries where !Self.knownKeys.contains(entry.key) {
            errors.warning(entry.location, "unknown setting '\(entry.key)' is ignored", hint: "known settings: \(Self.knownKeys.sorted().joined(separator: ", "))")
        }

        var languages: [Language] = []
        if case .list(let items)? = top["languages"] {
            for item in items {
                guard let code = item["code"]?.text, !code.isEmpty else {
                    errors.error(location("languages"), "every language needs a `code:` such as es or en")
                    continue
                }
                guard code.range(of: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", options: .regularExpression) != nil else {
                    errors.error(location("languages"), "language code '\(code)' is not a language tag", hint: "use codes like es, en, pt-BR")
                    continue
                }
                if languages.contains(where: { $0.code == code }) {
                    errors.error(location("languages"), "language '\(code)' is listed twice")
                    continue
                }
                let name = item["name"]?.text ?? code
                languages.append(Language(
                    code: code, name: name,
                    title: item["title"]?.text ?? top["title"]?.text ?? name,
                    description: item["description"]?.text ?? "",
                    locale: item["locale"]?.text))
            }
        }
        if languages.isEmpty {
            errors.error(
                location("languages"), "no languages declared",
                hint: "add `languages:` with at least one entry such as `- {code: es, name: Español, title: Mi sitio}`")
        }
        let defaultCode = top["defaultLanguage"]?.text ?? languages.first?.code ?? "es"
        if !languages.isEmpty, !languages.contains(where: { $0.code == defaultCode }) {
            errors.error(location("defaultLanguage"), "defaultLanguage '\(defaultCode)' is not one of the languages", hint: "use one of \(languages.map(\.code).joined(separator: ", "))")
        }
        let sourceCode = top["translation"]?["source"]?.text ?? defaultCode
        if !languages.isEmpty, !languages.contains(where: { $0.code == sourceCode }) {
            errors.error(location("translation"), "translation source '\(sourceCode)' is not one of the languages")
        }

        if baseURLOverride == nil, let written = top["baseURL"], written.text == nil, written != .null {
            // `baseURL: [a]` or a map: not a URL, and silently using "/" would hide it.
            errors.error(location("baseURL"), "baseURL must be a single URL, not a list or a map",
                         hint: "write `baseURL: https://example.org/sub/` or `baseURL: /sub/`")
        }
        let rawBase = baseURLOverride ?? top["baseURL"]?.text ?? "/"
        var baseURL = BaseURL()
        if let parsed = BaseURL(parsing: rawBase) {
            baseURL = parsed
        } else if baseURLOverride != nil {
            errors.error(SourceLocation(path: "--base-url"), "'\(rawBase)' is not a base URL", hint: "use http(s)://host/path/ or /path/")
        } else {
            errors.error(location("baseURL"), "'\(rawBase)' is not a base URL", hint: "use http(s)://host/path/ or /path/")
        }

        var allowRawHTML = false
        if let raw = top["markdown"]?["rawHTML"]?.text {
            switch raw.lowercased() {
            case "true", "yes", "on": allowRawHTML = true
            case "false", "no", "off": allowRawHTML = false
            default: errors.error(location("markdown"), "markdown.rawHTML must be true or false, not '\(raw)'")
            }
        }
        let theme = top["theme"]?.text ?? "default"
        if !Slug.isValidSegment(theme) && theme.contains("/") {
            errors.error(location("theme"), "theme '\(theme)' must be a folder name inside themes/")
        }
        let navigation = readNavigation(entries, languages: languages.map(\.code), diagnostics: &errors)
        diagnostics.append(contentsOf: errors.items)
        guard !errors.hasErrors else { return nil }
        var config = SiteConfig(
            languages: languages, defaultLanguageCode: defaultCode, baseURL: baseURL, theme: theme,
            allowRawHTML: allowRawHTML, sourceLanguageCode: sourceCode, location: SourceLocation(path: path),
            themeLocation: location("theme"))
        config.menus = navigation.menus
        config.footers = navigation.footers
        config.logo = navigation.logo
        return config
    }
}
