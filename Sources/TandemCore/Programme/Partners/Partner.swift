import Foundation

/// One partner organisation of a programme, read from a list item such as
/// "Consejo de Investigación y Evaluación de la Política Social del Gobierno del
/// Estado de México (CIEPS), México".
public struct Partner: Sendable, Equatable {
    /// Stable, URL-safe: the slug of the acronym or the name, unless the front matter sets it.
    public var id: String
    /// The name without acronyms in parentheses or the trailing country.
    public var name: String
    /// What the item had in parentheses: "CIEPS"; "AECID Bolivia", "AECID Guatemala".
    public var acronyms: [String]
    /// ISO 3166 alpha-2 code, when the item ends with a country name or the front matter sets one.
    public var country: String?
    /// Checked by `URLPolicy`: a partner's link can only be http(s), mailto, tel or a site path.
    public var website: SafeURL?
    public var role: String?
    /// The item's plain text as written.
    public var text: String
    /// 0-based position among the page's partners: the key of front matter `items` overrides
    /// and of the pairing between languages.
    public var index: Int
    public var line: Int

    public init(id: String, name: String, acronyms: [String] = [], country: String? = nil, website: SafeURL? = nil,
                role: String? = nil, text: String, index: Int, line: Int) {
        self.id = id
        self.name = name
        self.acronyms = acronyms
        self.country = country
        self.website = website
        self.role = role
        self.text = text
        self.index = index
        self.line = line
    }

    /// The country's name in a page language, from Foundation's locale data.
    public func countryName(language: String) -> String? {
        country.flatMap { CountryNames.name(for: $0, language: language) }
    }

    /// Name and acronyms as shown in a list: "Consejo de … de México (CIEPS)".
    public var displayName: String {
        acronyms.isEmpty ? name : "\(name) (\(acronyms.joined(separator: ", ")))"
    }
}
