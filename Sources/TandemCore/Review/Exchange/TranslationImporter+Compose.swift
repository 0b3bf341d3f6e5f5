import Foundation

extension TranslationImporter {
    /// The translation file with the imported units in place, checked by reading it back.
    func compose(
        _ sourcePage: Page, sourceFile: SourceFile, units: [TranslationUnit], translations: [String: Translation],
        language: String, segmenter: PageSegmenter, exchangePath: String, warnings: inout [String]
    ) throws -> Change {
        let sourceIndex = site.pagesByContentPath[sourceFile.contentPath]
        let existingIndex = sourceIndex.flatMap { site.translation(of: $0, in: language) }.flatMap { site.pages[$0].isGenerated ? nil : $0 }
        let existing = existingIndex.map { site.pages[$0] }
        var counterparts: [String: TranslationUnit] = [:]
        var translationUnits: [TranslationUnit] = []
        if let existing {
            let exporter = TranslationExporter(site: site, siteFolder: siteFolder)
            counterparts = exporter.counterparts(source: sourcePage, units: units, translation: existing, segmenter: segmenter)
            translationUnits = segmenter.units(of: existing)
        }
        // In place when every imported unit has its counterpart; else the file is laid out anew from the source.
        let inPlace = existing != nil && translations.keys.allSatisfy { counterparts[$0] != nil }
        let base = inPlace ? existing : sourcePage
        guard let base, let baseFile = base.source else { throw failure(exchangePath, translations, "no file to write into") }
        let targetPath = existing?.source?.path
            ?? "content/" + (sourceFile.sectionPath.isEmpty ? "" : sourceFile.sectionPath + "/") + sourceFile.baseName + "." + language + ".md"
        if existing == nil, FileManager.default.fileExists(atPath: siteFolder.appendingPathComponent(targetPath).path) {
            throw failure(exchangePath, translations, "\(targetPath) exists but is not a page of the site (see the errors above)",
                          hint: "fix or remove that file, then import again")
        }

        // Which text goes where: (unit of the base file, Markdown).
        var replacements: [(TranslationUnit, String)] = []
        var missing = 0
        var allApproved = true
        for unit in units {
            if let translation = translations[unit.id] {
                allApproved = allApproved && translation.approved
                replacements.append((inPlace ? counterparts[unit.id] ?? unit : unit, translation.markdown))
            } else if inPlace {
                if base.isDraft, counterparts[unit.id].map({ ReviewChecks.normalized($0.markdown) == ReviewChecks.normalized(unit.markdown) }) ?? true {
                    missing += 1
                }
            } else if let counterpart = counterparts[unit.id] {
                replacements.append((unit, counterpart.markdown))
            } else {
                missing += 1
            }
        }
        if !inPlace, existing != nil {
            let used = Set(counterparts.values.map(\.id))
            let dropped = translationUnits.filter { !used.contains($0.id) }
            if !dropped.isEmpty {
                warnings.append("\(targetPath): warning: laid out anew from \(sourceFile.path) (the import adds units it did not have); "
                    + "its units \(dropped.map(\.id).joined(separator: ", ")) have no counterpart in the source and are not carried over: check them with git diff")
            }
        }

        // Body: each region replaced, last first so earlier positions hold.
        guard case .success(let parts) = FrontMatterSplitter.split(baseFile.text), parts.body == base.body else {
            throw failure(exchangePath, translations, "\(baseFile.path) could not be read back as front matter and body",
                          hint: "check the file's front matter (--- lines)")
        }
        var lines = BodyLines(String(parts.body))
        var editor = FrontMatterEditor(String(baseFile.text.dropLast(parts.body.count)))
        let body = replacements.compactMap { unit, markdown -> (TranslationUnit.Region, String)? in
            if case .body(let region, _) = unit.place { return (region, markdown) }
            if case .frontMatter(let key) = unit.place { editor?.set(key, line: key + ": " + FrontMatterEditor.quoted(markdown)) }
            return nil
        }.sorted { ($0.0.startLine, $0.0.startColumn) > ($1.0.startLine, $1.0.startColumn) }
        for (region, markdown) in body { lines.replace(region, with: markdown) }
        guard var editor else { throw failure(exchangePath, translations, "\(baseFile.path) has no front matter") }

        if !inPlace {
            editor.remove("aliases")
            editor.remove("source_hash")
            editor.remove("draft")
            if !editor.contains("translationKey") {
                editor.set("translationKey", .text(sourcePage.translationKey))
            }
            let statedSource = sourcePage.frontMatter["translationSource"]?.text
            if sourcePage.languageCode != (statedSource ?? site.config.sourceLanguageCode), !editor.contains("translationSource") {
                editor.set("translationSource", .plain(sourcePage.languageCode))
            }
            if let recorded = existing?.frontMatter.sourceHash { editor.set("source_hash", .plain(recorded)) }
            if missing > 0 { editor.set("draft", .plain("true")) }
        } else if base.isDraft && missing == 0 {
            editor.remove("draft")
        }
        let setsSourceHash = missing == 0 && allApproved
        if setsSourceHash { editor.set("source_hash", .plain(SourceHash.of(body: sourcePage.body))) }

        let newBody = lines.text
        try verify(newBody, firstLine: parts.bodyFirstLine, sourcePage: sourcePage, units: units, translations: translations,
                   idInFile: { inPlace ? counterparts[$0]?.id ?? $0 : $0 }, segmenter: segmenter, exchangePath: exchangePath, targetPath: targetPath)
        var text = editor.text + newBody
        if !inPlace {
            text = TranslationScaffolder(site: site, siteFolder: siteFolder).retargetLinks(in: text, bodyOf: sourcePage, to: language)
        }
        return Change(
            path: targetPath, text: text, created: existing == nil, isDraft: missing > 0 || (inPlace && base.isDraft),
            setsSourceHash: setsSourceHash, translationKey: sourcePage.translationKey, importedUnits: translations.count, missingUnits: missing)
    }

