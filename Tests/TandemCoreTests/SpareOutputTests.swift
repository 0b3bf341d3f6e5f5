#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import TandemCore

/// Issue #17: builds into the same output folder update the spare (the site the build before
/// last replaced) instead of writing a new folder and deleting the old one, and end byte for
/// byte equal to a build into a new folder.
@Suite("Spare output folder")
struct SpareOutputTests {
    static let spare = ".output.tandem-spare"

    /// A two-page site; `extra` adds sections.
    static func spec(_ extra: String = "") -> String {
        """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        -- content/_index.en.md --
        ---
        title: Home
        ---
        -- content/a.es.md --
        ---
        title: Página A
        ---
        Texto de A.
        -- content/a.en.md --
        ---
        title: Page A
        ---
        Text of A.
        \(extra)
        """
    }

    /// What a folder holds: every file (hidden ones too) with its bytes and mode, and every folder
    /// with its mode, so an extra empty folder or a different mode counts as a difference.
    struct Tree: Equatable, CustomStringConvertible {
        var files: [String: Data] = [:]
        var modes: [String: mode_t] = [:]

        init(_ folder: URL) {
            let root = folder.path
            var stack = [""]
            while let relative = stack.popLast() {
                let full = relative.isEmpty ? root : root + "/" + relative
                for name in (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? [] {
                    let child = relative.isEmpty ? name : relative + "/" + name
                    var info = stat()
                    guard lstat(root + "/" + child, &info) == 0 else { continue }
                    modes[child] = info.st_mode
                    if (info.st_mode & S_IFMT) == S_IFDIR {
                        stack.append(child)
                    } else {
                        files[child] = FileManager.default.contents(atPath: root + "/" + child) ?? Data()
                    }
                }
            }
        }

        var description: String { modes.keys.sorted().joined(separator: "\n") }

        /// The paths that differ from `other`, for a readable failure.
        func differences(from other: Tree) -> [String] {
            Set(modes.keys).union(other.modes.keys).filter { modes[$0] != other.modes[$0] || files[$0] != other.files[$0] }.sorted()
        }
    }

    /// Builds into the site's output/ (the repeated build) and into a folder never used before
    /// (the fresh build), and expects the two trees equal.
    func expectRepeatedEqualsFresh(_ site: TestSite, _ round: Int, keepsSpare: Bool? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var options = site.options()
        options.keepsSpare = keepsSpare
        let repeated = SiteBuilder(options: options).build()
        #expect(repeated.succeeded, "round \(round): \(repeated.errorMessages)", sourceLocation: sourceLocation)
        let fresh = site.folder.appendingPathComponent("fresh-\(round)", isDirectory: true)
        options.outputFolder = fresh
        #expect(SiteBuilder(options: options).build().succeeded, sourceLocation: sourceLocation)
        let (a, b) = (Tree(site.output), Tree(fresh))
        #expect(a == b, "round \(round) differs at \(a.differences(from: b))", sourceLocation: sourceLocation)
        try? FileManager.default.removeItem(at: fresh)
    }

