import ArgumentParser
import Foundation
import TandemCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write tandem.yaml for a site; with --from-hugo, from a Hugo site's configuration.",
        discussion: """
            --from-hugo, run in a Hugo site folder: reads hugo.toml|yaml|json or config.toml|yaml|json
            and config/_default/*, writes tandem.yaml (baseURL, title, languages, the default language's
            place, permalinks, raw HTML, heading ids) and prints what it mapped and what it could not,
            with the reason. Content is not touched; it never overwrites an existing tandem.yaml.
            Exit status: 0 written, 1 the Hugo configuration has errors, 2 nothing written (usage).

            Examples:
              cd my-hugo-site && tandem init --from-hugo && tandem build
            """)

    @Argument(help: ArgumentHelp("The site folder.", valueName: "dir"))
    var folder: String = "."

    @Flag(name: .long, help: "Read the Hugo site in the folder and write the tandem.yaml that publishes it at the same URLs.")
    var fromHugo = false

    func run() throws {
        guard fromHugo else {
            FileHandle.standardError.write(Data("error: use tandem init --from-hugo in a Hugo site folder\n".utf8))
            throw ExitCode(2)
        }
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let target = url.appendingPathComponent(SiteConfig.fileName)
        if FileManager.default.fileExists(atPath: target.path) {
            FileHandle.standardError.write(Data("error: \(SiteConfig.fileName) already exists in \(folder); not overwriting\nhint: remove or rename it to import the Hugo configuration again\n".utf8))
            throw ExitCode(2)
        }
        guard let files = HugoConfigImporter.read(siteFolder: url) else {
            FileHandle.standardError.write(Data("error: no Hugo configuration in \(folder) (looked for \(HugoConfigImporter.rootNames.joined(separator: ", ")) and config/_default/)\nhint: run it in the Hugo site's folder, the one holding content/\n".utf8))
            throw ExitCode(2)
        }
        let result = HugoConfigImporter().map(files: files)
        ReportPrinter.printDiagnostics(result.diagnostics)
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            print("Nothing written: fix the Hugo configuration errors above first.")
            throw ExitCode(1)
        }
        do {
            try Data(result.yaml.utf8).write(to: target, options: .withoutOverwriting)
        } catch {
            FileHandle.standardError.write(Data("error: could not write \(target.path): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
        print("Wrote \(SiteConfig.fileName) from \(files.map(\.path).joined(separator: ", ")).")
        print("Mapped:")
        for line in result.mapped { print("  " + line) }
        if !result.notMapped.isEmpty {
            print("Not mapped:")
            for line in result.notMapped { print("  " + line) }
        }
        print("Content was not changed. Next: tandem build (shortcodes other than ref/relref are kept as text, with a warning each).")
    }
}
