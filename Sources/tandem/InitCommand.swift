import ArgumentParser
import Foundation
import TandemCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds as it is, with the built-in theme.",
        discussion: """
            Writes tandem.yaml (each setting explained), a home page per language and one example
            programme note in every language. It never overwrites: if any of its files exists,
            it names it and writes nothing. Languages: those the built-in theme has UI strings
            for (es, en); add others afterwards with their own themes/default/i18n/<code>.yaml.
            Exit status: 0 written, 2 nothing written (a file exists, or a usage error).

            Examples:
              tandem init my-site && cd my-site && tandem serve
              tandem init --languages en,es      # English first: the default language
            """)

    @Argument(help: ArgumentHelp("The folder to create the site in (made if missing).", valueName: "dir"))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp("The site's languages, comma-separated; the first is the default.", valueName: "codes"))
    var languages: String = "es,en"

    func run() throws {
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
}