    func names(beside site: TestSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".output") }.sorted()
    }

    // MARK: Equal to a fresh build

    @Test func repeatedBuildsEqualFreshBuildsOverSeveralContentChanges() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        // Each version is built at least twice in a row, so that the spare (the output of the
        // build before last) holds every other version at some point.
        func apply(_ version: Int) throws {
            let texts = ["Texto de A.", "Texto de A, cambiado y más largo.", "Corto.", "Texto de A."]
            try site.write("content/a.es.md", "---\ntitle: Página A\n---\n\(texts[version])\n")
            try? site.remove("content/b.es.md")
            try? site.remove("static/docs")
            if version == 2 {
                try site.write("content/b.es.md", "---\ntitle: Página B\n---\nB.\n")
                try site.write("static/docs/guide.txt", "guide")
            }
        }
        var round = 0
        for version in [0, 0, 1, 1, 2, 2, 3, 3, 1, 2, 0] {
            try apply(version)
            round += 1
            expectRepeatedEqualsFresh(site, round)
        }
        #expect(try names(beside: site) == [Self.spare])
    }

    @Test func aRemovedPageDisappearsWithItsFolder() throws {
        let site = try TestSite(Self.spec("""
            -- content/gone.es.md --
            ---
            title: Se va
            ---
            """))
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        expectRepeatedEqualsFresh(site, 2)
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(Self.spare + "/es/se-va/index.html").path))
        try site.remove("content/gone.es.md")
        expectRepeatedEqualsFresh(site, 3)
        expectRepeatedEqualsFresh(site, 4)
        #expect(!site.exists("es/se-va"))
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(Self.spare + "/es/se-va").path))
    }

    @Test func aFileAndAFolderMayTakeEachOthersPlace() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        let asFile = { try site.write("static/thing", "a file"); try site.write("static/es/b", "static b") }
        let asFolder = {
            try site.remove("static/thing")
            try site.remove("static/es/b")
            try site.write("static/thing/inner/deep.txt", "inside a folder")
            // A page where a static file was: es/b/ becomes a folder holding index.html.
            try site.write("content/b.es.md", "---\ntitle: B\nslug: b\n---\n")
        }
        let backToFile = { try site.remove("static/thing"); try site.remove("content/b.es.md"); try asFile() }
        var round = 0
        for change in [asFile, {}, asFolder, {}, backToFile, {}, asFolder, backToFile] {
            try change()
            round += 1
            expectRepeatedEqualsFresh(site, round)
        }
    }

    @Test func namesThatUnicodeCountsAsEqualAreStillTwoFiles() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        let decomposed = "static/cafe\u{301}.txt", composed = "static/caf\u{E9}.txt"
        try site.write(decomposed, "nfd")
        expectRepeatedEqualsFresh(site, 1)
        expectRepeatedEqualsFresh(site, 2)
        try FileManager.default.removeItem(atPath: site.folder.path + "/" + decomposed)
        try site.write(composed, "nfc")
        expectRepeatedEqualsFresh(site, 3)
        expectRepeatedEqualsFresh(site, 4)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.output.path).filter { $0.hasPrefix("caf") }
        #expect(names.map { Array($0.utf8) } == [Array("caf\u{E9}.txt".utf8)])
    }

    @Test func unchangedFilesAreLeftAloneAndChangedOnesKeepTheirInode() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        func identity(_ path: String) -> [Int] {
            var info = stat()
            lstat(site.output.path + "/" + path, &info)
            return [Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        expectRepeatedEqualsFresh(site, 1)
        let unchanged = identity("en/index.html"), changed = identity("es/pagina-a/index.html")
        expectRepeatedEqualsFresh(site, 2)
        try site.write("content/a.es.md", "---\ntitle: Página A\n---\nOtro texto.\n")
        expectRepeatedEqualsFresh(site, 3)  // updates the first build's site, now the spare
        #expect(identity("en/index.html") == unchanged, "not written again")
        #expect(identity("es/pagina-a/index.html")[0] == changed[0], "overwritten in place")
        #expect(identity("es/pagina-a/index.html") != changed)
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a folder to another user"))
    func aSpareThatCannotBeReusedIsMadeAnew() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        expectRepeatedEqualsFresh(site, 2)
        // A folder of the spare that belongs to someone else: the spare is Tandem's (marked), so
        // it is deleted and a fresh folder made under its name.
        #expect(chown(site.folder.path + "/" + Self.spare + "/es", 65534, 65534) == 0)
        expectRepeatedEqualsFresh(site, 3)
        expectRepeatedEqualsFresh(site, 4)
        #expect(try names(beside: site) == [Self.spare])
    }

    // MARK: What the spare may hold

    @Test func aReadOnlyPreviousSiteEndsAsAFreshBuildWould() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        // Published read-only: every file 0444, every folder 0555.
        for path in Tree(site.output).modes.keys {
            let full = site.output.path + "/" + path
            var info = stat()
            lstat(full, &info)
            chmod(full, (info.st_mode & S_IFMT) == S_IFDIR ? 0o555 : 0o444)
        }
        chmod(site.output.path, 0o555)
        expectRepeatedEqualsFresh(site, 2)  // the read-only site becomes the spare
        try site.write("content/a.es.md", "---\ntitle: Página A\n---\nOtra.\n")
        expectRepeatedEqualsFresh(site, 3)  // and is updated: modes as new files and folders get
        expectRepeatedEqualsFresh(site, 4)
    }

    @Test func linksInTheSpareAreDeletedNeverFollowed() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        expectRepeatedEqualsFresh(site, 2)
        let outside = site.folder.appendingPathComponent("elsewhere", isDirectory: true)
        try site.write("elsewhere/index.html", "mine")
        // The spare's es/ made a link to a folder outside, and a file linked to an outside file.
        let spareES = site.folder.appendingPathComponent(Self.spare + "/es")
        try FileManager.default.removeItem(at: spareES)
        try FileManager.default.createSymbolicLink(at: spareES, withDestinationURL: outside)
        let spareIndex = site.folder.appendingPathComponent(Self.spare + "/index.html")
        try FileManager.default.removeItem(at: spareIndex)
        try FileManager.default.createSymbolicLink(at: spareIndex, withDestinationURL: outside.appendingPathComponent("index.html"))
        expectRepeatedEqualsFresh(site, 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["index.html"])
        #expect(FileManager.default.contents(atPath: outside.path + "/index.html") == Data("mine".utf8))
    }

    @Test func aFileHardLinkedElsewhereIsReplacedNotWrittenInto() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        expectRepeatedEqualsFresh(site, 2)
        // A backup made with `cp -al` shares the spare's inodes.
        let backup = site.folder.appendingPathComponent("backup.html").path
        let spared = site.folder.path + "/" + Self.spare + "/es/pagina-a/index.html"
        #expect(link(spared, backup) == 0)
        let before = FileManager.default.contents(atPath: backup)
        try site.write("content/a.es.md", "---\ntitle: Página A\n---\nCambiada.\n")
        expectRepeatedEqualsFresh(site, 3)
        #expect(FileManager.default.contents(atPath: backup) == before)
        #expect(site.file("es/pagina-a/index.html")?.contains("Cambiada.") == true)
    }

    @Test func aHalfUpdatedSpareFromAKilledRunIsFinishedByTheNext() throws {
        let site = try TestSite(Self.spec("""
            -- content/b.es.md --
            ---
            title: B
            ---
            """))
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        expectRepeatedEqualsFresh(site, 2)
        let complete = Tree(site.output)
        // A run that died partway through its writes: some files rewritten, one truncated,
        // one gone, a stray file and folder; its lock went with it, and output/ was never touched.
        let spare = site.folder.appendingPathComponent(Self.spare)
        let writer = try OutputWriter(outputFolder: site.output)
        try writer.write(OutputFile(path: "es/a/index.html", text: "<p>half</p>"))
        try writer.write(OutputFile(path: "es/new/index.html", text: "<p>new</p>"))
        try Data().write(to: spare.appendingPathComponent("es/b/index.html"))
        try FileManager.default.removeItem(at: spare.appendingPathComponent("en/index.html"))
        writer.discard()
        #expect(Tree(site.output) == complete)
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent("es/new/index.html").path))
        try site.write("content/a.es.md", "---\ntitle: Página A\n---\nDespués.\n")
        expectRepeatedEqualsFresh(site, 3)
        expectRepeatedEqualsFresh(site, 4)
    }

    @Test func anUnmarkedFolderUnderTheSparesNameIsNeverUsedOrDeleted() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        try site.write(Self.spare + "/notes.txt", "mine")
        try site.write(Self.spare + "/es/a/index.html", "mine too")
        for round in 1...4 { expectRepeatedEqualsFresh(site, round) }
        #expect(Tree(site.folder.appendingPathComponent(Self.spare)).files == [
            "notes.txt": Data("mine".utf8), "es/a/index.html": Data("mine too".utf8),
        ])
        // Builds fall back to fresh staging folders and delete the replaced site: nothing else beside.
        #expect(try names(beside: site) == [Self.spare])
    }

    @Test func aLinkUnderTheSparesNameIsNeverFollowed() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        // A marked folder elsewhere, linked under the spare's name.
        try site.write("elsewhere/.tandem-output", "x")
        try site.write("elsewhere/keep.txt", "mine")
        try FileManager.default.createSymbolicLink(
            at: site.folder.appendingPathComponent(Self.spare), withDestinationURL: site.folder.appendingPathComponent("elsewhere"))
        for round in 1...3 { expectRepeatedEqualsFresh(site, round) }
        #expect(Tree(site.folder.appendingPathComponent("elsewhere")).files.keys.sorted() == [".tandem-output", "keep.txt"])
    }

    // MARK: Keeping it or not

    @Test func theSpareIsKeptByDefaultAndTheOptionsTurnItOff() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        expectRepeatedEqualsFresh(site, 1)
        #expect(try names(beside: site) == [], "the first build has nothing to keep")
        expectRepeatedEqualsFresh(site, 2)
        #expect(try names(beside: site) == [Self.spare])
        // BuildOptions.keepsSpare false (--no-keep-spare): the spare found is deleted, none kept.
        expectRepeatedEqualsFresh(site, 3, keepsSpare: false)
        #expect(try names(beside: site) == [])
        expectRepeatedEqualsFresh(site, 4, keepsSpare: false)
        #expect(try names(beside: site) == [])
        // tandem.yaml's output.keepSpare: false does the same; the option wins over it.
        try site.write("tandem.yaml", TestSite.defaultConfig + "\noutput:\n  keepSpare: false\n")
        expectRepeatedEqualsFresh(site, 5, keepsSpare: true)
        #expect(try names(beside: site) == [Self.spare])
        expectRepeatedEqualsFresh(site, 6)
        #expect(try names(beside: site) == [])
    }

    @Test func theCommandLineFlagAndABadSettingAreSaid() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        #expect(try CLITests.run(["build"], in: site.folder).status == 0)
        #expect(try CLITests.run(["build"], in: site.folder).status == 0)
        #expect(try names(beside: site) == [Self.spare])
        let off = try CLITests.run(["build", "--no-keep-spare"], in: site.folder)
        #expect(off.status == 0, "\(off.stderr)")
        #expect(try names(beside: site) == [])

        try site.write("tandem.yaml", TestSite.defaultConfig + "\noutput:\n  keepSpare: maybe\n  spare: 1\n")
        let bad = try CLITests.run(["build"], in: site.folder)
        #expect(bad.status == 1)
        let line = TestSite.defaultConfig.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        #expect(bad.stderr.contains("tandem.yaml:\(line):3: error: output.keepSpare must be true or false, not 'maybe'"), "\(bad.stderr)")
        #expect(bad.stderr.contains("tandem.yaml:\(line + 1):3: warning: unknown setting 'output.spare' is ignored"), "\(bad.stderr)")
    }

    // MARK: The other writers

    @Test func concurrentBuildsTakeTurnsWithTheSpare() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        let options = site.options()
        let results = Parallel.map(4) { _ in SiteBuilder(options: options).build().succeeded }
        #expect(results == [true, true, true, true])
        #expect(try names(beside: site) == [Self.spare])
        expectRepeatedEqualsFresh(site, 1)
    }

    @Test func theReviewSiteUsesItsOwnSpare() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        let reviewFolder = site.folder.appendingPathComponent(ReviewSiteBuilder.defaultFolderName)
        func review(into folder: URL? = nil) -> ReviewReport {
            var builder = ReviewSiteBuilder(siteFolder: site.folder, outputFolder: folder)
            builder.useGit = false
            return builder.build()
        }
        for round in 1...4 {
            if round == 3 { try site.write("content/a.en.md", "---\ntitle: Page A\n---\nChanged.\n") }
            #expect(review().succeeded)
            let fresh = site.folder.appendingPathComponent("fresh-review-\(round)")
            #expect(review(into: fresh).succeeded)
            #expect(Tree(reviewFolder) == Tree(fresh), "round \(round)")
        }
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(".output-review.tandem-spare/.tandem-output").path))
    }

    @Test func serveStillWritesInPlaceWithoutASpare() throws {
        let site = try TestSite(Self.spec())
        defer { site.cleanUp() }
        var options = site.options()
        options.outputFolder = site.folder.appendingPathComponent("serve", isDirectory: true)
        let session = SiteSession(options: options)
        #expect(session.build().succeeded)
        let first = Tree(options.resolvedOutputFolder)
        #expect(SiteSession(options: options).build().succeeded)
        #expect(Tree(options.resolvedOutputFolder) == first)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".serve") }
        #expect(beside == [])
    }
}
