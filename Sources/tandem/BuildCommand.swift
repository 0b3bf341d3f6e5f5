import ArgumentParser
import Foundation
import TandemCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads tandem.yaml, content/ and themes/ from the site folder and writes the site into
            a temporary folder that replaces the output folder only when the build succeeds.
            The output folder must not be or hold the site's sources, and an existing folder is
            replaced only when Tandem wrote it (it has a .tandem-output file) or it is empty;
            --force replaces another folder. The replaced site is kept as a hidden spare
            (.output.tandem-spare) that the next build updates in place; --no-keep-spare deletes it.
            Exit status: 0 built, 1 content errors (nothing written), 2 usage errors (including a refused output folder).

            Examples:
              tandem build
              tandem build --source ~/sites/programas --output /srv/www --base-url https://example.org/
              tandem build --base-url /programas/ --strict
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: output/ in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The URL the site is served from, e.g. https://example.org/sub/ or /sub/; overrides baseURL in tandem.yaml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Replace the output folder even if it has files Tandem did not write (never the site's own sources).")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Keep the replaced site beside the output folder (.output.tandem-spare) for the next build to update in place: faster repeated builds, twice the disk. Default: output.keepSpare in tandem.yaml, else yes.")
    var keepSpare: Bool?

    func run() throws {
        var options = BuildOptions(siteFolder: site.siteFolder, buildDate: try site.resolvedBuildDate())
        options.force = force
        options.keepsSpare = keepSpare
        options.outputFolder = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        options.baseURL = baseURL
        options.includeDrafts = site.drafts
        options.strict = site.strict
        options.keepsResultsUntilExit = true
        let report = SiteBuilder(options: options).build()
        ProcessLifetime.keep(report)
        ReportPrinter.printDiagnostics(report.diagnostics, siteFolder: site.siteFolder)
        if report.outputFolderError != nil { throw ExitCode(2) }
        print(ReportPrinter.summary(report, action: "Built", failure: "Build", output: output ?? relativeOutput))
        // The same stage times `tandem serve` prints, for profiling full builds.
        if ProcessInfo.processInfo.environment["TANDEM_TIMINGS"] != nil {
            print("  stages: " + report.stageTimes.map { "\($0.stage) \(String(format: "%.0f", $0.seconds * 1000)) ms" }.joined(separator: ", "))
        }
        if !report.succeeded { throw ExitCode(1) }
    }

    private var relativeOutput: String { site.source == "." ? "output/" : (site.source as NSString).appendingPathComponent("output") + "/" }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the site as a build would, writing nothing.",
        discussion: """
            Reports every error and warning of the site (front matter, links, templates, UI strings)
            with file:line:column. Exit status: 0 valid, 1 errors (or warnings with --strict), 2 usage errors.

            Example:
              tandem check --strict
            """)

    @OptionGroup var site: SiteOptions

    func run() throws {
        var options = BuildOptions(siteFolder: site.siteFolder, buildDate: try site.resolvedBuildDate())
        options.includeDrafts = site.drafts
        options.strict = site.strict
        options.writeOutput = false
        let report = SiteBuilder(options: options).build()
        ReportPrinter.printDiagnostics(report.diagnostics, siteFolder: site.siteFolder)
        print(ReportPrinter.summary(report, action: "Checked", failure: "Check", output: nil))
        if !report.succeeded { throw ExitCode(1) }
    }
}
