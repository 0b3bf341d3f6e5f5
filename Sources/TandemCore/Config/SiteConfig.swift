import Foundation

/// The site's settings, read from `tandem.yaml` in the site folder.
///
/// ```yaml
/// baseURL: https://programmes.example.org/
/// defaultLanguage: es
/// theme: default
/// languages:
///   - code: es
///     name: Español
///     title: Programas de desarrollo local
///     description: Notas de programa, agendas y socios.
///   - code: en
///     name: English
///     title: Local development programmes
///     description: Programme notes, agendas and partners.
/// ```
public struct SiteConfig: Sendable {
    public static let fileName = "tandem.yaml"

    /// Languages in the order they were declared; the order of every list of languages in the output.
    public var languages: [Language]
    public var defaultLanguageCode: String
    public var baseURL: BaseURL
    public var theme: String
    /// Where `theme:` is written, for "theme not found" (the file's start when it is not set).
    public var themeLocation: SourceLocation
    /// When true, raw HTML in Markdown is passed through instead of dropped.
    public var allowRawHTML: Bool
    /// The language translations are made from, unless a page says otherwise (`translationSource`).
    public var sourceLanguageCode: String
    /// `translation.skip`: sections and languages not translated on purpose.
    public var translationSkip: TranslationSkip
    /// Where the config was read from, for messages.
    public var location: SourceLocation
    /// Which files of the site folder may be read (`files:`).
    public var fileLimits = FileLimits()
    /// `output.keepSpare`: builds keep the site they replace beside the output folder
    /// (`.output.tandem-spare`) and the next build updates it in place instead of writing every
    /// file anew (faster repeated builds, twice the disk). `--no-keep-spare` wins.
    public var keepsSpareOutput = true
    /// False publishes the default language at the site root (`/…`) and the others under
    /// `/<code>/…`, as Hugo's `defaultContentLanguageInSubdir = false`; true (Tandem's
    /// default) puts every language under its code and a language chooser at the root.
    public var defaultLanguageInSubdir: Bool = true
    /// Where a page's URL segment comes from when it has no `slug:`.
    public var slugSource: SlugSource = .title
    /// Hugo-style permalink patterns by top-level section (`post: /:year/:month/:slug/`).
    public var permalinks: [String: String] = [:]
    /// How heading ids are made from heading text.
    public var headingIDs: HeadingIDStyle = .tandem
    /// What an alias starting with `/` is relative to.
    public var aliasRoot: AliasRoot = .site

    public enum AliasRoot: String, Sendable {
        /// `/old/` is the site's `/old/` (Tandem's default: write `/en/old/` for an English page).
        case site
        /// `/old/` is under the page's language, `/en/old/`, as Hugo publishes aliases.
        case language
    }

    public enum SlugSource: String, Sendable {
        /// `slug` made from the title (Tandem's default).
        case title
        /// The file name (or a bundle's folder name), as Hugo publishes pages.
        case fileName
    }

    public enum HeadingIDStyle: String, Sendable {
        /// ASCII ids, accents folded (`¿Estás listo?` → `estas-listo`).
        case tandem
        /// Unicode letters kept, as GitHub and Hugo make them (`estás-listo`).
        case github
    }
    /// language code → its menu in order (`menus:`); a language without one gets its sections.
    public var menus: [String: [NavigationLink]] = [:]
    /// language code → footer text and links (`footer:`).
    public var footers: [String: SiteFooter] = [:]
    /// The image shown before the site title in the header (`logo:`); never a section.
    public var logo: NavigationLink?

    public init(
        languages: [Language],
        defaultLanguageCode: String,
        baseURL: BaseURL = BaseURL(),
        theme: String = "default",
        allowRawHTML: Bool = false,
        sourceLanguageCode: String? = nil,
        location: SourceLocation = SourceLocation(path: SiteConfig.fileName),
        themeLocation: SourceLocation? = nil,
        translationSkip: TranslationSkip = TranslationSkip()
    ) {
        self.languages = languages
        self.defaultLanguageCode = defaultLanguageCode
        self.baseURL = baseURL
        self.theme = theme
        self.allowRawHTML = allowRawHTML
        self.sourceLanguageCode = sourceLanguageCode ?? defaultLanguageCode
        self.location = location
        self.themeLocation = themeLocation ?? location
        self.translationSkip = translationSkip
    }

    public var languageCodes: [String] { languages.map(\.code) }

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    public var defaultLanguage: Language {
        language(defaultLanguageCode) ?? languages[0]
    }

    /// The site path under which a language is published: `en/`, or "" for the default
    /// language when it lives at the root.
    public func languagePrefix(_ code: String) -> String {
        !defaultLanguageInSubdir && code == defaultLanguageCode ? "" : code + "/"
    }

    /// True when some language is published at the site root (no language chooser there).
    public var hasRootLanguage: Bool { !defaultLanguageInSubdir }
}
