#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `tandem serve` as a process: it prints where it serves, answers, and
/// Ctrl-C (SIGINT) or SIGTERM ends it cleanly with nothing left running.
@Suite("tandem serve command", .serialized)
struct ServeCommandTests {
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tandem"),
            ServeSite.repositoryRoot.appendingPathComponent(".build/debug/tandem"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) { lock.withLock { text += String(decoding: data, as: UTF8.self) } }
        var value: String { lock.withLock { text } }
    }

    struct Launched {
        var process: Process
        var stdout: Output
        var stderr: Output
    }

    static func launch(_ arguments: [String], environment: [String: String] = [:]) throws -> Launched {
        let binary = try #require(Self.binary, "build the tandem product before testing")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let stdout = Output(), stderr = Output()
        let out = Pipe(), err = Pipe()
        out.fileHandleForReading.readabilityHandler = { stdout.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Launched(process: process, stdout: stdout, stderr: stderr)
    }

    static func wait(timeout: Double, until condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(25))
        }
        return condition()
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func signalStopsTheServerCleanly(signal: Int32) async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let run = try Self.launch(["serve", "--source", site.folder.path, "--port", "0", "--build-date", "2026-11-22"])
        defer { if run.process.isRunning { run.process.terminate() } }
        #expect(await Self.wait(timeout: 30) { run.stdout.value.contains("Serving http://127.0.0.1:") })
        let line = try #require(run.stdout.value.split(separator: "\n").first { $0.hasPrefix("Serving ") })
        let port = try #require(Int(line.split(separator: ":")[2].prefix { $0.isNumber }))
        #expect(run.stdout.value.contains("Built in"))

        let page = try await HTTPProbe.get(port: port, path: "/es/programas/agua/")
        #expect(page.status == 200)

        kill(run.process.processIdentifier, signal)
        #expect(await Self.wait(timeout: 15) { !run.process.isRunning })
        #expect(run.process.terminationStatus == 0, "\(run.stderr.value)")
        #expect(run.stdout.value.contains("Stopped."))
        await #expect(throws: HTTPProbe.ProbeError.self) { try await HTTPProbe.get(port: port, path: "/es/") }
    }

    @Test func aPortInUseExitsWithStatus2AndSaysSo() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let first = try Self.launch(["serve", "--source", site.folder.path, "--port", "0"])
        defer { if first.process.isRunning { first.process.terminate() } }
        #expect(await Self.wait(timeout: 30) { first.stdout.value.contains("Serving http://127.0.0.1:") })
        let line = try #require(first.stdout.value.split(separator: "\n").first { $0.hasPrefix("Serving ") })
        let port = try #require(Int(line.split(separator: ":")[2].prefix { $0.isNumber }))

        let second = try Self.launch(["serve", "--source", site.folder.path, "--port", String(port)])
        #expect(await Self.wait(timeout: 30) { !second.process.isRunning })
        #expect(second.process.terminationStatus == 2)
        #expect(second.stderr.value.contains("port \(port) on 127.0.0.1 is already in use"))

        first.process.interrupt()
        #expect(await Self.wait(timeout: 15) { !first.process.isRunning })
    }
}
