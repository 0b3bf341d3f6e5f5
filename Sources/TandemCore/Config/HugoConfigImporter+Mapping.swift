import Foundation

/// From Hugo's merged settings (keys lowercased) to `tandem.yaml`.
extension HugoConfigImporter {
    /// Why a Hugo setting has no Tandem counterpart, for the report.
    static let reasons: [String: String] = [
        "theme": "Hugo themes are Go templates; Tandem renders with its own Mustache theme (themes/default)",
        "module": "Hugo modules (themes, mounts) have no Tandem equivalent",
        "params": "site params feed a Hugo theme; Tandem's theme does not read them (page front matter params stay available as {{params.key}})",
        "menus": "Tandem builds its menu from the top-level sections (order them with weight:)",
        "menu": "Tandem builds its menu from the top-level sections (order them with weight:)",
        "outputs": "Tandem writes HTML pages, sitemap.xml, an Atom feed and a search index per language; other output formats are not made",
        "outputformats": "Tandem writes HTML pages, sitemap.xml, an Atom feed and a search index per language; other output formats are not made",
        "mediatypes": "no custom output formats in Tandem",
        "taxonomies": "tags stay on each page (its tags list); Tandem makes no taxonomy or term pages, and other taxonomies (categories, authors) stay as page params",
        "paginate": "section lists are not paginated",
        "pagination": "section lists are not paginated",
        "cascade": "front matter cascade is not supported: write the keys in each page",
        "summarylength": "a summary is `summary:` (or `description:`) or the page's first paragraph",
        "enableemoji": "emoji codes such as :smile: are not converted",
        "removepathaccents": "not supported: accents in file and folder names stay in URLs, as with Hugo's default",
        "uglyurls": "not supported: every page is a folder with an index.html",
        "canonifyurls": "not supported: links stay as written (root-relative links are checked and resolved per language)",
        "relativeurls": "not supported: links stay as written",
        "disablepathtolower": "not supported: URLs made from file names are lowercased, as with Hugo's default",
        "enablegitinfo": "lastmod comes from front matter only",
        "imaging": "no image processing: bundle images are copied as they are",
        "security": "Tandem runs no templates from content, so there is nothing to allow",
        "related": "no related-content lists",
        "services": "no third-party services (analytics, comments) in the default theme",
        "privacy": "no third-party services in the default theme",
        "sitemap": "the sitemap is always written, with hreflang alternates",
        "minify": "output is not minified",
        "copyright": "put it in the theme's footer (themes/default/templates)",
        "ignorefiles": "only .md files are pages; other files under content/ are published beside their bundle's page",
        "hascjklanguage": "word counts are not used",
        "footnotereturnlinkcontents": "footnotes use cmark-gfm's return links",
        "blackfriday": "Tandem renders Markdown with cmark-gfm (CommonMark + GFM)",
        "frontmatter": "dates come from date: and lastmod: in front matter",
        "timezone": "dates are calendar days, without time zone",
        "disablekinds": "every page kind Tandem has is made",
        "build": "no asset pipeline",
        "caches": "no caches to configure",
    ]

