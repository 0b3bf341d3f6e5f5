import Foundation
import Testing
@testable import TandemCore

/// `CollationOrder` decides pairs that start with different ASCII letters itself; every
/// pair must still come out as the locale's collation (Foundation) orders it.
@Suite struct CollationOrderTests {
    /// Names of the kinds partner directories and page titles hold (some from MetaDocencia's
    /// and the seeds' partner lists), and the edge cases of a collation.
    static let names: [String] = [
        "Universidad de Buenos Aires", "universidad nacional", "Ágora Ciudadana", "agora", "Asociación Civil",
        "Ñandutí Red", "ñu", "Nación", "nube", "Öffentliche Stelle", "Oficina", "Zaragoza Activa", "zeta",
        "Éxito", "escuela", "Instituto 3M", "3M", "42 Escuela", "  espacio inicial", "-guion", "'apóstrofo",
        "o'Neil", "O’Neil", "St. John", "Saint John", "Ch'ol Maya", "Chile Abierto", "Llanos", "lobo", "Ll",
        "Aarhus Kommune", "Ålborg", "Æbleskiver", "Zürich", "Þingvellir", "Ijssel", "IJssel", "Yerba",
        "a\u{301}cido", "ácido", "Acido", "", " ", "日本の大学", "Москва", "Αθήνα", "ß-Verein", "ss",
        "MetaDocencia", "metadocencia", "Meta-Docencia", "R-Ladies", "rOpenSci", "The Carpentries", "the carpentries",
        // Long shared starts, where the shortcut decides after the common part.
        "Red de Ciudades", "Red de Municipios", "red de ciudades", "RED DE CIUDADES", "Red-de Ciudades", "Red  de Ciudades",
        "Red de Ciudadés", "Red de Ciudad", "Red 2", "Red 10", "Reducción", "Redes", "Red de Ciudades\u{301}",
        "Universidad de la República", "Universidad de los Andes", "Universidad del Pacífico", "Universidad de la Plata",
        "Universidade de São Paulo", "Universidad Nacional de Córdoba", "Universidad Nacional de Cordoba",
    ]

    static let locales = ["es", "en-GB", "en", "fr", "pt-BR", "de", "da", "es-u-co-trad", "sv", "tr"]

    @Test(arguments: locales)
    func everyPairOrdersAsTheCollation(_ identifier: String) {
        let locale = Locale(identifier: identifier)
        for options in [String.CompareOptions.caseInsensitive, [.caseInsensitive, .diacriticInsensitive]] {
            let order = CollationOrder(locale: locale, options: options)
            for a in Self.names {
                for b in Self.names {
                    let expected = a.compare(b, options: options, range: nil, locale: locale)
                    #expect(order.compare(a, b) == expected, "\(identifier) \(options): \(a.debugDescription) vs \(b.debugDescription)")
                }
            }
        }
    }

    @Test func onlyPlainLatinAlphabetsTakeTheShortcut() {
        #expect(CollationOrder(locale: Locale(identifier: "es")).decidesASCIILetters)
        #expect(CollationOrder(locale: Locale(identifier: "en-GB")).decidesASCIILetters)
        // Danish sorts "aa" as "å", after "z"; traditional Spanish has "ch" and "ll".
        #expect(!CollationOrder(locale: Locale(identifier: "da")).decidesASCIILetters)
        #expect(!CollationOrder(locale: Locale(identifier: "es-u-co-trad")).decidesASCIILetters)
        #expect(!CollationOrder(locale: Locale(identifier: "tr")).decidesASCIILetters)
    }

    @Test func sortingAListGivesTheCollationsOrder() {
        let locale = Locale(identifier: "es")
        let order = CollationOrder(locale: locale)
        let expected = Self.names.sorted { $0.compare($1, options: [.caseInsensitive], range: nil, locale: locale) == .orderedAscending }
        #expect(Self.names.sorted(by: order.areInIncreasingOrder) == expected)
    }
}
