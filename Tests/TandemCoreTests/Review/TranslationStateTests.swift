import Foundation
import Testing
@testable import TandemCore

/// Issue #13, "Translation states CI can trust": a scaffold is not current until
/// someone marks it so, untranslated blocks make a translation incomplete, review
/// findings carry a severity `--strict` can fail on.
@Suite("Review: honest translation states")
struct TranslationStateTests {
    static let body = "El programa apoya a los municipios de la región.\n\nLos talleres se hacen cada mes en la sede.\n"
    static let translated = "The programme supports the municipalities of the region.\n\nThe workshops take place every month at the office.\n"

    static func report(_ site: TestSite) throws -> StatusReport { StatusReport(site: try ReviewFixture.site(site)) }

    static func version(_ site: TestSite, _ key: String = "programa") throws -> TranslationStatus.Version {
        try #require(try report(site).status(of: key)?.version("en"))
    }

    @Test func aScaffoldIsNotCurrentUntilMarkedAndNotCompleteWhileBlocksAreUntranslated() throws {
        let site = try TestSite("""
            -- content/programa.es.md --
            ---
            title: Programa municipal
            ---
            \(Self.body)
            """)
        defer { site.cleanUp() }
        let scaffolder = TranslationScaffolder(site: try ReviewFixture.site(site), siteFolder: site.folder)
        let scaffold = try scaffolder.scaffold(ContentFileArgument(contentPath: "programa.es.md"), to: "en")
        try scaffolder.write(scaffold)
        // The scaffold records what it was made from, not that it matches.
        #expect(scaffold.text.contains("scaffolded_from: \(SourceHash.of(body: Self.body))\n"))
        #expect(!scaffold.text.contains("source_hash"))
        #expect(try Self.version(site).state == .draft)
        #expect(try Self.version(site).scaffoldedFrom == SourceHash.of(body: Self.body))

        // Published half-done: incomplete, and --strict fails on it.
        try site.write(scaffold.path, scaffold.text.replacingOccurrences(of: "draft: true\n", with: ""))
        var report = try Self.report(site)
        #expect(report.status(of: "programa")?.version("en")?.state == .incomplete)
        #expect(report.status(of: "programa")?.version("en")?.untranslatedCount == 3)
        #expect(report.failsStrict)
        #expect(report.strictFailures() == ["programa (en): incomplete, 3 untranslated — content/programa.en.md"])
        #expect(report.totalLine == "1 page: 0 missing, 0 stale, 1 incomplete, 0 draft, 0 untracked")

        // --mark-current refuses while blocks are untranslated.
        let marker = SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
        #expect(throws: TranslationFileError(
            .content, "content/programa.en.md",
            "3 untranslated parts left (title still marked for translation in en; the en block is the es text, untranslated); not marking it current",
            hint: "translate them (tandem review shows where), or pass --force if they are meant to stay as in content/programa.es.md")) {
            try marker.markCurrent(ContentFileArgument(contentPath: "programa.en.md"))
        }
        #expect(site.text(scaffold.path)?.contains("source_hash") == false)

        // Title and one block translated; forced, the hash is recorded but the page stays incomplete.
        var text = try #require(site.text(scaffold.path))
        text = text.replacingOccurrences(of: "\"[translate] Programa municipal\"", with: "\"Municipal programme\"")
            .replacingOccurrences(of: "El programa apoya a los municipios de la región.", with: "The programme supports the municipalities of the region.")
        try site.write(scaffold.path, text)
        let forced = try SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
            .markCurrent(ContentFileArgument(contentPath: "programa.en.md"), force: true)
        #expect(forced.untranslated == 1)
        #expect(forced.hash == SourceHash.of(body: Self.body))
        #expect(try Self.version(site).state == .incomplete)

        // Everything translated: the recorded hash makes it ok.
        text = try #require(site.text(scaffold.path))
        try site.write(scaffold.path, text.replacingOccurrences(
            of: "Los talleres se hacen cada mes en la sede.", with: "The workshops take place every month at the office."))
        report = try Self.report(site)
        #expect(report.status(of: "programa")?.version("en")?.state == .ok)
        #expect(!report.failsStrict)
        let again = try SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
            .markCurrent(ContentFileArgument(contentPath: "programa.en.md"))
        #expect(!again.changed)
    }

    @Test func aFinishedScaffoldIsUntrackedUntilMarked() throws {
        let site = try TestSite("""
            -- content/programa.es.md --
            ---
            title: Programa municipal
            ---
            \(Self.body)
            -- content/programa.en.md --
            ---
            title: Municipal programme
            scaffolded_from: \(SourceHash.of(body: Self.body))
            ---
            \(Self.translated)
            """)
        defer { site.cleanUp() }
        var report = try Self.report(site)
        #expect(report.status(of: "programa")?.version("en")?.state == .untracked)
        #expect(report.status(of: "programa")?.version("en")?.untranslatedCount == 0)
        #expect(!report.failsStrict)
        let outcome = try SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
            .markCurrent(ContentFileArgument(contentPath: "programa.en.md"))
        #expect(outcome.changed)
        report = try Self.report(site)
        #expect(report.status(of: "programa")?.version("en")?.state == .ok)
    }

    @Test func findingsCarryASeverityThatStrictCanFailOn() throws {
        #expect(ReviewFinding(.untranslated, "x").severity == .error)
        #expect(ReviewFinding(.fact, "x").severity == .warning)
        #expect(ReviewFinding(.moved, "x").severity == .info)
        #expect(ReviewFinding(.fact, "x", severity: .error).severity == .error)
        let site = try TestSite("""
            -- content/informe.es.md --
            ---
            title: Informe anual
            ---
            El informe cubre el presupuesto de 2013.
            -- content/informe.en.md --
            ---
            title: Annual report
            ---
            The report covers the budget of 2014.
            """)
        defer { site.cleanUp() }
        let report = try Self.report(site)
        let version = try #require(report.status(of: "informe")?.version("en"))
        #expect(version.state == .untracked)
        #expect(version.findingCount(atLeast: .error) == 0)
        let warnings = version.findingCount(atLeast: .warning)
        #expect(warnings > 0)
        #expect(report.strictFailures() == [])
        #expect(report.strictFailures(failOn: .error) == [])
        #expect(report.strictFailures(failOn: .warning) == [
            "informe (en): untracked, \(warnings) findings at level warning or above — content/informe.en.md",
        ])
        let json = try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any]
        #expect(json?["version"] as? Int == 2)
        let pages = json?["pages"] as? [[String: Any]]
        let english = (pages?.first?["languages"] as? [String: Any])?["en"] as? [String: Any]
        #expect(english?["untranslated"] as? Int == 0)
        #expect((english?["findings"] as? [String: Int])?["warning"] == warnings)
        #expect((english?["findings"] as? [String: Int])?["error"] == 0)

        let strict = try CLITests.run(["status", "--strict", "--source", site.folder.path])
        #expect(strict.status == 0, "\(strict.stdout)")
        #expect(try CLITests.run(["status", "--strict", "--fail-on", "error", "--source", site.folder.path]).status == 0)
        let failing = try CLITests.run(["status", "--strict", "--fail-on", "warning", "--source", site.folder.path])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("  informe (en): untracked, \(warnings) findings at level warning or above — content/informe.en.md"), "\(failing.stdout)")
        #expect(try CLITests.run(["status", "--strict", "--fail-on", "fatal", "--source", site.folder.path]).status == 2)
        #expect(try CLITests.run(["status", "--fail-on", "error", "--source", site.folder.path]).status == 2)
    }

    @Test func strictFailsOnAnIncompleteTranslationFromTheCommandLine() throws {
        let site = try TestSite("""
            -- content/programa.es.md --
            ---
            title: Programa municipal
            ---
            \(Self.body)
            -- content/programa.en.md --
            ---
            title: Municipal programme
            ---
            The programme supports the municipalities of the region.

            Los talleres se hacen cada mes en la sede.
            """)
        defer { site.cleanUp() }
        let run = try CLITests.run(["status", "--strict", "--source", site.folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("programa  (root)   source  incomplete"), "\(run.stdout)")
        #expect(run.stdout.contains("--strict: 0 missing, 0 stale and 1 incomplete translation(s)\n  programa (en): incomplete, 1 untranslated — content/programa.en.md\n"), "\(run.stdout)")
        let mark = try CLITests.run(["translate", "--mark-current", "content/programa.en.md", "--source", site.folder.path])
        #expect(mark.status == 1)
        #expect(mark.stderr.contains("content/programa.en.md: error: 1 untranslated part left (the en block is the es text, untranslated); not marking it current"), "\(mark.stderr)")
        let forced = try CLITests.run(["translate", "--mark-current", "--force", "content/programa.en.md", "--source", site.folder.path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("note: 1 part(s) still untranslated; tandem status shows the page as incomplete until they are translated"))
    }
}
