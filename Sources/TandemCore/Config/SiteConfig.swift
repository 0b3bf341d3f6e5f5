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
    /// Where the config was read from, for messages.
    public var location: SourceLocation
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
        themeLocation: SourceLocation? = nil
    ) {
        self.languages = languages
        self.defaultLanguageCode = defaultLanguageCode
        self.baseURL = baseURL
        self.theme = theme
        self.allowRawHTML = allowRawHTML
        self.sourceLanguageCode = sourceLanguageCode ?? defaultLanguageCode
        self.location = location
        self.themeLocation = themeLocation ?? location
    }

    public var languageCodes: [String] { languages.map(\.code) }

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    public var defaultLanguage: Language {
        language(defaultLanguageCode) ?? languages[0]
    }
}
