#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import TandemCore

/// Issue #11 items 7 and 12: the commit is one atomic swap, killed runs' staging
/// folders are cleaned, and write failures are said in words.
@Suite("Output swap")
struct OutputSwapTests {
    static let spec = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        """

    /// The names beside the output folder other than the site's own files.
    func leftovers(_ site: TestSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".output") }.sorted()
    }

    /// Issue #17: the replaced site is kept as the spare unless told not to (`SpareOutputTests`).
    @Test func buildsLeaveNothingBesideTheOutputButTheSpare() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        #expect(try leftovers(site) == [".output.tandem-spare"])
        #expect(site.exists("index.html"))
        var options = site.options()
        options.keepsSpare = false
        #expect(SiteBuilder(options: options).build().succeeded)
        #expect(SiteBuilder(options: options).build().succeeded)
        #expect(try leftovers(site) == [])
        #expect(site.exists("index.html"))
    }

    @Test func theSwapExchangesFoldersInOneStep() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-swap-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: folder.appendingPathComponent("a/file"))
        try Data("b".utf8).write(to: folder.appendingPathComponent("b/file"))
        let swapped = try FolderExchange.exchange(folder.appendingPathComponent("a").path, folder.appendingPathComponent("b").path)
        #if os(Linux)
        #expect(swapped)  // ext4 and tmpfs both support RENAME_EXCHANGE
        #endif
        if swapped {
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("a/file").path) == Data("b".utf8))
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("b/file").path) == Data("a".utf8))
        }
    }

    @Test func aKilledBuildsStagingFolderIsCleanedByTheNextBuild() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        // What a build killed before its commit leaves: a marked staging folder.
        try site.write(".output.tandem-killed1/.tandem-output", "This folder was written by tandem build and is replaced whole by its next run.\n")
        try site.write(".output.tandem-killed1/es/index.html", "<p>half</p>")
        try site.write(".output.tandem-killed2-previous/.tandem-output", "x")
        // Named like one but not Tandem's: kept.
        try site.write(".output.tandem-mine/notes.txt", "mine")
        #expect(site.build().succeeded)
        #expect(try leftovers(site) == [".output.tandem-mine"])
    }

    @Test func concurrentBuildsIntoOneFolderTakeTurns() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        let options = site.options()
        let results = Parallel.map(4) { _ in SiteBuilder(options: options).build().succeeded }
        #expect(results == [true, true, true, true])
        #expect(try leftovers(site) == [".output.tandem-spare"])
        #expect(site.exists("index.html"))
    }

    @Test(.enabled(if: geteuid() != 0, "root may write anywhere"))
    func aReadOnlyOutputIsReplacedWithoutLeavingItsOldCopy() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        chmod(site.output.appendingPathComponent("es").path, 0o555)
        chmod(site.output.path, 0o555)
        var options = site.options()
        options.keepsSpare = false
        #expect(SiteBuilder(options: options).build().succeeded)
        #expect(try leftovers(site) == [])
    }

    @Test(.enabled(if: geteuid() != 0, "root may write anywhere"))
    func aReadOnlyParentLeavesNothingAndSaysPermissionDenied() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        let parent = site.folder.appendingPathComponent("locked", isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        chmod(parent.path, 0o555)
        defer { chmod(parent.path, 0o755) }
        var options = site.options()
        options.outputFolder = parent.appendingPathComponent("out", isDirectory: true)
        let report = SiteBuilder(options: options).build()
        #expect(!report.succeeded)
        #expect(report.errorMessages.first?.contains("could not write the site: permission denied: \(parent.path)/.out.tandem-") == true, "\(report.errorMessages)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == [])
    }

    @Test func writeErrorsAreSaidInWordsWithAHintThatFits() {
        let full = WriteError(code: ENOSPC, path: "/srv/www/es/index.html")
        #expect(full.message == "no space left on the device while writing /srv/www/es/index.html")
        #expect(full.hint == "free some space (or choose an output folder on another disk) and build again; the previous output was left as it was")
        let denied = WriteError(code: EACCES, path: "/srv/www")
        #expect(denied.message == "permission denied: /srv/www")
        #expect(denied.hint.hasPrefix("make the output folder and the folder holding it writable for you"))
        #expect(WriteError(code: EROFS, path: "/mnt/x").message == "the file system is read-only: /mnt/x")
        #expect(WriteError(code: EISDIR, path: "/o/feed.xml").message == "/o/feed.xml is a folder where a file should be written")
        // Foundation's errors are read for their cause and path.
        let cocoa = CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: "/o/a"])
        #expect(WriteError(cocoa, path: "/o") == WriteError(code: ENOSPC, path: "/o/a"))
        let wrapped = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "/o/b", NSUnderlyingErrorKey: POSIXError(.EACCES)])
        #expect(WriteError(wrapped, path: "/o") == WriteError(code: EACCES, path: "/o/b"))
    }

    @Test func aFailedWriteIsOneDiagnosticInWordsAndKeepsThePreviousSite() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = site.file("es/index.html")
        // The parent of the output replaced by a file partway: the writer cannot make its staging folder.
        var options = site.options()
        try site.write("blocker", "x")
        options.outputFolder = site.folder.appendingPathComponent("blocker/out", isDirectory: true)
        let report = SiteBuilder(options: options).build()
        #expect(report.errorMessages.count == 1, "\(report.errorMessages)")
        #expect(report.errorMessages.first?.contains("NSCocoaErrorDomain") == false, "\(report.errorMessages)")
        #expect(report.errorMessages.first?.contains("could not write the site: \(site.folder.path)/blocker is a file where a folder is needed") == true, "\(report.errorMessages.first ?? "")")
        #expect(site.file("es/index.html") == before)
    }
}
