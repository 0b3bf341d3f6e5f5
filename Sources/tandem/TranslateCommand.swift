import ArgumentParser
import Foundation
import TandemCore

struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Scaffold a page's translation, or mark a translation as current with its source.",
        discussion: """
            With --to, writes the counterpart of FILE in that language: the front matter carried over
            (title marked "[translate] …", draft: true, source_hash set) and the body block for block,
            to translate in place. It never overwrites a file.
            With --mark-current, records in the translation FILE that it matches its source as the
            source is now (rewrites only its source_hash line).
            Exit status: 0 done, 1 content errors (file exists, no source, …), 2 usage errors.

            Examples:
              tandem translate content/programmes/municipalizacion-odm.es.md --to en
              tandem translate --mark-current content/programmes/municipalizacion-odm.en.md
            """)

    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding tandem.yaml, content/ and themes/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The language to translate FILE into, e.g. en.", valueName: "lang"))
    var to: String?

    @Flag(name: .long, help: "Record that the translation FILE matches its source as it is now (sets source_hash).")
    var markCurrent = false

    @Argument(help: ArgumentHelp("A content file, e.g. content/programmes/foo.es.md.", valueName: "file"))
    var file: String

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--source '\(source)' is not a folder")
        }
        if markCurrent && to != nil { throw ValidationError("use either --to LANG (scaffold) or --mark-current, not both") }
        if !markCurrent && to == nil { throw ValidationError("say which language to translate into with --to LANG, or pass --mark-current") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        let currentFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        do {
            let argument = try ContentFileArgument.resolve(file, siteFolder: folder, currentFolder: currentFolder)
            var diagnostics = DiagnosticBag()
            guard let site = ContentSiteLoader(siteFolder: folder).load(diagnostics: &diagnostics) else {
                ReportPrinter.printDiagnostics(diagnostics.sorted, siteFolder: folder)
                throw ExitCode(1)
            }
            // Problems in other files do not stop a scaffold; those in this one are shown.
            ReportPrinter.printDiagnostics(diagnostics.sorted.filter { $0.location.path == argument.sitePath && $0.severity == .error }, siteFolder: folder)
            if markCurrent {
                let outcome = try SourceHashMarker(site: site, siteFolder: folder).markCurrent(argument)
                if outcome.changed {
                    print("\(outcome.path): source_hash \(outcome.hash) (\(outcome.sourcePath) as it is now)" + (outcome.previousHash.map { "; was \($0)" } ?? ""))
                } else {
                    print("\(outcome.path): already current with \(outcome.sourcePath) (\(outcome.hash)); nothing changed")
                }
                if outcome.isDraft { print("note: the page is still `draft: true`; remove that line to publish it") }
            } else if let to {
                let scaffolder = TranslationScaffolder(site: site, siteFolder: folder)
                let scaffold = try scaffolder.scaffold(argument, to: to)
                try scaffolder.write(scaffold)
                print("""
                    Wrote \(scaffold.path) (draft) from \(argument.sitePath).
                    Next: translate the title and each block in place, remove `draft: true`, check it with
                      tandem review      (side by side; untranslated blocks are flagged)
                    and record the source version it matches with
                      tandem translate --mark-current \(scaffold.path)
                    """)
            }
        } catch let error as TranslationFileError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(error.kind == .usage ? 2 : 1)
        }
    }
}
