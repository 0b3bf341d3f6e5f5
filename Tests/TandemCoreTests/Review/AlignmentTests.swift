import Foundation
import Testing
@testable import TandemCore

@Suite("Review: block alignment")
struct AlignmentTests {
    /// Reviews the pair `a` of an inline site: `es` and `en` are the two bodies.
    static func review(es: String, en: String, esFrontMatter: String = "", enFrontMatter: String = "", section: String = "notas") throws -> PairReview {
        let site = try TestSite("""
            -- content/\(section)/a.es.md --
            ---
            title: Una página de prueba
            \(esFrontMatter)
            ---
            \(es)
            -- content/\(section)/a.en.md --
            ---
            title: A test page
            \(enFrontMatter)
            ---
            \(en)
            """)
        defer { site.cleanUp() }
        let loaded = try ReviewFixture.site(site)
        let status = try #require(StatusReport(site: loaded).status(of: "\(section)/a"))
        return try #require(PairReviewer(site: loaded).review(status, left: "es", right: "en"))
    }

    /// Each row as "es text | en text", a gap shown as "—".
    static func rows(_ review: PairReview) -> [String] {
        review.rows.map { ($0.left?.displayText ?? "—") + " | " + ($0.right?.displayText ?? "—") }
    }

    @Test func equalStructureAlignsOneToOne() throws {
        let review = try Self.review(
            es: """
                ## Objetivos

                El curso tiene cinco módulos y dura 12 semanas.

                Participaron 342 mujeres y 369 hombres.
                """,
            en: """
                ## Goals

                The course has five modules and lasts 12 weeks.

                342 women and 369 men took part.
                """)
        #expect(Self.rows(review) == [
            "Objetivos | Goals",
            "El curso tiene cinco módulos y dura 12 semanas. | The course has five modules and lasts 12 weeks.",
            "Participaron 342 mujeres y 369 hombres. | 342 women and 369 men took part.",
        ])
        #expect(review.rows.map(\.anchor) == ["b1", "b2", "b3"])
        #expect(review.findingCount == 0, "\(review.rows.flatMap(\.findings))")
    }

    @Test func aMissingParagraphLeavesAGap() throws {
        let review = try Self.review(
            es: """
                Primer párrafo sobre el programa, con bastante texto para parecerse a una nota real.

                Segundo párrafo: el presupuesto es de 2,5 millones y cubre 14 municipios.

                Tercer párrafo, que cierra la nota con una reflexión sobre el desarrollo local.
                """,
            en: """
                First paragraph about the programme, with enough text to look like a real note.

                Third paragraph, which closes the note with a thought on local development.
                """)
        #expect(Self.rows(review) == [
            "Primer párrafo sobre el programa, con bastante texto para parecerse a una nota real. | First paragraph about the programme, with enough text to look like a real note.",
            "Segundo párrafo: el presupuesto es de 2,5 millones y cubre 14 municipios. | —",
            "Tercer párrafo, que cierra la nota con una reflexión sobre el desarrollo local. | Third paragraph, which closes the note with a thought on local development.",
        ])
        let gap = review.rows[1].findings.map(\.message)
        #expect(gap.contains("only in es: no counterpart in en"))
        #expect(gap.contains("number 2,5 only in es, not in en"))
        #expect(gap.contains("number 14 only in es, not in en"))
        #expect(review.rows[0].findings.isEmpty && review.rows[2].findings.isEmpty)
    }

    @Test func aReorderedListIsAlignedAndTheMovedItemFlagged() throws {
        let review = try Self.review(
            es: """
                - Quito, Ecuador: taller de 2013 con 40 participantes
                - Lima, Perú: taller de 2015 con 35 participantes
                - Bogotá, Colombia: taller de 2017 con 52 participantes
                """,
            en: """
                - Lima, Peru: 2015 workshop with 35 participants
                - Bogotá, Colombia: 2017 workshop with 52 participants
                - Quito, Ecuador: 2013 workshop with 40 participants
                """)
        #expect(Self.rows(review) == [
            "Quito, Ecuador: taller de 2013 con 40 participantes | —",
            "Lima, Perú: taller de 2015 con 35 participantes | Lima, Peru: 2015 workshop with 35 participants",
            "Bogotá, Colombia: taller de 2017 con 52 participantes | Bogotá, Colombia: 2017 workshop with 52 participants",
            "— | Quito, Ecuador: 2013 workshop with 40 participants",
        ])
        #expect(review.rows[0].findings == [ReviewFinding(.moved, "moved: its en counterpart is row #b4")])
        #expect(review.rows[3].findings == [ReviewFinding(.moved, "moved: its es counterpart is row #b1")])
        #expect(review.rows[1].findings.isEmpty && review.rows[2].findings.isEmpty)
    }

    @Test func aTableWithAnExtraRow() throws {
        let review = try Self.review(
            es: """
                | País | Municipios |
                |---|---|
                | Chile | 12 |
                | Perú | 8 |
                """,
            en: """
                | Country | Municipalities |
                |---|---|
                | Chile | 12 |
                | Mexico | 20 |
                | Peru | 8 |
                """)
        #expect(Self.rows(review) == [
            "País | Municipios | Country | Municipalities",
            "Chile | 12 | Chile | 12",
            "— | Mexico | 20",
            "Perú | 8 | Peru | 8",
        ])
        #expect(review.rows[2].findings.map(\.message) == ["only in en: no counterpart in es", "number 20 only in en, not in es"])
        #expect(review.pageFindings == [ReviewFinding(.count, "table rows: 3 in es, 4 in en")])
    }

    @Test func agendasAlignBySessionTimes() throws {
        let review = try Self.review(
            es: """
                ## Viernes 1 de noviembre

                - 09:00 Inauguración
                - 10:30 Panel sobre financiamiento municipal y cooperación descentralizada
                - 12:00 Almuerzo
                """,
            en: """
                ## Friday 1 November

                - 09:00 Opening
                - 10:00 Coffee
                - 10:30 Panel on municipal finance and decentralised cooperation
                - 12:00 Lunch
                """,
            esFrontMatter: "timezone: America/Santo_Domingo", enFrontMatter: "timezone: America/Santo_Domingo", section: "agendas")
        #expect(Self.rows(review) == [
            "Viernes 1 de noviembre | Friday 1 November",
            "09:00 Inauguración | 09:00 Opening",
            "— | 10:00 Coffee",
            "10:30 Panel sobre financiamiento municipal y cooperación descentralizada | 10:30 Panel on municipal finance and decentralised cooperation",
            "12:00 Almuerzo | 12:00 Lunch",
        ])
        #expect(review.rows[2].findings.map(\.message).contains("time 10:00 only in en, not in es"))
    }

    @Test func veryDifferentStructureStillAligns() throws {
        // The Spanish uses paragraphs where the English uses a list, and has an extra closing note.
        let review = try Self.review(
            es: """
                Módulo 1: Los Objetivos de Desarrollo del Milenio

                Módulo 2: Diagnóstico ODM país/municipio

                Nota final: el curso se repite en 2014.
                """,
            en: """
                - Module 1: The Millennium Development Goals
                - Module 2: Evaluation of the MDGs at the country/municipality level
                """)
        #expect(Self.rows(review).prefix(2) == [
            "Módulo 1: Los Objetivos de Desarrollo del Milenio | Module 1: The Millennium Development Goals",
            "Módulo 2: Diagnóstico ODM país/municipio | Module 2: Evaluation of the MDGs at the country/municipality level",
        ])
        #expect(review.rows.count == 3)
        #expect(review.pageFindings.isEmpty, "a paragraph that became a list item is not a count difference")
    }

    @Test func aLongRunMissingOnOneSideStaysInTheBand() throws {
        // 300 paragraphs in Spanish; the English lacks 120 in a row. With a tiny band the
        // aligner must widen it to the difference in counts to find the way round the gap.
        func paragraph(_ index: Int, spanish: Bool) -> MarkdownBlock {
            let text = spanish
                ? "El municipio \(index) informó \(index * 7) beneficiarios y un presupuesto de \(index * 13) millones."
                : "Municipality \(index) reported \(index * 7) beneficiaries and a budget of \(index * 13) million."
            return MarkdownBlock(kind: .paragraph, text: text, source: text, line: index + 1)
        }
        let left = (0..<300).map { ReviewBlock(paragraph($0, spanish: true)) }
        let right = (0..<300).filter { !(100..<220).contains($0) }.map { ReviewBlock(paragraph($0, spanish: false)) }
        var limits = BlockAligner.Limits()
        limits.fullTable = 0
        limits.band = 0
        limits.minimumHalfWidth = 8
        let pairs = BlockAligner.align(left, right, limits: limits)
        #expect(pairs.count == 300)
        #expect(pairs.filter { $0.right == nil }.map(\.left) == (100..<220).map { $0 })
        #expect(pairs.filter { $0.left != nil && $0.right != nil }.allSatisfy { left[$0.left!].facts.numbers == right[$0.right!].facts.numbers })
    }

    @Test func aTableTranslatedAsAListStillAligns() throws {
        let review = try Self.review(
            es: """
                | País | Municipios |
                |---|---|
                | Chile | 12 |
                | Perú | 8 |
                """,
            en: """
                - Chile: 12 municipalities
                - Peru: 8 municipalities
                """)
        #expect(Self.rows(review).suffix(2) == ["Chile | 12 | Chile: 12 municipalities", "Perú | 8 | Peru: 8 municipalities"])
    }
}
