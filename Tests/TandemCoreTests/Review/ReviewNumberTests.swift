import Foundation
import Testing
@testable import TandemCore

@Suite("Review: numbers without false alarms")
struct ReviewNumberTests {
    @Test func numberWordsAreReadInBothLanguages() {
        #expect(NumberWords.values(["dos"]) == [2])
        #expect(NumberWords.values(["twenty-one"]) == [21])
        #expect(NumberWords.values(["treinta", "y", "dos"]).contains(32))
        #expect(NumberWords.values(["dos", "mil", "veinticuatro"]).contains(2024))
        #expect(NumberWords.values(["two", "hundred", "and", "five"]).contains(205))
        #expect(NumberWords.values(["ciento", "veinte"]).contains(120))
        #expect(NumberWords.values(["trescientos", "mil"]).contains(300_000))
        #expect(NumberWords.values(["mil", "millones"]).contains(1_000_000_000))
        #expect(NumberWords.values(["dos", "tres"]) == [2, 3], "two units in a row are two numbers")
        #expect(NumberWords.values(["primera", "edicion"]) == [1])
        #expect(NumberWords.values(["the", "twelfth"]) == [12])
        #expect(NumberWords.roman("XIV") == 14)
        #expect(NumberWords.roman("IIII") == nil)
        #expect(NumberWords.roman("CV") == nil, "a CV is not 105")
        #expect(NumberWords.roman("I") == nil, "one letter is too often a pronoun")
    }

    @Test func scalesAndCurrenciesAgreeAcrossLanguages() {
        #expect(TextFacts("3,5 millones").keys == TextFacts("3.5 million").keys)
        #expect(TextFacts("3,5 millones").keys == TextFacts("3,500,000").keys)
        #expect(TextFacts("1.500 millones").keys == TextFacts("1.5 billion").keys)
        #expect(TextFacts("2 mil millones").keys == TextFacts("2 billion").keys)
        #expect(TextFacts("US$ 3,5").keys == TextFacts("US$3.5").keys)
        #expect(TextFacts("el 45 por ciento").keys == TextFacts("45 percent").keys)
        #expect(TextFacts("el 45 por ciento").keys == TextFacts("45%").keys)
        #expect(TextFacts("1º y 2ª").keys == TextFacts("1st and 2nd").keys)
        #expect(TextFacts("https://doi.org/10.5281/zenodo.8215455").softKeys.isSuperset(of: TextFacts("DOI: 10.5281/zenodo.8215455").keys))
    }

    /// The figures of one language written as words, ordinals or Roman numerals in the other are no finding;
    /// a figure that really differs still is. Run with Spanish and with English as the source.
    @Test(arguments: ["es", "en"]) func wordsOrdinalsAndRomanNumeralsAreNoFinding(source: String) throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(ReviewFixture.config(source: source))
            -- content/a.es.md --
            ---
            title: Informe del programa
            ---
            ## Capítulo II: los municipios

            En el capítulo 2 se presentan tres estudios y 12 talleres.

            Es la primera edición: participaron veintiún municipios y dos mil veinticuatro personas.

            El presupuesto fue de US$ 3,5 millones, el 40 por ciento del total.

            Hubo 7 sesiones en 2024.
            -- content/a.en.md --
            ---
            title: Programme report
            ---
            ## Chapter 2: the municipalities

            Chapter two presents 3 studies and twelve workshops.

            It is the 1st edition: 21 municipalities and 2,024 people took part.

            The budget was US$3.5 million, 40% of the total.

            There were 8 sessions in 2024.
            """)
        defer { site.cleanUp() }
        let loaded = try ReviewFixture.site(site)
        let status = try #require(StatusReport(site: loaded).status(of: "a"))
        let review = try #require(PairReviewer(site: loaded).review(status, left: "es", right: "en"))
        let facts = review.rows.flatMap(\.findings).filter { $0.check == .fact }.map(\.message)
        #expect(facts == ["number 7 only in es, not in en", "number 8 only in en, not in es"])
    }
}
