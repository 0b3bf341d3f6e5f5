import Foundation

/// Reads `tandem.yaml` and checks it, reporting every problem with its line.
public struct SiteConfigLoader: Sendable {
    public var siteFolder: URL

    public init(siteFolder: URL) { self.siteFolder = siteFolder }

    static let knownKeys: Set<String> = [
        "baseURL", "defaultLanguage", "theme", "languages", "markdown", "translation", "title", "files",
        "defaultLanguageInSubdir", "slugs", "permalinks", "aliasRoot", "menus", "footer", "logo", "output",
    ]

    /// - Parameter baseURLOverride: `--base-url` from the command line, which wins over the file.
    public func load(baseURLOverride: String? = nil, diagnostics: inout DiagnosticBag) -> SiteConfig? {
        let path = SiteConfig.fileName
        let url = siteFolder.appendingPathComponent(path)
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            diagnostics.error(
                SourceLocation(path: path), "no \(path) in \(siteFolder.path)",
                hint: "run tandem in the site folder (the one holding content/ and themes/) or pass --source DIR")
            return nil
        }
        // The config itself is read under the default limits: the file may not raise its own.
        guard let data = SiteFileReader(siteFolder: siteFolder).read(url.path, sitePath: path, diagnostics: &diagnostics) else { return nil }
        guard case .success(let text) = TextDecoder.decode(data) else {
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
                var language = Language(
                    code: code, name: name,
                    title: item["title"]?.text ?? top["title"]?.text ?? name,
                    description: item["description"]?.text ?? "",
                    locale: item["locale"]?.text)
                if let folder = item["contentDir"]?.text {
                    let trimmed = folder.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
                    if trimmed == "content" || !trimmed.hasPrefix("content/") || trimmed.split(separator: "/").contains("..") {
                        errors.error(location("languages"), "contentDir '\(folder)' of language '\(code)' must be a folder inside content/", hint: "for example `contentDir: content/\(code)`")
                    } else {
                        language.contentDir = trimmed
                    }
                }
                languages.append(language)
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
        let translationSkip = Self.translationSkip(top["translation"], languages: languages.map(\.code), errors: &errors)

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
        var defaultLanguageInSubdir = true
        if let raw = top["defaultLanguageInSubdir"]?.text {
            switch raw.lowercased() {
            case "true", "yes", "on": defaultLanguageInSubdir = true
            case "false", "no", "off": defaultLanguageInSubdir = false
            default: errors.error(location("defaultLanguageInSubdir"), "defaultLanguageInSubdir must be true or false, not '\(raw)'")
            }
        }
        var slugSource = SiteConfig.SlugSource.title
        if let raw = top["slugs"]?.text {
            if let value = SiteConfig.SlugSource(rawValue: raw) { slugSource = value } else {
                errors.error(location("slugs"), "slugs must be title or fileName, not '\(raw)'")
            }
        }
        var aliasRoot = SiteConfig.AliasRoot.site
        if let raw = top["aliasRoot"]?.text {
            if let value = SiteConfig.AliasRoot(rawValue: raw) { aliasRoot = value } else {
                errors.error(location("aliasRoot"), "aliasRoot must be site or language, not '\(raw)'")
            }
        }
        var headingIDs = SiteConfig.HeadingIDStyle.tandem
        if let raw = top["markdown"]?["headingIDs"]?.text {
            if let value = SiteConfig.HeadingIDStyle(rawValue: raw) { headingIDs = value } else {
                errors.error(location("markdown"), "markdown.headingIDs must be tandem or github, not '\(raw)'")
            }
        }
        var permalinks: [String: String] = [:]
        if case .map(let items)? = top["permalinks"] {
            for item in items {
                guard let pattern = item.value.text, pattern.hasPrefix("/") else {
                    errors.error(item.location, "the permalink of '\(item.key)' must be a pattern starting with /", hint: "for example `\(item.key): /:year/:month/:slug/`")
                    continue
                }
                if let unknown = PermalinkPattern.unknownToken(in: pattern) {
                    errors.error(item.location, "unknown permalink token '\(unknown)'", hint: "known tokens: \(PermalinkPattern.tokens.joined(separator: ", "))")
                    continue
                }
                permalinks[item.key] = pattern
            }
        } else if top["permalinks"] != nil {
            errors.error(location("permalinks"), "permalinks must be a map of section: pattern", hint: "for example `permalinks: {post: /:year/:month/:slug/}`")
        }
        let theme = top["theme"]?.text ?? "default"
        if !Slug.isValidSegment(theme) && theme.contains("/") {
            errors.error(location("theme"), "theme '\(theme)' must be a folder name inside themes/")
        }
        let fileLimits = Self.fileLimits(top["files"], location: location("files"), diagnostics: &errors)
        let keepsSpareOutput = Self.keepsSpareOutput(top["output"], location: location("output"), diagnostics: &errors)
        let navigation = readNavigation(entries, languages: languages.map(\.code), diagnostics: &errors)
        diagnostics.append(contentsOf: errors.items)
        guard !errors.hasErrors else { return nil }
        var config = SiteConfig(
            languages: languages, defaultLanguageCode: defaultCode, baseURL: baseURL, theme: theme,
            allowRawHTML: allowRawHTML, sourceLanguageCode: sourceCode, location: SourceLocation(path: path),
            themeLocation: location("theme"), translationSkip: translationSkip)
        config.fileLimits = fileLimits
        config.keepsSpareOutput = keepsSpareOutput
        config.defaultLanguageInSubdir = defaultLanguageInSubdir
        config.slugSource = slugSource
        config.permalinks = permalinks
        config.headingIDs = headingIDs
        config.aliasRoot = aliasRoot
        config.menus = navigation.menus
        config.footers = navigation.footers
        config.logo = navigation.logo
        return config
    }

    /// `translation.skip`: a list of sections, or `sections:` and `languages:`.
    static func translationSkip(
        _ translation: FrontMatterValue?, languages: [String], errors: inout DiagnosticBag
    ) -> TranslationSkip {
        guard case .map(let entries)? = translation, let entry = entries.first(where: { $0.key == "skip" }) else { return TranslationSkip() }
        let shape = "write `skip: [agendas, events]` (sections) or `skip: {sections: [agendas], languages: [en]}`"
        if let sections = entry.value.textList { return TranslationSkip(sections: sections) }
        guard case .map(let parts) = entry.value else {
            errors.error(entry.location, "translation.skip must be a list of sections or a map", hint: shape)
            return TranslationSkip()
        }
        var sections: [String] = [], skipped: [String] = []
        for part in parts {
            guard let values = part.value.textList else {
                errors.error(part.location, "translation.skip.\(part.key) must be a list", hint: shape)
                continue
            }
            switch part.key {
            case "sections": sections = values
            case "languages":
                for code in values where !languages.contains(code) {
                    errors.error(part.location, "translation.skip.languages: '\(code)' is not one of the languages", hint: "use one of \(languages.joined(separator: ", "))")
                }
                skipped = values.filter(languages.contains)
            default:
                errors.warning(part.location, "unknown setting 'translation.skip.\(part.key)' is ignored", hint: "known settings: languages, sections")
            }
        }
        return TranslationSkip(sections: sections, languages: skipped)
    }
}
