import ArgumentParser
import Foundation
import TandemCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page from its section's archetype.",
        discussion: """
            Writes content/<section>/<name>.<lang>.md and prints the URL it will have. The page
            starts from archetypes/<section>.md in the site folder, else archetypes/default.md,
            else the built-in archetype for the section: an agenda under agendas/, a partner list
            under partners/, an event list under events/, a programme note elsewhere. Placeholders
            {{title}}, {{name}}, {{section}}, {{language}}, {{date}} and {{dayHeading}} are filled in.
            It never overwrites a file. Exit status: 0 written, 1 site errors, 2 nothing written.

            Examples:
              tandem new programmes/local-budgets
              tandem new programmes/local-budgets --lang en    # its translation
              tandem new agendas/forum-2026
            """)

    @Argument(help: ArgumentHelp("Where the page goes: <section>/<name>, e.g. programmes/local-budgets.", valueName: "section/name"))
    var page: String

    @Option(name: .long, help: ArgumentHelp("The page's language (default: defaultLanguage in tandem.yaml).", valueName: "code"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding tandem.yaml and content/.", valueName: "dir"))
    var source: String = "."

    func run() throws {
        let folder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        var diagnostics = DiagnosticBag()
        guard let config = SiteConfigLoader(siteFolder: folder).load(diagnostics: &diagnostics) else {
            ReportPrinter.printDiagnostics(diagnostics.sorted)
            throw ExitCode(1)
        }
        do {
            let result = try PageScaffolder(siteFolder: folder, config: config).create(page, language: lang, date: CalendarDate(Date()))
            print("Created \(result.path) (from \(result.archetype))")
            if let url = result.url { print("  URL: \(url)") }
        } catch let error as ScaffoldError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
