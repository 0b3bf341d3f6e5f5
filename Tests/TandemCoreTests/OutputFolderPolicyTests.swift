import Foundation
import Testing
@testable import TandemCore

/// Issue #11 item 1: an output folder that would replace the site's sources or
/// someone's folder is refused before anything is touched.
@Suite("Output folder rules")
struct OutputFolderPolicyTests {
    // MARK: The rules alone

    let policy = OutputFolderPolicy(siteFolder: URL(fileURLWithPath: "/s"))

    func reason(_ output: String, _ state: OutputFolderPolicy.State = .missing, force: Bool = false) -> OutputFolderError.Reason? {
        var policy = policy
        policy.force = force
        return policy.refusal(outputPath: output, sitePath: "/s", state: state)?.reason
    }

    @Test func theSiteFolderAndFoldersHoldingItAreRefused() {
        #expect(reason("/s", .folder(hasMarker: false, isEmpty: false)) == .containsSite)
        #expect(reason("/", .folder(hasMarker: true, isEmpty: false), force: true) == .containsSite)
        #expect(reason("/s/output") == nil)
        #expect(reason("/sx") == nil)
    }

    @Test func theSourcesAndAnythingInsideThemAreRefusedEvenWithForce() {
        #expect(reason("/s/content", .folder(hasMarker: false, isEmpty: false), force: true) == .insideSources("content"))
        #expect(reason("/s/content/out") == .insideSources("content"))
        #expect(reason("/s/themes") == .insideSources("themes"))
        #expect(reason("/s/static/x") == .insideSources("static"))
        #expect(reason("/s/archetypes") == .insideSources("archetypes"))
        #expect(reason("/s/.git") == .insideSources(".git"))
        #expect(reason("/s/tandem.yaml", .file, force: true) == .insideSources("tandem.yaml"))
        #expect(reason("/s/contents") == nil)
    }

    @Test func existingFilesAndForeignFoldersAreRefused() {
        #expect(reason("/srv/www", .file) == .isFile)
        #expect(reason("/srv/www", .file, force: true) == .isFile)
        #expect(reason("/srv/www", .folder(hasMarker: false, isEmpty: false)) == .notTandemOutput)
        #expect(reason("/srv/www", .folder(hasMarker: false, isEmpty: false), force: true) == nil)
        #expect(reason("/srv/www", .folder(hasMarker: false, isEmpty: true)) == nil)
        #expect(reason("/srv/www", .folder(hasMarker: true, isEmpty: false)) == nil)
        #expect(reason("/srv/www") == nil)
    }

