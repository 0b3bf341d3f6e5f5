import Foundation
import Testing
@testable import TandemCore

@Suite("Review: punctuation, markup and waivers")
struct ReviewPunctuationTests {
    static func review(source: String, spanish: String, english: String) throws -> PairReview {
        let site = try TestSite("""
            -- tandem.yaml --
            \(ReviewFixture.config(source: source))
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
        defer { site.cleanUp() }
        let loaded = try ReviewFixture.site(site)
        let status = try #require(StatusReport(site: loaded).status(of: "a"))
        return try #require(PairReviewer(site: loaded).review(status, left: "es", right: "en"))
    }

    @Test(arguments: ["es", "en"]) func punctuationAndMarkupDifferencesAreFlagged(source: String) throws {
        let review = try Self.review(
            source: source,
            spanish: """
                Qué hacemos ahora? Lo decidimos juntos.

                ¡Bienvenidas (y bienvenidos al taller!

                Ejecute `tandem build` y lea la [guía](https://example.org/guia) con *cuidado*.

                ¿Participa useR! 2021 este año?

                Un dato[^1] con **fuerza**.

                [^1]: Nota.
                """,
            english: """
                What do we do now? We decide together.

                Welcome (everyone) to the workshop!

                Run `tandem serve` and read the guide carefully.

                Is useR! 2021 taking part this year.

                A fact with strength.

                [^1]: Note.
                """)
        let messages = review.rows.flatMap(\.findings).filter { $0.check == .punctuation || $0.check == .markup }.map(\.message)
        #expect(messages == [
            "unpaired ¿ ? in es: 0 ¿, 1 ?",
            "unpaired parentheses ( ) in es",
            "inline code `tandem build` only in es", "inline code `tandem serve` only in en", "emphasis: 1 in es, 0 in en",
            "links: 1 in es, 0 in en",
            "ends as a question in es, as a statement in en",
            "strong: 1 in es, 0 in en", "footnote references: 1 in es, 0 in en",
        ])
    }

    @Test func matchingPunctuationAndMarkupIsQuiet() throws {
        let review = try Self.review(
            source: "es",
            spanish: """
                ¿Qué hacemos ahora? ¡Lo decidimos juntos!

                Lista: a) uno, b) dos. Ver “la guía” y `tandem build` con **cuidado** y *calma*.

                La variable snake_case_name queda igual.
                """,
            english: """
                What do we do now? We decide together!

                List: a) one, b) two. See “the guide” and `tandem build` **carefully** and *calmly*.

                The variable snake_case_name stays the same.
                """)
        #expect(review.rows.flatMap(\.findings).map(\.message) == [])
    }

    @Test(arguments: ["es", "en"]) func aWaiverKeepsAReviewedExceptionQuiet(source: String) throws {
        let review = try Self.review(
            source: source,
            spanish: """
                El curso tuvo 12 sesiones.

                Hubo 30 participantes.

                - Primer punto con 5 ideas
                - Segundo punto con 6 ideas
                """,
            english: """
                <!-- tandem-review: ignore number — the English edition had 11 sessions -->
                The course had 11 sessions.

                There were 31 participants.

                - First point with 5 ideas
                  <!-- tandem-review: ignore fact: checked with the author -->
                - Second point with 7 ideas
                """)
        let findings = review.rows.flatMap(\.findings)
        #expect(findings.filter { !$0.waived }.map(\.message) == ["number 30 only in es, not in en", "number 31 only in en, not in es"])
        #expect(findings.filter(\.waived).map(\.message) == [
            "number 12 only in es, not in en", "number 11 only in en, not in es",
            "number 6 only in es, not in en", "number 7 only in en, not in es",
        ])
        #expect(findings.filter(\.waived).map(\.waiverReason) == [
            "the English edition had 11 sessions", "the English edition had 11 sessions", "checked with the author", "checked with the author",
        ])
        #expect(review.findingCount == 2)
        #expect(review.waivedCount == 4)
        #expect(review.rows.count == 4, "the comments are not rows")
    }

    @Test func aNameIsNoExclamation() {
        #expect(PunctuationParity.sentenceMarks("¿Por qué utilizar R? ¿Y useR! 2021?", "?") == 2)
        #expect(PunctuationParity.sentenceMarks("useR!2020 y useR! 2021, JAVA!", "!") == 0)
        #expect(PunctuationParity.sentenceMarks("¡Hola!", "!") == 1)
    }

    @Test func waiverCommentsAreParsed() {
        #expect(ReviewWaiver.waivers(in: "<!-- tandem-review: ignore terminology, markup — kept -->") == [
            ReviewWaiver(checks: [.terminology, .markup], reason: "kept"),
        ])
        #expect(ReviewWaiver.waivers(in: "<!-- tandem-review: ignore all -->") == [ReviewWaiver(checks: Set(ReviewFinding.Check.allCases), reason: "")])
        #expect(ReviewWaiver.waivers(in: "<!-- tandem-review: check number -->").isEmpty)
        #expect(ReviewWaiver.waivers(in: "<!-- a note -->").isEmpty)
    }
}

@Suite("Review: untranslated by language")
struct ReviewLanguageProfileTests {
    /// A translation block still in the source language is flagged, edited or not; a name in the other language is not.
    @Test(arguments: ["es", "en"]) func aBlockStillInTheSourceLanguageIsFlaggedNamesAside(source: String) throws {
        let name = "Facultad de Filosofía y Letras de la Universidad de Buenos Aires"
        let spanishSource = """
            Esta formación busca que la cultura académica vea a la ciencia abierta como parte del trabajo.

            Agradecemos a la \(name) por el espacio.
            """
        let englishSource = """
            This training wants academic culture to see open science as part of the work.

            We thank the \(name) for the room.
            """
        let review = source == "es"
            ? try ReviewPunctuationTests.review(source: "es", spanish: spanishSource, english: """
                Esta formación busca que la cultura académica vea la ciencia abierta como parte de su trabajo diario.

                We thank the \(name) for the room.
                """)
            : try ReviewPunctuationTests.review(source: "en", spanish: """
                This training wants academic culture to see open science as part of the work of all of us.

                Agradecemos a la \(name) por el espacio.
                """, english: englishSource)
        let messages = review.rows.flatMap(\.findings).filter { $0.check == .untranslated }.map(\.message)
        #expect(messages == [source == "es" ? "the en block reads as es (7 es function words, 0 en)" : "the es block reads as en (8 en function words, 0 es)"])
    }
}
