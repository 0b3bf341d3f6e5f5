import ArgumentParser
import Foundation
import TandemCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every page's translation state: source, ok, stale, incomplete, untracked, draft, single-language or missing.",
        discussion: """
            A translation is stale when its source changed after the translation recorded it
            (front matter source_hash); untracked when it records no source_hash (a scaffold until
            tandem translate --mark-current); incomplete when the review still finds untranslated
            blocks in it. A page with translate: false, or in a section or language listed under
            translation.skip in tandem.yaml, is single-language in the languages it lacks, not missing.
            Drafts are included.
            Exit status: 0, or 1 with --strict when a translation is missing, stale or incomplete (for CI)
            or, with --fail-on, has review findings at that level; 1 on content errors, 2 on usage errors.
            --json prints the format of docs/status-json.md.

            Examples:
              tandem status
              tandem status --json > status.json
              tandem status --strict                   # in CI: fail on missing, stale or incomplete translations
              tandem status --strict --fail-on error   # … and on error-level review findings
            """)

    @OptionGroup var site: SourceFolderOption

    @Flag(name: .long, help: "Print the status as JSON (format version 2, see docs/status-json.md).")
    var json = false

    @Flag(name: .long, help: "Exit with status 1 when a translation is missing, stale or incomplete.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp(
        "With --strict, also fail on translations with review findings at this level or above: error, warning or info.",
        valueName: "level"))
    var failOn: String?

    func validate() throws {
        if let failOn {
            guard ReviewFinding.Severity(rawValue: failOn) != nil else {
                throw ValidationError("--fail-on '\(failOn)' is not a level: use error, warning or info")
            }
            guard strict else { throw ValidationError("--fail-on works with --strict: add --strict") }
        }
    }

    func run() throws {
        var diagnostics = DiagnosticBag()
        let folder = site.siteFolder
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
        let severity = failOn.flatMap(ReviewFinding.Severity.init(rawValue:))
        let failures = strict ? report.strictFailures(failOn: severity) : []
        if !failures.isEmpty {
            if !json {
                print("--strict: \(report.missingCount) missing, \(report.staleCount) stale and \(report.incompleteCount) incomplete translation(s)"
                    + (severity.map { ", \(report.findingCount(atLeast: $0)) finding(s) at level \($0.rawValue)\($0 == .error ? "" : " or above")" } ?? ""))
                for line in failures { print("  " + line) }
                if report.missingCount > 0 {
                    print("hint: a page meant to stay in one language says `translate: false` (or list its section under translation.skip in tandem.yaml)")
                }
            }
            throw ExitCode(1)
        }
    }
}
