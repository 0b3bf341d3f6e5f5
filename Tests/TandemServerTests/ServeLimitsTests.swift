#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import TandemServer

/// The dev server under hostile or careless use: stopped while it builds, given a
/// bad `--host` or an IPv6 one, asked for `//host`-like paths or 40,000 segments,
/// and handed a named pipe while it watches.
@Suite("Serve limits", .serialized)
struct ServeLimitsTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalDuringTheFirstBuildExitsZeroAndRemovesTheTemporaryFolder(signal: Int32) async throws {
        var spec = ServeSite.standard
        // Enough pages that the first build (debug) is still under way when the signal comes.
        for index in 0..<3_000 {
            spec += "\n-- content/notas/nota\(index).es.md --\n---\ntitle: Nota \(index)\n---\nTexto de la nota \(index).\n"
        }
        let site = try ServeSite(spec)
        defer { site.cleanUp() }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let run = try ServeCommandTests.launch(
            ["serve", "--source", site.folder.path, "--port", "0", "--build-date", "2026-11-22"], environment: ["TMPDIR": temporary.path])
        defer { if run.process.isRunning { run.process.terminate() } }
        // Signals are caught from the start of `run`. The signal goes once the process has spent
        // half a second of CPU (well into reading 3,000 pages). The wait blocks this thread
        // instead of suspending: a suspended test can resume only when the other suites leave
        // a thread of the shared pool free, which on 2 cores came after the whole build.
        let deadline = Date().addingTimeInterval(60)
        while Self.cpuSeconds(of: run.process.processIdentifier) < 0.5, Date() < deadline { usleep(5_000) }
        #expect(!run.stdout.value.contains("Built in"), "the build ended before the signal: make the site bigger")
        kill(run.process.processIdentifier, signal)
        #expect(await ServeCommandTests.wait(timeout: 60) { !run.process.isRunning })
        let contents = { (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] }
        #expect(run.process.terminationStatus == 0, "\(run.stderr.value)")
        #expect(run.process.terminationReason == .exit)
        #expect(contents().filter { $0.hasPrefix("tandem-serve-") } == [])
        #expect(run.stdout.value == "Stopped.\n")
    }

    @Test func aBadHostFailsBeforeBuildingWithStatus2() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        for host in ["no-such-host.invalid", "192.0.2.7"] {
            let run = try ServeCommandTests.launch(["serve", "--source", site.folder.path, "--port", "0", "--host", host])
            defer { if run.process.isRunning { run.process.terminate() } }
            #expect(await ServeCommandTests.wait(timeout: 30) { !run.process.isRunning })
            #expect(run.process.terminationStatus == 2, "\(host)")
            #expect(run.stderr.value.contains("error: cannot listen on --host '\(host)': "), "\(run.stderr.value)")
            #expect(!run.stdout.value.contains("Built in"), "\(host)")
        }
    }

    @Test func anIPv6HostIsPrintedInBrackets() async throws {
        #expect(DevServer.urlHost("::1") == "[::1]")
        #expect(DevServer.urlHost("127.0.0.1") == "127.0.0.1")
        #expect(DevServer.urlHost("localhost") == "localhost")
        let site = try ServeSite()
        defer { site.cleanUp() }
        let run = try ServeCommandTests.launch(["serve", "--source", site.folder.path, "--port", "0", "--host", "::1"])
        defer { if run.process.isRunning { run.process.terminate() } }
        #expect(await ServeCommandTests.wait(timeout: 30) { run.stdout.value.contains("Serving http://[::1]:") || !run.process.isRunning }, "\(run.stderr.value)")
        #expect(run.stdout.value.contains("Translation review: http://[::1]:"))
        run.process.interrupt()
        #expect(await ServeCommandTests.wait(timeout: 15) { !run.process.isRunning })
    }

    @Test func leadingSlashesNeverMakeAProtocolRelativeRedirect() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        for path in ["//es/programas", "///es/programas", "//es//programas"] {
            let reply = try await running.get(path)
            #expect(reply.status == 301, "\(path)")
            #expect(reply.headers["location"] == "/es/programas/", "\(path)")
        }
        try await running.stop()
    }

    @Test func aVeryLongPathIsAnswered414AtOnce() async throws {
        let responder = StaticFileResponder(folder: URL(fileURLWithPath: "/nonexistent"), pathPrefix: "/", languageCodes: ["es"])
        let start = Date()
        let answer = responder.answer(path: "/" + String(repeating: "a/", count: 40_000))
        #expect(answer.status == 414)
        #expect(Date().timeIntervalSince(start) < 0.5)
        #expect(responder.answer(path: "/" + String(repeating: "%2F", count: 1_000)).status == 414)

        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let reply = try await running.get("/" + String(repeating: "a/", count: 2_000))
        #expect(reply.status == 414)
        try await running.stop()
    }

    @Test func aNamedPipeNeverBlocksARebuildOrTheStop() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        #expect(await running.waitForBuild(1)?.succeeded == true)
        #expect(mkfifo(site.folder.appendingPathComponent("content/programas/tubo.es.md").path, 0o644) == 0)
        let report = await running.waitForBuild(2)
        #expect(report?.build.errors.map(\.description) == [
            "content/programas/tubo.es.md:1:1: error: not a regular file (it is a named pipe) (Tandem reads regular files only: remove it or move it out of the site folder)",
        ])
        let page = try await running.get("/es/programas/agua/")
        #expect(page.status == 200)
        try await running.stop()
    }

    /// User and system CPU time of a running process, from /proc (0 when it cannot be read).
    static func cpuSeconds(of pid: Int32) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return 0 }
        // After the command name: state is field 3, utime field 14, stime field 15.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