    @Test func pathsAreResolvedBeforeTheRulesApply() throws {
        let site = try TestSite("")
        defer { site.cleanUp() }
        let link = site.folder.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.folder)
        defer { try? FileManager.default.removeItem(at: link) }
        let policy = OutputFolderPolicy(siteFolder: site.folder)
        #expect(throws: OutputFolderError.self) { try policy.check(link) }
        #expect(throws: OutputFolderError.self) { try policy.check(link.appendingPathComponent("content/new")) }
        #expect(throws: OutputFolderError.self) { try policy.check(site.folder.appendingPathComponent("output/../themes")) }
        try policy.check(link.appendingPathComponent("output"))
    }

    // MARK: The reproductions of the issue, through the command line

    /// Every file of the site folder with its bytes, to show nothing was touched.
    func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            result[String(url.path.dropFirst(folder.path.count))] = FileManager.default.contents(atPath: url.path) ?? Data()
        }
        return result
    }

    func site() throws -> TestSite {
        let site = try TestSite("""
            -- content/_index.es.md --
            ---
            title: Inicio
            ---
            """)
        try FileManager.default.createDirectory(at: site.folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try site.write(".git/HEAD", "ref: refs/heads/main\n")
        return site
    }

    @Test(arguments: [
        (["build", "--output", "."], "it is or contains the site folder"),
        (["build", "--output", "content"], "it is or lies inside the site's content/"),
        (["build", "--output", "tandem.yaml"], "it is or lies inside the site's tandem.yaml"),
        (["build", "--output", "themes", "--force"], "it is or lies inside the site's themes/"),
        (["build", "--output", ".git"], "it is or lies inside the site's .git"),
        (["review", "--output", "themes"], "it is or lies inside the site's themes/"),
        (["review", "--output", "."], "it is or contains the site folder"),
    ])
    func anOutputOverTheSourcesExitsWithTwoAndTouchesNothing(arguments: [String], reason: String) throws {
        let site = try site()
        defer { site.cleanUp() }
        let before = snapshot(site.folder)
        let run = try CLITests.run(arguments, in: site.folder)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains(": error: refusing to write the site into '"), "\(run.stderr)")
        #expect(run.stderr.contains(reason), "\(run.stderr)")
        #expect(run.stderr.contains("help: choose an output folder outside the site's sources"), "\(run.stderr)")
        #expect(snapshot(site.folder) == before)
    }

    @Test func aFolderTandemDidNotWriteNeedsForce() throws {
        let site = try site()
        defer { site.cleanUp() }
        let www = site.folder.deletingLastPathComponent().appendingPathComponent("www-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: www) }
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: www.appendingPathComponent("notes.txt"))

        let refused = try CLITests.run(["build", "--output", www.path], in: site.folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("error: refusing to replace '\(www.path)': the folder has files and was not written by Tandem (it has no .tandem-output file)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("help: choose a new or empty folder, or pass --force to replace this folder and everything in it"))
        #expect(FileManager.default.contents(atPath: www.appendingPathComponent("notes.txt").path) == Data("mine".utf8))

        let forced = try CLITests.run(["build", "--output", www.path, "--force"], in: site.folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: www.appendingPathComponent("notes.txt").path))
        let marker = try String(contentsOf: www.appendingPathComponent(".tandem-output"), encoding: .utf8)
        #expect(marker == "This folder was written by tandem build and is replaced whole by its next run.\n")

        // Marked now: the next build replaces it without --force.
        let again = try CLITests.run(["build", "--output", www.path], in: site.folder)
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func anExistingFileIsRefused() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.write("notes.txt", "mine")
        let run = try CLITests.run(["build", "--output", "notes.txt", "--force"], in: site.folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("/notes.txt': it is an existing file, not a folder"), "\(run.stderr)")
        #expect(FileManager.default.contents(atPath: site.folder.appendingPathComponent("notes.txt").path) == Data("mine".utf8))
    }

    @Test func anEmptyFolderAndTheDefaultOutputAreWritten() throws {
        let site = try site()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        #expect(site.build().succeeded)
        #expect(site.exists(".tandem-output"))
        #expect(site.build().succeeded)
    }

    @Test func reviewMarksItsFolderAndRefusesAForeignOne() throws {
        let site = try site()
        defer { site.cleanUp() }
        let review = ReviewSiteBuilder(siteFolder: site.folder).build()
        #expect(review.succeeded, "\(review.diagnostics)")
        let marker = try String(contentsOf: review.outputFolder.appendingPathComponent(".tandem-output"), encoding: .utf8)
        #expect(marker == "This folder was written by tandem review and is replaced whole by its next run.\n")

        let foreign = site.folder.appendingPathComponent("notes", isDirectory: true)
        try site.write("notes/a.txt", "mine")
        let refused = ReviewSiteBuilder(siteFolder: site.folder, outputFolder: foreign).build()
        #expect(refused.outputFolderError?.reason == .notTandemOutput)
        var forced = ReviewSiteBuilder(siteFolder: site.folder, outputFolder: foreign)
        forced.force = true
        #expect(forced.build().succeeded)
    }

    @Test func theServeFolderFollowsTheSameRules() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.write("notes/a.txt", "mine")
        var options = site.options()
        options.outputFolder = site.folder.appendingPathComponent("notes", isDirectory: true)
        let refused = SiteSession(options: options).build()
        #expect(refused.build.outputFolderError?.reason == .notTandemOutput)
        #expect(FileManager.default.contents(atPath: site.folder.appendingPathComponent("notes/a.txt").path) == Data("mine".utf8))

        options.outputFolder = site.folder.appendingPathComponent("content", isDirectory: true)
        #expect(SiteSession(options: options).build().build.outputFolderError?.reason == .insideSources("content"))
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/_index.es.md").path))

        options.outputFolder = site.folder.appendingPathComponent("serve", isDirectory: true)
        let session = SiteSession(options: options)
        #expect(session.build().succeeded)
        let marker = try String(contentsOf: site.folder.appendingPathComponent("serve/.tandem-output"), encoding: .utf8)
        #expect(marker == "This folder was written by tandem serve and is replaced whole by its next run.\n")
        #expect(SiteSession(options: options).build().succeeded)
    }
}
