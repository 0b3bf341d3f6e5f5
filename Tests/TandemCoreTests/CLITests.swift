import Foundation
import Testing
@testable import TandemCore

/// The command line as a user meets it: exit codes, help, and the summary.
@Suite("Command line")
struct CLITests {
    /// The `tandem` binary built next to the test bundle.
    static var binary: URL? {
        let folder = Bundle.module.bundleURL.deletingLastPathComponent()
        let url = folder.appendingPathComponent("tandem")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        try run(try #require(Self.binary, "build the tandem product before testing"), arguments, in: folder)
    }

    /// Runs `executable` (the built binary, or a copy of it elsewhere) and collects its output.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL?) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildSucceedsWithASummary() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Uno
            ---
            """)
        defer { site.cleanUp() }
        let run = try Self.run(["build", "--source", site.folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("pages:        es 1, en 0"))
        #expect(run.stdout.contains("untranslated: 1"))
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("output/es/uno/index.html").path))
    }

    @Test func contentErrorsExitWithOne() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            date: ayer
            ---
            """)
        defer { site.cleanUp() }
        let run = try Self.run(["check", "--source", site.folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/a.es.md:1:1: error: missing title"))
        #expect(run.stderr.contains("content/a.es.md:2:1: error: cannot read the date 'ayer'"))
        #expect(run.stderr.contains("help: write dates as YYYY-MM-DD"))
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try Self.run(["build", "--no-such-flag"]).status == 2)
        #expect(try Self.run(["build", "--source", "/definitely/not/here"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
    }

    @Test func everyCommandExplainsItselfWithAnExample() throws {
        for command in ["build", "check"] {
            let run = try Self.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Example"), "\(command) --help needs an example")
        }
        #expect(try Self.run(["--help"]).stdout.contains("tandem build"))
    }
}
