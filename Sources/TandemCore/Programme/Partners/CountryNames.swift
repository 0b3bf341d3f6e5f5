import Foundation

/// Country names in Spanish and English, from Foundation's locale data, matched
/// accent- and case-blind: "Mexico", "México" and "MÉXICO" are all MX.
public enum CountryNames: Sendable {
    /// Region codes that are not countries, so "Naciones Unidas" at the end of a
    /// partner's name never reads as a country.
    private static let excluded: Set<String> = ["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]

    /// Spellings people use that Foundation does not give.
    private static let aliases: [String: String] = [
        "mexico": "MX", "eeuu": "US", "ee uu": "US", "usa": "US", "u s a": "US", "estados unidos de america": "US",
        "united states of america": "US", "us": "US", "uk": "GB", "gran bretana": "GB", "great britain": "GB",
        "holanda": "NL", "the netherlands": "NL", "brazil": "BR", "peru": "PE", "haiti": "HT", "panama": "PA",
        "cape verde": "CV", "cabo verde": "CV", "dominican republic": "DO", "republica dominicana": "DO",
    ]

    private static let codesByName: [String: String] = {
        var table: [String: String] = [:]
        let locales = [Locale(identifier: "es"), Locale(identifier: "en")]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy(\.isLetter), !excluded.contains(code) else { continue }
            for locale in locales {
                if let name = locale.localizedString(forRegionCode: code) { table[key(name)] = code }
            }
        }
        for (name, code) in aliases { table[key(name)] = code }
        return table
    }()

    /// The ISO 3166 alpha-2 code for a country name in Spanish or English; nil when it names no country.
    public static func code(for name: String) -> String? {
        let folded = key(name)
        guard !folded.isEmpty else { return nil }
        return codesByName[folded]
    }

    /// True for an ISO 3166 alpha-2 code of a country ("UY", "mx").
    public static func isKnown(code: String) -> Bool {
        knownCodes.contains(code.uppercased())
    }

    private static let knownCodes = Set(codesByName.values)

    /// The hint for an unknown code: the known codes one letter away ("did you mean UY?"),
    /// or the code of a country the text names ("Uruguay" → UY).
    public static func codeHint(for written: String) -> String {
        let upper = written.uppercased()
        var guesses = code(for: written).map { [$0] } ?? []
        if guesses.isEmpty, upper.count == 2 {
            guesses = knownCodes.filter { EditDistance.between($0, upper) == 1 }.sorted()
            if guesses.count > 4 { guesses = Array(guesses.prefix(4)) }
        }
        let start = guesses.isEmpty ? "" : "did you mean " + guesses.joined(separator: " or ") + "? "
        return start + "use an ISO 3166 two-letter code such as UY or MX"
    }

    /// The country's name in a language ("es", "en"), from Foundation's locale data.
    public static func name(for code: String, language: String) -> String? {
        Locale(identifier: language).localizedString(forRegionCode: code.uppercased())
    }

    /// Folded, punctuation dropped, spaces collapsed: "EE. UU." → "ee uu".
    static func key(_ name: String) -> String {
        let folded = TextFolding.key(name)
        let letters = folded.map { $0.isLetter ? $0 : " " }
        return String(letters).split(separator: " ").joined(separator: " ")
    }
}
