import ArgumentParser
import Foundation
import TandemCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every page's translation state: source, ok, stale, untracked, draft or missing.",
        discussion: """
            A translation is stale when its source changed after the translation recorded it
            (front matter source_hash); untracked when it records no source_hash. Drafts are included.
            Exit status: 0, or 1 with --strict when a translation is missing or stale (for CI),
            1 on content errors, 2 on usage errors. --json prints the format of docs/status-json.md.

            Examples:
              tandem status
              tandem status --json > status.json
              tandem status --strict            # in CI: fail on missing or stale translations
            """)

    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding tandem.yaml, content/ and themes/.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Print the status as JSON (format version 1, see docs/status-json.md).")
    var json = false

    @Flag(name: .long, help: "Exit with status 1 when a translation is missing or stale.")
    var strict = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--source '\(source)' is not a folder")
        }
    }

    func run() throws {
        var diagnostics = DiagnosticBag()
        let folder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        guard let site = ContentSiteLoader(siteFolder: folder).load(diagnostics: &diagnostics) else {
            ReportPrinter.printDiagnostics(diagnostics.sorted, siteFolder: folder)
            throw ExitCode(1)
        }
        let report = StatusReport(site: site)
        ReportPrinter.printDiagnostics(diagnostics.sorted + report.diagnostics, siteFolder: folder)
        if json {
            FileHandle.standardOutput.write(report.jsonData() + Data("\n".utf8))
        } else {
            print(report.tableText())
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
        if strict && report.failsStrict {
            if !json { print("--strict: \(report.missingCount) missing and \(report.staleCount) stale translation(s)") }
            throw ExitCode(1)
        }
    }
}