    /// Reads the written body back: each imported unit must still be one unit with its source's tags.
    private func verify(
        _ body: String, firstLine: Int, sourcePage: Page, units: [TranslationUnit], translations: [String: Translation],
        idInFile: (String) -> String, segmenter: PageSegmenter, exchangePath: String, targetPath: String
    ) throws {
        let written = Dictionary(
            segmenter.bodyUnits(body, firstLine: firstLine, path: targetPath, agenda: ProgrammeKind(page: sourcePage) == .agenda).map { ($0.id, $0) },
            uniquingKeysWith: { a, _ in a })
        var errors: [ExchangeFileError] = []
        for unit in units {
            guard case .body = unit.place, let translation = translations[unit.id], !translation.changed else { continue }
            let expected = InlineMarkupCodec.signature(unit.pieces)
            guard let found = written[idInFile(unit.id)] else {
                errors.append(ExchangeFileError(exchangePath, line: translation.fileLine,
                                                "unit \(unit.id): once written into \(targetPath), the page's blocks no longer line up with its source",
                                                hint: "a line of the translation starting with -, +, #, > or a number and a dot starts a new block: reword it or escape it with \\"))
                continue
            }
            let got = InlineMarkupCodec.signature(found.pieces)
            if got != expected {
                let lost = expected.filter { !got.contains($0) }, added = got.filter { !expected.contains($0) }
                errors.append(ExchangeFileError(
                    exchangePath, line: translation.fileLine,
                    "unit \(unit.id): once written into \(targetPath), its Markdown reads differently from the source"
                        + (lost.isEmpty ? "" : "; lost: " + lost.joined(separator: ", "))
                        + (added.isEmpty ? "" : "; extra: " + added.joined(separator: ", ")),
                    hint: "keep links, emphasis, `code`, footnote references and times as in the source; emphasis that ends in punctuation (”, ., :) needs a space or punctuation after it, and an unpaired * or _ changes the markup"))
            }
        }
        if !errors.isEmpty { throw ExchangeFileErrors(errors) }
    }

    private func failure(_ path: String, _ translations: [String: Translation], _ message: String, hint: String? = nil) -> ExchangeFileErrors {
        ExchangeFileErrors([ExchangeFileError(path, line: translations.values.map(\.fileLine).min() ?? 1, message, hint: hint)])
    }
}
