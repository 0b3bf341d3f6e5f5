import ArgumentParser
import Foundation
import Synchronization
import TandemCore
import TandemServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on loopback, and rebuild and reload pages as you edit.",
        discussion: """
            Builds into a temporary folder (never output/), serves it, and watches content/, themes/,
            static/ and tandem.yaml. A change rebuilds only what it affects and open pages reload by
            themselves; a build error shows over the page as file:line:column, and the last good
            site stays served until the file is fixed. Ctrl-C stops.
            Exit status: 0 stopped, 2 usage errors (including a port already in use).

            Examples:
              tandem serve
              tandem serve --port 8080 --drafts
              tandem serve --base-url /programas/      # served at http://127.0.0.1:1313/programas/
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Port to listen on; 0 picks a free one.", valueName: "n"))
    var port: Int = 1313

    @Option(name: .long, help: ArgumentHelp("Address to listen on. Keep the loopback default unless you mean to share the preview.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("A base URL or sub-path (/programas/); the site is served under its path.", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
    }

    func run() throws {
        var configuration = DevServer.Configuration(siteFolder: site.siteFolder, buildDate: try site.resolvedBuildDate())
        configuration.host = host
        configuration.port = port
        configuration.includeDrafts = site.drafts
        configuration.strict = site.strict
        configuration.baseURL = baseURL
        let server = DevServer(configuration: configuration)

        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        // The command itself is synchronous (Tandem.main runs every command the same way),
        // so the server runs on a detached task and this thread waits for it.
        Task.detached {
            do {
                let siteFolder = configuration.siteFolder
                try await server.run(onEvent: { Self.show($0, siteFolder: siteFolder) })
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(error is DevServerError ? 2 : 1)
        }
    }

    @Sendable static func show(_ event: DevServer.Event, siteFolder: URL) {
        switch event {
        case .built(let report):
            // After the first build, only what concerns the files just changed (and every error):
            // a big site's hundreds of warnings are not repeated at each save.
            let shown = report.changedSources.isEmpty
                ? report.build.diagnostics
                : report.build.diagnostics.filter { $0.severity == .error || report.changedSources.contains($0.location.path) }
            ReportPrinter.printDiagnostics(shown, siteFolder: siteFolder)
            let time = String(format: "%.0f ms", report.seconds * 1000)
            let line: String
            if report.succeeded {
                let scope = report.isFull ? "full build" : "\(report.writtenFiles.count) file\(report.writtenFiles.count == 1 ? "" : "s") rewritten, \(report.deletedFiles.count) removed"
                line = report.changedSources.isEmpty ? "Built in \(time)" : "Rebuilt in \(time) (\(scope)) after changes to \(report.changedSources.sorted().prefix(3).joined(separator: ", "))"
            } else {
                line = "Build failed: \(report.build.errors.count) error\(report.build.errors.count == 1 ? "" : "s"); still serving the last good site"
            }
            write(line)
            if ProcessInfo.processInfo.environment["TANDEM_TIMINGS"] != nil {
                write("  stages: " + report.build.stageTimes.map { "\($0.stage) \(String(format: "%.0f", $0.seconds * 1000)) ms" }.joined(separator: ", ")
                    + " (" + report.renderTimes.map { "\($0.part) \(String(format: "%.0f", $0.seconds * 1000)) ms" }.joined(separator: ", ") + ")")
            }
        case .listening(let host, let port, let url, let folder):
            write("Serving \(url)  (watching content/, themes/, static/ and tandem.yaml; Ctrl-C stops) from \(folder.path)")
            write("Translation review: http://\(DevServer.urlHost(host)):\(port)\(DevServer.reviewPath)  (built when you open it after a change)")
        case .reviewed(let report):
            // Content errors are already printed by the build; only a review that ran says anything.
            if report.succeeded, let status = report.status {
                write("Review updated: \(status.totalLine); \(report.findings) finding\(report.findings == 1 ? "" : "s")")
            }
        case .markedCurrent(let outcome):
            write("\(outcome.path): source_hash \(outcome.hash) (\(outcome.sourcePath) as it is now), marked current from the review"
                + (outcome.untranslated > 0 ? "; \(outcome.untranslated) part(s) still untranslated" : ""))
        case .stopped:
            write("Stopped.")
        }
    }

    /// Unbuffered, so a parent process reading the pipe sees each line at once.
    private static func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
