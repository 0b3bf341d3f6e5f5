import ArgumentParser
import Foundation
import TandemCore

extension TranslateCommand {
    /// `--export` and `--import`: the core does the work; this reads arguments and prints.
    func runExchange(folder: URL, currentFolder: URL) throws {
        var diagnostics = DiagnosticBag()
        guard let site = ContentSiteLoader(siteFolder: folder).load(diagnostics: &diagnostics) else {
            ReportPrinter.printDiagnostics(diagnostics.sorted)
            throw ExitCode(1)
        }
        ReportPrinter.printDiagnostics(diagnostics.sorted.filter { $0.severity == .error })
        do {
            if let exportFile {
                try export(site: site, folder: folder, currentFolder: currentFolder, to: exportFile)
            } else if let importFile {
                try importTranslations(site: site, folder: folder, currentFolder: currentFolder, from: importFile)
            }
        } catch let error as TranslationFileError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(error.kind == .usage ? 2 : 1)
        } catch let errors as ExchangeFileErrors {
            FileHandle.standardError.write(Data((errors.description + "\nnothing was written\n").utf8))
            throw ExitCode(1)
        }
    }

    private func export(site: Site, folder: URL, currentFolder: URL, to path: String) throws {
        let config = site.config
        let others = config.languageCodes.filter { $0 != config.sourceLanguageCode }
        guard let language = to ?? (others.count == 1 ? others[0] : nil) else {
            throw TranslationFileError(.usage, "--export", "say which language to export for with --to LANG",
                                       hint: "the site's languages are \(config.languageCodes.joined(separator: ", "))")
        }
        let pages = try files.map { try ContentFileArgument.resolve($0, siteFolder: folder, currentFolder: currentFolder) }
        var glossaryDiagnostics = DiagnosticBag()
        let glossary = GlossaryLoader(siteFolder: folder, languages: config.languageCodes, limits: config.fileLimits).load(diagnostics: &glossaryDiagnostics)
        if glossaryDiagnostics.hasErrors {
            ReportPrinter.printDiagnostics(glossaryDiagnostics.sorted)
            throw ExitCode(1)
        }
        var exporter = TranslationExporter(site: site, siteFolder: folder)
        let notes = GlossaryNotes(glossary)
        exporter.glossaryNotes = { text, source, target in notes.notes(for: text, from: source, to: target) }
        let exchange = try exporter.export(to: language, pages: pages, includeAll: all)
        let url = URL(fileURLWithPath: path, relativeTo: currentFolder)
        let text = url.pathExtension.lowercased() == "po" ? POWriter.write(exchange) : XLIFFWriter.write(exchange)
        // The termbase travels beside the export, for the CAT tool's terminology view.
        let termbase = url.deletingPathExtension().appendingPathExtension("tbx")
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
            if !glossary.isEmpty {
                let tbx = TermbaseTBXWriter.write(glossary, languages: config.languageCodes, sourceLanguage: config.sourceLanguageCode)
                try Data(tbx.utf8).write(to: termbase, options: .atomic)
            }
        } catch {
            throw TranslationFileError(.content, path, "could not write the file: \(error.localizedDescription)", hint: "check that the folder exists and is writable")
        }
        let units = exchange.files.reduce(0) { $0 + $1.units.count }
        print("Wrote \(path): \(units) unit\(units == 1 ? "" : "s") from \(exchange.files.count) page\(exchange.files.count == 1 ? "" : "s") to translate into \(language).")
        for file in exchange.files { print("  \(file.original) → \(file.targetPath) (\(file.units.count) units)") }
        if exchange.files.isEmpty { print("Nothing needs translating into \(language); pass --all to export current translations too.") }
        if !glossary.isEmpty { print("Wrote \(termbase.lastPathComponent) beside it: the site's glossary as TBX (\(glossary.entries.count) entr\(glossary.entries.count == 1 ? "y" : "ies")).") }
    }

    private func importTranslations(site: Site, folder: URL, currentFolder: URL, from path: String) throws {
        let url = URL(fileURLWithPath: path, relativeTo: currentFolder)
        let (exchange, format) = try TranslationImporter.read(url, displayPath: path)
        let importer = TranslationImporter(site: site, siteFolder: folder)
        let plan = try importer.plan(exchange, format: format, path: path)
        for warning in plan.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        try importer.write(plan)
        for change in plan.changes {
            var notes: [String] = []
            notes.append("\(change.importedUnits) unit\(change.importedUnits == 1 ? "" : "s") imported")
            if change.missingUnits > 0 { notes.append("\(change.missingUnits) still missing, draft: true") }
            notes.append(change.setsSourceHash ? "source_hash set" : "source_hash not set (units missing, not approved or changed)")
            print("\(change.created ? "Wrote" : "Updated") \(change.path): " + notes.joined(separator: "; "))
        }
        if plan.changes.isEmpty { print("No translated unit in \(path); nothing written.") }
        printReview(of: plan, folder: folder, language: exchange.targetLanguage)
    }

    /// The review's findings on each written pair, as `tandem review` would show them.
    private func printReview(of plan: TranslationImporter.Plan, folder: URL, language: String) {
        var diagnostics = DiagnosticBag()
        guard !plan.changes.isEmpty, let site = ContentSiteLoader(siteFolder: folder).load(diagnostics: &diagnostics) else { return }
        let report = StatusReport(site: site)
        let reviewer = PairReviewer(site: site)
        for change in plan.changes {
            guard let status = report.status(of: change.translationKey),
                  let review = reviewer.review(status, left: status.sourceLanguageCode, right: language) else { continue }
            print("Review of \(change.path): \(review.findingCount) finding\(review.findingCount == 1 ? "" : "s")")
            for finding in review.pageFindings { print("  \(finding.check.title): \(finding.message)") }
            for row in review.rows where !row.findings.isEmpty {
                let line = row.right?.block.line ?? row.left?.block.line ?? 0
                for finding in row.findings { print("  #\(row.anchor) line \(line): \(finding.check.title): \(finding.message)") }
            }
        }
    }
}
