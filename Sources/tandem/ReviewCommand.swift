import ArgumentParser
import Foundation
import TandemCore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write the translation review site: every pair side by side, with checks and status.",
        discussion: """
            Writes output-review/ (never into output/; every page is noindex): an index with each page's
            translation state and the coverage per section, and for each translated page the two versions
            aligned block by block, with findings beside each row (numbers, dates, URLs on one side only;
            untranslated blocks; glossary terms (glossary.yaml); punctuation and markup; links to the other
            language; different structure). Each finding is printed as `file:line: kind: message`; --json prints
            them as JSON (docs/review-json.md). Stale translations
            show what changed in the source since, when git has the old version.
            Content errors (those a build stops on) are printed and listed on the index page; the
            review is still written for the pages that loaded. The output folder follows the rules
            of tandem build's (--force replaces a folder Tandem did not write).
            Exit status: 0 written, 1 written with content errors, or not written (the previous
            review is left), 2 usage errors (including a refused output folder).

            Examples:
              tandem review
              tandem review --source ~/sites/programas --output /tmp/review
            """)

    @OptionGroup var site: SourceFolderOption

    @Option(name: .long, help: ArgumentHelp("Where to write the review site (default: output-review/ in the site folder).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Do not look in git for the earlier text of changed sources.")
    var noGit = false

    @Flag(name: .long, help: "Replace the output folder even if it has files Tandem did not write (never the site's own sources).")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Keep the replaced review beside its folder (.output-review.tandem-spare) for the next run to update in place. Default: output.keepSpare in tandem.yaml, else yes.")
    var keepSpare: Bool?

    @Flag(name: .long, help: "Print every finding as JSON (docs/review-json.md) instead of text; the review site is still written.")
    var json = false

    func run() throws {
        let folder = site.siteFolder
        var builder = ReviewSiteBuilder(siteFolder: folder, outputFolder: output.map { URL(fileURLWithPath: $0, isDirectory: true) })
        builder.useGit = !noGit
        builder.force = force
        builder.keepsSpare = keepSpare
        let report = builder.build()
        ReportPrinter.printDiagnostics(report.diagnostics, siteFolder: folder)
        if report.outputFolderError != nil { throw ExitCode(2) }
        if json, report.succeeded {
            FileHandle.standardOutput.write(report.jsonData())
            print()
            return
        }
        guard report.succeeded else {
            print("Review failed: nothing was written; \(output ?? ReviewSiteBuilder.defaultFolderName + "/") is unchanged")
            throw ExitCode(1)
        }
        var location = output ?? (site.source == "." ? ReviewSiteBuilder.defaultFolderName : (site.source as NSString).appendingPathComponent(ReviewSiteBuilder.defaultFolderName))
        if !location.hasSuffix("/") { location += "/" }
        print("Reviewed \(report.pairs.count) translated page\(report.pairs.count == 1 ? "" : "s") into \(location) in \(String(format: "%.2f", report.seconds)) s")
        if let status = report.status { print("  status:   \(status.totalLine)") }
        for line in report.terminalLines() { print(line) }
        print("  findings: \(report.findings)\(report.waived > 0 ? " (and \(report.waived) waived)" : "")")
        for pair in report.pairs where pair.findings > 0 || pair.stale {
            print("    \(pair.translationKey): \(pair.findings) finding\(pair.findings == 1 ? "" : "s")\(pair.stale ? ", stale" + (pair.diffShown ? " (diff from git)" : "") : "")")
        }
        print("  open \(location)index.html")
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            print("  \(errors) content error\(errors == 1 ? "" : "s") (listed above and on the index page): the review was written; a build stops on them")
            throw ExitCode(1)
        }
    }
}
