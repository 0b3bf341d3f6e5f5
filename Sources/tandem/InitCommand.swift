import ArgumentParser
import Foundation
import TandemCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds as it is, with the built-in theme; or, with --from-hugo, tandem.yaml for a Hugo site.",
        discussion: """
            Writes tandem.yaml (each setting explained), a home page per language and one example
            programme note in every language. It never overwrites: if any of its files exists,
            it names it and writes nothing. Languages: those the built-in theme has UI strings
            for (es, en); add others afterwards with their own themes/default/i18n/<code>.yaml.

            --from-hugo, run in a Hugo site folder: reads hugo.toml|yaml|json or config.toml|yaml|json
            and config/_default/*, writes tandem.yaml (baseURL, title, languages, the default language's
            place, permalinks, raw HTML, heading ids) and prints what it mapped and what it could not,
            with the reason. Content is not touched; it never overwrites an existing tandem.yaml.

            Exit status: 0 written, 1 the Hugo configuration has errors, 2 nothing written (a file
            exists, or a usage error).

            Examples:
              tandem init my-site && cd my-site && tandem serve
              tandem init --languages en,es      # English first: the default language
              cd my-hugo-site && tandem init --from-hugo && tandem build
            """)

    @Argument(help: ArgumentHelp("The folder to create the site in (made if missing); with --from-hugo, the Hugo site's folder.", valueName: "dir"))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp("The site's languages, comma-separated; the first is the default.", valueName: "codes"))
    var languages: String = "es,en"

    @Flag(name: .long, help: "Read the Hugo site in the folder and write the tandem.yaml that publishes it at the same URLs.")
    var fromHugo = false

    func run() throws {
        if fromHugo { return try importHugo() }
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        do {
            let scaffold = try SiteScaffold(languages: codes)
            try scaffold.write(into: url)
            print("Created a site in \(folder):")
            for file in scaffold.files { print("  " + file.path) }
            let cd = folder == "." ? "" : "cd \(folder) && "
            print("Next: \(cd)tandem serve   (or tandem build; add pages with tandem new programmes/<name>)")
        } catch let error as ScaffoldError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func importHugo() throws {
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
