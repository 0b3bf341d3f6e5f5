import Foundation
import Testing
@testable import TandemCore

/// The executable alone, copied to an empty folder: `tandem init`, `build`,
/// `new`, `theme export` and `--version` need nothing from this repository.
@Suite("Command line: a site from the binary alone")
struct ScaffoldCLITests {
    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> CLITests.Run {
        try CLITests.run(executable, arguments, in: folder)
    }

    @Test func initBuildNewAndExportWithOnlyTheBinary() throws {
        let binary = try #require(CLITests.binary, "build the tandem product before testing")
        let folder = try ScaffoldTests.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tandem = folder.appendingPathComponent("tandem")
        try FileManager.default.copyItem(at: binary, to: tandem)

        var run = try Self.run(tandem, ["init", "site"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("content/programmes/participatory-budgeting.en.md"))
        let site = folder.appendingPathComponent("site", isDirectory: true)
        run = try Self.run(tandem, ["build", "--strict"], in: site)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        for path in ["output/es/programas/presupuesto-participativo/index.html", "output/en/programmes/participatory-budgeting/index.html", "output/assets/tandem.css"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }

        // init again: refuses, names the file, exit 2, nothing changed.
        run = try Self.run(tandem, ["init", "site"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "error: tandem.yaml already exists; nothing was written (move it away or choose another name)\n")

        run = try Self.run(tandem, ["init", "fr-site", "--languages", "fr"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("the built-in theme has no UI strings for 'fr' (it has en, es)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("fr-site").path))

        run = try Self.run(tandem, ["new", "agendas/forum-2026"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Created content/agendas/forum-2026.es.md (from built-in agenda)\n  URL: /es/agendas/forum-2026/"))
        run = try Self.run(tandem, ["new", "agendas/forum-2026"], in: site)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/agendas/forum-2026.es.md already exists"))

        run = try Self.run(tandem, ["theme", "export"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Wrote \(BuiltinTheme.paths.count) files of the built-in theme into themes/default"))
        run = try Self.run(tandem, ["theme", "export"], in: site)
        #expect(run.stdout.contains("Skipped \(BuiltinTheme.paths.count) that already exist"))
        run = try Self.run(tandem, ["build"], in: site)
        #expect(run.status == 0, "\(run.stderr)")

        run = try Self.run(tandem, ["--version"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == TandemVersion.current + "\n")
    }

    @Test func aFailedBuildSaysBuildFailed() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            date: ayer
            ---
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let build = try CLITests.run(["build", "--source", site.folder.path])
        #expect(build.status == 1)
        #expect(build.stdout.hasPrefix("Build failed: 2 errors; nothing was written"))
        let check = try CLITests.run(["check", "--source", site.folder.path])
        #expect(check.stdout.hasPrefix("Check failed: 2 errors"))
    }
}