    func mapSettings(_ settings: [String: FrontMatterValue]) -> Result {
        var mapped: [String] = []
        var notMapped: [String] = []
        func q(_ text: String) -> String { FrontMatterEditor.quoted(text) }
        var handled: Set<String> = ["baseurl", "title", "defaultcontentlanguage", "defaultcontentlanguageinsubdir", "languages", "permalinks", "markup", "languagecode"]

        var yaml = "# Made by `tandem init --from-hugo` from this Hugo site's configuration.\n"
        yaml += "# Hugo conventions kept: file names make URLs, the default language's place, permalinks.\n"
        let baseURL = settings["baseurl"]?.text ?? "/"
        yaml += "baseURL: \(q(baseURL))\n"
        mapped.append("baseURL → baseURL: \(baseURL)")

        let siteTitle = settings["title"]?.text
        let defaultCode = settings["defaultcontentlanguage"]?.text?.lowercased() ?? "en"
        yaml += "defaultLanguage: \(defaultCode)\n"
        mapped.append("defaultContentLanguage → defaultLanguage: \(defaultCode)")
        let inSubdir = settings["defaultcontentlanguageinsubdir"]?.text?.lowercased() == "true"
        yaml += "defaultLanguageInSubdir: \(inSubdir)\n"
        mapped.append("defaultContentLanguageInSubdir → defaultLanguageInSubdir: \(inSubdir)" + (inSubdir ? "" : " (the default language at the site root, as in Hugo)"))
        yaml += "slugs: fileName\n"
        mapped.append("(Hugo's URLs from file and folder names) → slugs: fileName")
        yaml += "aliasRoot: language\n"
        mapped.append("(Hugo's aliases, under the page's language) → aliasRoot: language")

        // Languages, by weight then code as Hugo orders them.
        struct HugoLanguage { var code: String; var weight: Int; var value: FrontMatterValue }
        var languages: [HugoLanguage] = []
        if case .map(let entries)? = settings["languages"] {
            for entry in entries {
                let weight = entry.value["weight"]?.text.flatMap { Int($0) } ?? Int.max
                languages.append(HugoLanguage(code: entry.key, weight: weight, value: entry.value))
            }
        }
        if languages.isEmpty { languages = [HugoLanguage(code: defaultCode, weight: 0, value: .map([]))] }
        languages.sort { ($0.weight, $0.code) < ($1.weight, $1.code) }
        // The default language first: it is the one every other list starts with.
        languages = languages.filter { $0.code == defaultCode } + languages.filter { $0.code != defaultCode }
        yaml += "languages:\n"
        for language in languages {
            let code = language.code
            guard code.range(of: "^[a-z]{2,3}(-[a-z0-9]{2,8})?$", options: .regularExpression) != nil else {
                notMapped.append("languages.\(code): '\(code)' is not a language code Tandem accepts (es, en, pt-br)")
                continue
            }
            let value = language.value
            let name = value["languagename"]?.text ?? value["label"]?.text ?? Self.nativeName(code)
            yaml += "  - code: \(code)\n    name: \(q(name))\n"
            if let title = value["title"]?.text ?? siteTitle { yaml += "    title: \(q(title))\n" }
            if let description = value["params"]?["description"]?.text ?? value["description"]?.text ?? settings["params"]?["description"]?.text {
                yaml += "    description: \(q(description))\n"
            }
            if let locale = value["languagecode"]?.text ?? value["locale"]?.text, locale.lowercased() != code {
                let parts = locale.split(separator: "-")
                let normalized = parts.count == 2 ? parts[0].lowercased() + "-" + parts[1].uppercased() : locale
                yaml += "    locale: \(normalized)\n"
            }
            if let folder = value["contentdir"]?.text {
                let trimmed = folder.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
                if trimmed.hasPrefix("content/") {
                    yaml += "    contentDir: \(q(trimmed))\n"
                } else {
                    notMapped.append("languages.\(code).contentDir: '\(folder)' is not inside content/")
                }
            }
            mapped.append("languages.\(code) → languages: \(code) (\(name))")
            for key in (value.mapKeys ?? []) where !["languagename", "label", "weight", "title", "params", "description", "languagecode", "locale", "contentdir", "languagedirection"].contains(key) {
                notMapped.append("languages.\(code).\(key): \(Self.reasons[key] ?? "no Tandem equivalent")")
            }
        }

        // Permalinks: `post = "/:year/:slug/"` and `[permalinks.page] post = …`.
        var permalinks: [(String, String)] = []
        if case .map(let entries)? = settings["permalinks"] {
            for entry in entries {
                if entry.key == "page", case .map(let pages) = entry.value {
                    for page in pages { if let pattern = page.value.text { permalinks.append((page.key, pattern)) } }
                } else if let pattern = entry.value.text {
                    permalinks.append((entry.key, pattern))
                } else {
                    notMapped.append("permalinks.\(entry.key): only page permalinks by section are supported (sections and terms keep their folder URLs)")
                }
            }
        }
        var acceptedPermalinks: [(String, String)] = []
        for (section, raw) in permalinks.sorted(by: { $0.0 < $1.0 }) {
            let pattern = raw.hasPrefix("/") ? raw : "/" + raw
            if let token = PermalinkPattern.unknownToken(in: pattern) {
                notMapped.append("permalinks.\(section): the token \(token) is not supported (known: \(PermalinkPattern.tokens.joined(separator: " ")))")
            } else {
                acceptedPermalinks.append((section, pattern))
                mapped.append("permalinks.\(section) → permalinks.\(section): \(pattern)")
            }
        }
        if !acceptedPermalinks.isEmpty {
            yaml += "permalinks:\n"
            for (section, pattern) in acceptedPermalinks { yaml += "  \(section): \(q(pattern))\n" }
        }

        // Markdown: raw HTML and heading ids.
        let goldmark = settings["markup"]?["goldmark"]
        let unsafe = goldmark?["renderer"]?["unsafe"]?.text?.lowercased() == "true"
        let idType = goldmark?["parser"]?["autoheadingidtype"]?.text?.lowercased() ?? "github"
        yaml += "markdown:\n  rawHTML: \(unsafe)\n"
        mapped.append("markup.goldmark.renderer.unsafe → markdown.rawHTML: \(unsafe)")
        switch idType {
        case "github":
            yaml += "  headingIDs: github\n"
            mapped.append("markup.goldmark.parser.autoHeadingIDType github (Hugo's default) → markdown.headingIDs: github")
        case "github-ascii":
            mapped.append("markup.goldmark.parser.autoHeadingIDType github-ascii → Tandem's own ids (accents folded, as github-ascii does)")
        default:
            yaml += "  headingIDs: github\n"
            notMapped.append("markup.goldmark.parser.autoHeadingIDType: '\(idType)' is not supported; GitHub-style ids are used")
        }
        if case .map(let entries)? = settings["markup"] {
            for entry in entries where entry.key != "goldmark" && entry.key != "defaultmarkdownhandler" {
                notMapped.append("markup.\(entry.key): Tandem renders Markdown with cmark-gfm; this setting has no equivalent")
            }
        }

        for key in settings.keys.sorted() where !handled.contains(key) {
            handled.insert(key)
            if key == "removepathaccents", settings[key]?.text?.lowercased() != "true" { continue }
            if key == "taxonomies" || key == "params" || Self.reasons[key] != nil {
                notMapped.append("\(key): \(Self.reasons[key] ?? "no Tandem equivalent")")
            } else {
                notMapped.append("\(key): no Tandem equivalent; ignored")
            }
        }
        return Result(yaml: yaml, mapped: mapped, notMapped: notMapped, diagnostics: [])
    }

    /// A language's name for itself where Hugo's config gives none.
    static func nativeName(_ code: String) -> String {
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forLanguageCode: code), !name.isEmpty else { return code }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

extension FrontMatterValue {
    /// The keys of a map, in order; nil for anything else.
    var mapKeys: [String]? {
        if case .map(let entries) = self { return entries.map(\.key) }
        return nil
    }
}
