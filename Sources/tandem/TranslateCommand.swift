import ArgumentParser
import Foundation
import TandemCore

struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Scaffold a page's translation, mark a translation as current, or exchange translations with CAT tools (XLIFF, PO).",
        discussion: """
            With --to, writes the counterpart of FILE in that language: the front matter carried over
            (title marked "[translate] …", draft: true, scaffolded_from set) and the body block for block,
            to translate in place. It never overwrites a file.
            With --mark-current, records in the translation FILE that it matches its source as the
            source is now (rewrites only its source_hash line); it refuses while the review still finds
            untranslated blocks, unless --force.
            With --export FILE.xlf (or FILE.po), writes what needs translating into --to LANG for a
            translator's tool: missing pages whole, the changed blocks of stale translations (with the
            translation as it is, for review); --all adds current translations; FILE arguments limit it
            to those pages. With --import FILE.xlf (or FILE.po), writes the translations back into the
            Markdown files after checking every unit; on any error nothing is written.
            Exit status: 0 done, 1 content errors (file exists, no source, bad import, …), 2 usage errors.

            Examples:
              tandem translate content/programmes/municipalizacion-odm.es.md --to en
              tandem translate --mark-current content/programmes/municipalizacion-odm.en.md
              tandem translate --export to-translate.xlf --to en
              tandem translate --import to-translate.xlf
            """)

    @OptionGroup var site: SourceFolderOption

    @Option(name: .long, help: ArgumentHelp("The language to translate FILE into, e.g. en.", valueName: "lang"))
    var to: String?

    @Flag(name: .long, help: "Record that the translation FILE matches its source as it is now (sets source_hash).")
    var markCurrent = false

    @Option(name: .customLong("export"), help: ArgumentHelp("Write what needs translating to this XLIFF 1.2 (.xlf) or PO (.po) file.", valueName: "file"))
    var exportFile: String?

    @Option(name: .customLong("import"), help: ArgumentHelp("Read translations back from this XLIFF (.xlf) or PO (.po) file.", valueName: "file"))
    var importFile: String?

    @Flag(name: .long, help: "With --export: current translations too, not only what needs work.")
    var all = false

    @Flag(name: .long, help: "With --mark-current: record source_hash even though blocks are still untranslated.")
    var force = false

    @Argument(help: ArgumentHelp("A content file, e.g. content/programmes/foo.es.md (with --export: any number, to limit the export).", valueName: "file"))
    var files: [String] = []

    func validate() throws {
        if let exportFile {
            if markCurrent || importFile != nil { throw ValidationError("--export goes alone: not with --mark-current or --import") }
            try Self.checkExtension(exportFile)
            return
        }
        if let importFile {
            if markCurrent || to != nil || !files.isEmpty || all {
                throw ValidationError("--import FILE takes no other argument: the file says which pages and language it holds")
            }
            try Self.checkExtension(importFile)
            return
        }
        if all { throw ValidationError("--all goes with --export") }
        if files.count != 1 { throw ValidationError("pass one content file (or use --export / --import)") }
        if markCurrent && to != nil { throw ValidationError("use either --to LANG (scaffold) or --mark-current, not both") }
        if !markCurrent && to == nil { throw ValidationError("say which language to translate into with --to LANG, or pass --mark-current") }
        if force && !markCurrent { throw ValidationError("--force goes with --mark-current") }
    }

    static func checkExtension(_ path: String) throws {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ["xlf", "xliff", "po"].contains(ext) else {
            throw ValidationError("'\(path)': name the file .xlf (XLIFF 1.2) or .po (gettext PO)")
        }
    }

    func run() throws {
        let folder = site.siteFolder
        let currentFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if exportFile != nil || importFile != nil {
            try runExchange(folder: folder, currentFolder: currentFolder)
            return
        }
        do {
            let argument = try ContentFileArgument.resolve(files[0], siteFolder: folder, currentFolder: currentFolder)
            var diagnostics = DiagnosticBag()
            guard let site = ContentSiteLoader(siteFolder: folder).load(diagnostics: &diagnostics) else {
                ReportPrinter.printDiagnostics(diagnostics.sorted, siteFolder: folder)
                throw ExitCode(1)
            }
            // Problems in other files do not stop a scaffold; those in this one are shown.
            ReportPrinter.printDiagnostics(diagnostics.sorted.filter { $0.location.path == argument.sitePath && $0.severity == .error }, siteFolder: folder)
            if markCurrent {
                let outcome = try SourceHashMarker(site: site, siteFolder: folder).markCurrent(argument, force: force)
                if outcome.changed {
                    print("\(outcome.path): source_hash \(outcome.hash) (\(outcome.sourcePath) as it is now)" + (outcome.previousHash.map { "; was \($0)" } ?? ""))
                } else {
                    print("\(outcome.path): already current with \(outcome.sourcePath) (\(outcome.hash)); nothing changed")
                }
                if outcome.isDraft { print("note: the page is still `draft: true`; remove that line to publish it") }
                if outcome.untranslated > 0 {
                    print("note: \(outcome.untranslated) part(s) still untranslated; tandem status shows the page as incomplete until they are translated")
                }
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
