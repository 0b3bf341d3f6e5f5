import ArgumentParser
import Foundation
import TandemCore

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme.",
        subcommands: [ThemeExportCommand.self])
}

struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme out, to customise it.",
        discussion: """
            Writes the templates, partials, assets and UI strings of the built-in theme into DIR
            (default: themes/default in the site folder). A file already there is kept and listed
            as skipped. You only need to keep the files you change: any file missing from
            themes/<name>/ is taken from the built-in theme.

            Examples:
              tandem theme export
              tandem theme export /tmp/theme-reference
            """)

    @Argument(help: ArgumentHelp("Where to write the theme (default: themes/default in the site folder).", valueName: "dir"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("The site folder, for the default destination.", valueName: "dir"))
    var source: String = "."

    func run() throws {
        let themes = "themes/" + BuiltinTheme.name
        let destination = folder ?? (source == "." ? themes : (source as NSString).appendingPathComponent(themes))
        let url = URL(fileURLWithPath: destination, isDirectory: true).standardizedFileURL
        do {
            let result = try ThemeExporter(folder: url).export()
            print("Wrote \(result.written.count) file\(result.written.count == 1 ? "" : "s") of the built-in theme into \(destination)")
            if !result.skipped.isEmpty {
                print("Skipped \(result.skipped.count) that already exist (left as they were):")
                for path in result.skipped { print("  " + path) }
            }
        } catch let error as ScaffoldError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
