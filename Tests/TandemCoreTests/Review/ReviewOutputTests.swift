import Foundation
import Testing
@testable import TandemCore

@Suite("Review: findings in the terminal and as JSON")
struct ReviewOutputTests {
    static let site = """
        -- glossary.yaml --
        terms:
          - es: CEPAL
            en: ECLAC
            forbidden: {en: [CEPALC]}
        -- content/a.es.md --
        ---
        title: Nota del programa
        ---
        La CEPAL publicó 12 informes.

        Hubo 30 talleres.
        -- content/a.en.md --
        ---
        title: Programme note
        ---
        CEPALC published 12 reports.

        <!-- tandem-review: ignore number — checked with the author -->
        There were 31 workshops.
        """

    @Test func everyFindingIsPrintedAsFileLineKindMessage() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        let run = try CLITests.run(["review", "--source", site.folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/a.en.md:4: forbiddenTerm (error): “CEPALC” is a forbidden en term; use “ECLAC”"), "\(run.stdout)")
        #expect(lines.contains("content/a.en.md:4: terminology: “CEPAL” (es) without the approved en term “ECLAC”"))
        #expect(lines.contains("content/a.en.md:7: fact: number 30 only in es, not in en [waived: checked with the author]"))
        #expect(lines.contains("  findings: 2 (and 2 waived)"))
    }

    @Test func jsonListsEveryFindingWithItsPlaces() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        let run = try CLITests.run(["review", "--source", site.folder.path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let document = try #require(object)
        #expect(document["version"] as? Int == 1)
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(totals["findings"] as? Int == 2)
        #expect(totals["waived"] as? Int == 2)
        #expect(totals["severities"] as? [String: Int] == ["error": 1, "warning": 1, "info": 0])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.map { $0["kind"] as? String } == ["forbiddenTerm", "terminology", "fact", "fact"])
        let first = try #require(findings.first)
        #expect(first["pair"] as? String == "a")
        #expect(first["row"] as? String == "b1")
        #expect(first["severity"] as? String == "error")
        #expect(first["waived"] as? Bool == false)
        #expect(first["waiverReason"] == nil)
        let files = try #require(first["files"] as? [String: [String: Any]])
        #expect(files["es"]?["path"] as? String == "content/a.es.md")
        #expect(files["es"]?["line"] as? Int == 4)
        #expect(files["en"]?["line"] as? Int == 4)
        #expect(findings[2]["waived"] as? Bool == true)
        #expect(findings[2]["waiverReason"] as? String == "checked with the author")
    }

    @Test func aGlossaryErrorStopsTheReview() throws {
        let site = try TestSite("""
            -- glossary.yaml --
            terms:
              - es: CEPAL
                en: [ECLAC
            """)
        defer { site.cleanUp() }
        let run = try CLITests.run(["review", "--source", site.folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("glossary.yaml:"), "\(run.stderr)")
        #expect(run.stderr.contains("malformed YAML in the glossary"))
    }
}
