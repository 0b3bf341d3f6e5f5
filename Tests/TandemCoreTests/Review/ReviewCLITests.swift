import Foundation
import Testing
@testable import TandemCore

/// `status`, `translate` and `review` as a user meets them: exit codes and messages.
@Suite("Review: command line")
struct ReviewCLITests {
    static let pair = """
        -- content/a.es.md --
        ---
        title: A
        ---
        Texto.
        -- content/a.en.md --
        ---
        title: A
        ---
        Text.
        -- content/b.es.md --
        ---
        title: B
        ---
        """

    @Test func statusStrictFailsOnMissingOrStale() throws {
        let site = try TestSite(Self.pair)
        defer { site.cleanUp() }
        let plain = try CLITests.run(["status", "--source", site.folder.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("b     (root)   source  missing"), "\(plain.stdout)")
        #expect(plain.stdout.contains("2 pages: 1 missing, 0 stale, 0 draft, 1 untracked"))
        let strict = try CLITests.run(["status", "--strict", "--source", site.folder.path])
        #expect(strict.status == 1)
        let json = try CLITests.run(["status", "--json", "--source", site.folder.path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 2)

        try site.remove("content/b.es.md")
        #expect(try CLITests.run(["status", "--strict", "--source", site.folder.path]).status == 0)  // untracked is not a failure
        #expect(try CLITests.run(["status", "--source", "/no/such/folder"]).status == 2)
    }

    @Test func translateThenMarkCurrent() throws {
        let site = try TestSite(Self.pair)
        defer { site.cleanUp() }
        let scaffold = try CLITests.run(["translate", "content/b.es.md", "--to", "en", "--source", site.folder.path])
        #expect(scaffold.status == 0, "\(scaffold.stderr)")
        #expect(scaffold.stdout.hasPrefix("Wrote content/b.en.md (draft) from content/b.es.md."))
        let again = try CLITests.run(["translate", "content/b.es.md", "--to", "en", "--source", site.folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/b.en.md: error: already translated"))
        #expect(!again.stderr.contains("Fatal error"))

        let mark = try CLITests.run(["translate", "--mark-current", "content/a.en.md", "--source", site.folder.path])
        #expect(mark.status == 0, "\(mark.stderr)")
        #expect(mark.stdout.contains("content/a.en.md: source_hash sha256:"))
        #expect(site.text("content/a.en.md")?.contains("source_hash: \(SourceHash.of(body: "Texto.\n"))\n---") == true)

        // Bad input: clear messages and exit codes, no stack traces.
        let unknown = try CLITests.run(["translate", "content/a.es.md", "--to", "fr", "--source", site.folder.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("content/a.es.md: error: unknown language 'fr'"))
        let outside = try CLITests.run(["translate", "tandem.yaml", "--to", "en", "--source", site.folder.path])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("tandem.yaml: error: not a file under content/"))
        let orphan = try CLITests.run(["translate", "--mark-current", "content/b.es.md", "--source", site.folder.path])
        #expect(orphan.status == 1)
        #expect(orphan.stderr.contains("this is the source of its pair"))
        #expect(try CLITests.run(["translate", "content/a.es.md", "--source", site.folder.path]).status == 2)
        #expect(try CLITests.run(["translate", "--mark-current", "content/a.en.md", "--to", "en", "--source", site.folder.path]).status == 2)
    }

    @Test func newCommandsExplainThemselvesWithAnExample() throws {
        for command in ["status", "translate", "review"] {
            let run = try CLITests.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Example"), "\(command) --help needs an example")
        }
    }

    @Test func buildSummaryCountsMissingAndStale() throws {
        let site = try TestSite(Self.pair)
        defer { site.cleanUp() }
        let run = try CLITests.run(["build", "--source", site.folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("translations: 1 missing, 0 stale"))
    }

    @Test func reviewWritesTheReviewSite() throws {
        let site = try TestSite(Self.pair)
        defer { site.cleanUp() }
        let run = try CLITests.run(["review", "--source", site.folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Reviewed 1 translated page into \(site.folder.path)/output-review/ in "), "\(run.stdout)")
        #expect(run.stdout.contains("  open \(site.folder.path)/output-review/index.html"))
        #expect(run.stdout.contains("status:   2 pages: 1 missing, 0 stale, 0 draft, 1 untracked"))
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("output-review/pairs/a.html").path))
        let intoOutput = try CLITests.run(["review", "--source", site.folder.path, "--output", site.folder.appendingPathComponent("output").path])
        #expect(intoOutput.status == 1)
        #expect(intoOutput.stderr.contains("error: the review site is never written into the public site's folder"))
    }
}
