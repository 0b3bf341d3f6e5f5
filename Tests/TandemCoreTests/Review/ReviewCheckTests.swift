import Foundation
import Testing
@testable import TandemCore

@Suite("Review: checks")
struct ReviewCheckTests {
    @Test func factsAreReadInBothLanguagesForms() {
        #expect(TextFacts("1.000 y 1,000 y 2,5 y 2.5 y 007").numbers == ["1000", "1000", "2.5", "2.5", "7"])
        #expect(TextFacts("a las 10h30, 9:05 hrs. y 10:30-11:00").facts.filter { $0.kind == .time }.map(\.key) == ["10:30", "9:05", "10:30", "11:00"])
        #expect(TextFacts("el 45% y 12 %").facts.map(\.kind) == [.percentage, .percentage])
        #expect(TextFacts("1 de noviembre de 2024").keys == TextFacts("November 1, 2024").keys)
        #expect(TextFacts("2024-11-01").keys == TextFacts("1 November 2024").keys)
        #expect(TextFacts("19 – 21 de abril").keys == TextFacts("April 19-21").keys)
        #expect(TextFacts("We may go").facts.isEmpty, "a month name counts only beside a number")
        #expect(TextFacts("Escriba a Info@Example.org o vea https://www.example.org/x/.").keys == ["info@example.org", "example.org/x"])
        #expect(TextFacts("Lo dijo Ana en Quito.").names == ["ana", "quito"])
    }

    @Test func everyCheckFiresOnACraftedPair() throws {
        let site = try TestSite("""
            -- content/notas/a.es.md --
            ---
            title: Nota de prueba del programa
            summary: Un resumen en español.
            tags: [uno, dos, tres]
            venue: Centro
            ---
            ## Presupuesto

            El programa cuesta 2,5 millones, llega al 45% de los municipios y empieza el 1 de noviembre de 2024 a las 10:30.

            Escriba a info@example.org o vea https://example.org/programa.

            Ver la [agenda](b.es.md) del taller.

            Este párrafo quedó igual en las dos versiones del texto.

            ![Mapa](mapa.png)
            -- content/notas/a.en.md --
            ---
            title: Test note of the programme
            tags: [one, two]
            ---
            ## Budget

            ## Timeline

            The programme costs 3.5 million, reaches 45% of municipalities and starts on 2 November 2024 at 11:30.

            Write to contact@example.org or see https://example.org/programme.

            See the workshop [agenda](b.es.md).

            Este párrafo quedó igual en las dos versiones del texto.
            -- content/notas/b.es.md --
            ---
            title: B
            ---
            -- content/notas/b.en.md --
            ---
            title: B
            ---
            """)
        defer { site.cleanUp() }
        let loaded = try ReviewFixture.site(site)
        let status = try #require(StatusReport(site: loaded).status(of: "notas/a"))
        let review = try #require(PairReviewer(site: loaded).review(status, left: "es", right: "en"))
        let messages = review.rows.flatMap(\.findings).map(\.message) + review.pageFindings.map(\.message)
        let expected = [
            // numbers, dates, times; percentages that agree stay quiet
            "number 2,5 only in es, not in en", "number 3.5 only in en, not in es",
            "number 1 only in es, not in en", "number 2 only in en, not in es",
            "time 10:30 only in es, not in en", "time 11:30 only in en, not in es",
            // e-mail addresses and URLs
            "e-mail address info@example.org only in es, not in en", "e-mail address contact@example.org only in en, not in es",
            "URL https://example.org/programa only in es, not in en", "URL https://example.org/programme only in en, not in es",
            // a link to a page in the other language
            "links to the es page content/notas/b.es.md from the en page; its en version is content/notas/b.en.md",
            // untranslated
            "the en block is the es text, untranslated",
            // structure
            "headings: 1 in es, 2 in en", "images: 1 in es, 0 in en",
            // front matter
            "`summary` only in es", "`venue` only in es", "tags: 3 in es, 2 in en",
        ]
        for message in expected { #expect(messages.contains(message), "missing finding: \(message)\nall: \(messages)") }
        #expect(!messages.contains { $0.contains("45") })
        // Moved blocks, terminology, punctuation and markup have suites of their own (AlignmentTests, ReviewGlossaryTests, ReviewPunctuationTests).
        for check in ReviewFinding.Check.allCases where ![.moved, .terminology, .forbiddenTerm, .punctuation, .markup].contains(check) {
            #expect(review.count(check) > 0, "\(check) never fired")
        }
    }

    @Test func theSeedProgrammeNotesShowNoFinding() throws {
        var diagnostics = DiagnosticBag()
        let site = try #require(ContentSiteLoader(siteFolder: TestSite.repositoryRoot).load(diagnostics: &diagnostics))
        let report = StatusReport(site: site)
        for key in ["municipalizacion-odm", "partners-municipalizacion-odm", "_index", "programmes/_index"] {
            let status = try #require(report.status(of: key))
            let review = try #require(PairReviewer(site: site).review(status, left: "es", right: "en"))
            #expect(review.findingCount == 0, "\(key): \(review.rows.flatMap(\.findings).map(\.message) + review.pageFindings.map(\.message))")
            if key == "municipalizacion-odm" {
                // The figures both versions carry are found on both sides of the same rows.
                let spanish = Set(review.rows.compactMap(\.left).flatMap(\.facts.numbers))
                let english = Set(review.rows.compactMap(\.right).flatMap(\.facts.numbers))
                #expect(spanish.isSuperset(of: ["711", "342", "369", "2013", "100"]))
                #expect(spanish == english)
                #expect(review.rows.allSatisfy { $0.left != nil && $0.right != nil })
            }
        }
    }

    @Test func aScaffoldIsFlaggedUntranslatedUntilTranslated() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Nota del programa
            ---
            Este es el primer párrafo de la nota.

            - Un punto de la lista con 3 ideas
            """)
        defer { site.cleanUp() }
        let scaffolder = TranslationScaffolder(site: try ReviewFixture.site(site), siteFolder: site.folder)
        try scaffolder.write(try scaffolder.scaffold(ContentFileArgument(contentPath: "a.es.md"), to: "en"))
        let loaded = try ReviewFixture.site(site)
        let status = try #require(StatusReport(site: loaded).status(of: "a"))
        #expect(status.version("en")?.state == .draft)
        let review = try #require(PairReviewer(site: loaded).review(status, left: "es", right: "en"))
        #expect(review.count(.untranslated) == 3)  // the title and both blocks
        #expect(review.pageFindings.contains(ReviewFinding(.untranslated, "title still marked for translation in en")))
    }
}
