import Foundation
import Testing
@testable import TandemCore

@Suite("Review: glossary")
struct ReviewGlossaryTests {
    static let glossaryYAML = """
        terms:
          - es: ODM
            en: MDGs
            caseSensitive: true
            note: Millennium Development Goals, 2000–2015
          - es: Objetivos de Desarrollo del Milenio
            en: Millennium Development Goals
            forbidden: {en: [Millennium Goals]}
          - es: gobierno subnacional
            en: subnational government
            variants: {en: [sub-national government]}
          - es: concejal
            en: councillor
            gender: true
        """

    static func site(source: String, spanish: String, english: String, glossary: String = glossaryYAML) throws -> TestSite {
        try TestSite("""
            -- tandem.yaml --
            \(ReviewFixture.config(source: source))
            -- glossary.yaml --
            \(glossary)
            -- content/a.es.md --
            ---
            title: Nota
            ---
            \(spanish)
            -- content/a.en.md --
            ---
            title: Note
            ---
            \(english)
            """)
    }

    static func findings(_ site: TestSite) throws -> [ReviewFinding] {
        var diagnostics = DiagnosticBag()
        let loaded = try ReviewFixture.site(site)
        let glossary = GlossaryLoader(siteFolder: site.folder, languages: ["es", "en"]).load(diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let status = try #require(StatusReport(site: loaded).status(of: "a"))
        let review = try #require(PairReviewer(site: loaded, glossary: glossary).review(status, left: "es", right: "en"))
        return review.rows.flatMap(\.findings).filter { $0.check == .terminology || $0.check == .forbiddenTerm }
    }

    @Test(arguments: ["es", "en"]) func inflectedAccentedTermsAreFoundAndMissingOnesFlagged(source: String) throws {
        let site = try Self.site(
            source: source,
            spanish: """
                Los Gobiernos Subnacionales avanzan en los ODM.

                La concejala presentó los Objetivos de Desarrollo del Milenio.

                Las odm en minúscula no son el término.
                """,
            english: """
                Sub-national governments advance the MDGs.

                The councillor presented the Millennium Goals.

                Lowercase ones are not the term.
                """)
        defer { site.cleanUp() }
        let messages = try Self.findings(site).map(\.message)
        let (from, to) = source == "es" ? ("es", "en") : ("en", "es")
        var expected = ["“Millennium Goals” is a forbidden en term; use “Millennium Development Goals”"]
        if source == "es" {
            expected.append("“Objetivos de Desarrollo del Milenio” (\(from)) without the approved \(to) term “Millennium Development Goals”")
        } else {
            // From English the row has "Millennium Goals" only, which is no approved term: nothing to look up in Spanish.
        }
        #expect(messages.sorted() == expected.sorted())
    }

    @Test func changingOneTermOfTheBundledSiteIsCaught() throws {
        let site = try ReviewFixture.bundledSiteCopy()
        defer { site.cleanUp() }
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent(Glossary.fileName), to: site.folder.appendingPathComponent(Glossary.fileName))
        func review() throws -> PairReview {
            var diagnostics = DiagnosticBag()
            let loaded = try ReviewFixture.site(site)
            let glossary = GlossaryLoader(siteFolder: site.folder, languages: ["es", "en"]).load(diagnostics: &diagnostics)
            #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
            #expect(glossary.entries.count >= 5)
            let status = try #require(StatusReport(site: loaded).status(of: "municipalizacion-odm"))
            return try #require(PairReviewer(site: loaded, glossary: glossary).review(status, left: "es", right: "en"))
        }
        #expect(try review().findingCount == 0)
        let path = "content/programmes/municipalizacion-odm.en.md"
        let english = try #require(site.text(path))
        try site.write(path, english.replacingOccurrences(of: "a part of ECLAC", with: "a part of CEPAL"))
        let findings = try review().rows.flatMap(\.findings).filter { !$0.waived }
        #expect(findings.map(\.message) == ["“CEPAL” (es) without the approved en term “ECLAC”"])
    }

    @Test func yamlMistakesAreReportedWithTheirPosition() throws {
        let site = try TestSite("""
            -- glossary.yaml --
            terms:
              - es: ODM
                en: MDGs
                caseSensitive: maybe
              - es: CEPAL
                fr: CEPALC
            extra: 1
            """)
        defer { site.cleanUp() }
        var diagnostics = DiagnosticBag()
        let glossary = GlossaryLoader(siteFolder: site.folder, languages: ["es", "en"]).load(diagnostics: &diagnostics)
        #expect(glossary.entries.isEmpty)
        #expect(diagnostics.items.map(\.description) == [
            "glossary.yaml:4:5: error: `caseSensitive` must be true or false (write `caseSensitive: true`)",
            "glossary.yaml:6:5: error: unknown key `fr` in a glossary entry (an entry has the site's languages (es, en), caseSensitive, forbidden, gender, note, variants)",
            "glossary.yaml:7:1: error: unknown key `extra` in the glossary (the glossary has `terms:` (a list of entries) and optionally `import:`)",
        ])
    }

    @Test func csvAndTbxTermbasesAreImported() throws {
        let site = try TestSite(#"""
            -- glossary.yaml --
            import: [terms.csv, terms.tbx]
            -- terms.csv --
            Term [es],Term [en],forbidden_en,Description
            CEPAL,ECLAC,,"Comisión Económica para América Latina, ""la Comisión"""
            municipalización,municipalization|municipalisation,municipilization,
            -- terms.tbx --
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="c1">
                <descrip type="definition">United Nations Development Programme</descrip>
                <langSet xml:lang="es-ES"><tig><term>PNUD</term></tig></langSet>
                <langSet xml:lang="en-US">
                  <tig><term>UNDP</term></tig>
                  <tig><term>U.N.D.P.</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
            </body></text></tbx>
            """#)
        defer { site.cleanUp() }
        var diagnostics = DiagnosticBag()
        let glossary = GlossaryLoader(siteFolder: site.folder, languages: ["es", "en"]).load(diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(glossary.entries.map(\.terms) == [["es": "CEPAL", "en": "ECLAC"], ["es": "municipalización", "en": "municipalization"], ["es": "PNUD", "en": "UNDP"]])
        #expect(glossary.entries[0].note == "Comisión Económica para América Latina, \"la Comisión\"")
        #expect(glossary.entries[1].variants == ["en": ["municipalisation"]])
        #expect(glossary.entries[1].forbidden == ["en": ["municipilization"]])
        #expect(glossary.entries[2].forbidden == ["en": ["U.N.D.P."]])
        #expect(glossary.entries[2].note == "United Nations Development Programme")
        #expect(glossary.entries[0].location == SourceLocation(path: "terms.csv", line: 2))
    }

    @Test func aBrokenTermbaseNamesItsLine() throws {
        let site = try TestSite(#"""
            -- glossary.yaml --
            import: terms.csv
            -- terms.csv --
            es,en
            CEPAL,"ECLAC
            """#)
        defer { site.cleanUp() }
        var diagnostics = DiagnosticBag()
        _ = GlossaryLoader(siteFolder: site.folder, languages: ["es", "en"]).load(diagnostics: &diagnostics)
        #expect(diagnostics.items.map(\.description) == [
            #"terms.csv:2:1: error: a quoted cell is never closed (close the cell with `"`; write a quote inside a cell as `""`)"#,
        ])
    }
}
