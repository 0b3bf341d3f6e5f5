import Foundation

/// `tandem translate --export`: gathers what needs translating into one
/// language. By default: pages missing in that language (every unit), and the
/// changed units of stale translations (with the translation as it is, for
/// review). With `includeAll`, current translations too.
public struct TranslationExporter: Sendable {
    public var site: Site
    public var siteFolder: URL
    /// Notes for a unit's text, e.g. the glossary entries it contains ("ODS → SDG").
    /// A hook so the glossary can plug in without the exchange knowing its format.
    public var glossaryNotes: @Sendable (_ text: String, _ sourceLanguage: String, _ targetLanguage: String) -> [String] = { _, _, _ in [] }

    public init(site: Site, siteFolder: URL) {
        self.site = site
        self.siteFolder = siteFolder
    }

    /// - Parameters:
    ///   - pages: limit the export to these pages (either language of a pair); empty for the whole site.
    public func export(to language: String, pages: [ContentFileArgument] = [], includeAll: Bool = false) throws -> TranslationExchange {
        let config = site.config
        guard config.languageCodes.contains(language) else {
            throw TranslationFileError(.usage, "--to \(language)", "'\(language)' is not one of the site's languages",
                                       hint: "the site's languages are \(config.languageCodes.joined(separator: ", ")) (tandem.yaml)")
        }
        var keys: Set<String>?
        if !pages.isEmpty {
            keys = Set(try pages.map { try TranslationScaffolder.page($0, in: site).translationKey })
        }
        let segmenter = PageSegmenter(allowRawHTML: config.allowRawHTML)
        var files: [TranslationExchange.File] = []
        for status in StatusReport(site: site).statuses {
            if let keys, !keys.contains(status.translationKey) { continue }
            guard status.sourceLanguageCode != language, let sourceIndex = status.source?.pageIndex,
                  let sourceFile = site.pages[sourceIndex].source, let version = status.version(language) else { continue }
            let sourcePage = site.pages[sourceIndex]
            let units = segmenter.units(of: sourcePage)
            var existing: [String: TranslationUnit] = [:]
            if let index = version.pageIndex { existing = alignedUnits(source: sourcePage, units: units, translation: site.pages[index], segmenter: segmenter) }
            var chosen: [TranslationUnit]
            var state: String?
            var approved = false
            switch version.state {
            case .singleLanguage where keys == nil:
                // Not translated on purpose (`translate: false`, translation.skip): exported only when named.
                continue
            case .missing, .draft, .incomplete, .singleLanguage:
                chosen = units
                state = "needs-review-translation"
            case .stale:
                chosen = changedUnits(units, of: sourcePage, recorded: version.recordedHash, segmenter: segmenter)
                state = "needs-review-translation"
            case .ok, .untracked, .source:
                guard includeAll else { continue }
                chosen = units
                state = "translated"
                approved = version.state == .ok
            }
            guard !chosen.isEmpty else { continue }
            let target = version.path ?? "content/" + (sourceFile.sectionPath.isEmpty ? "" : sourceFile.sectionPath + "/")
                + sourceFile.baseName + "." + language + ".md"
            let exchangeUnits = chosen.map { unit -> TranslationExchange.Unit in
                var result = TranslationExchange.Unit(
                    id: unit.id, label: unit.label, source: unit.pieces, sourceMarkdown: unit.markdown,
                    sourceHash: unit.hash, line: unit.line,
                    notes: ["\(unit.label), \(sourceFile.path) line \(unit.line)"]
                        + glossaryNotes(unit.pieces.plainText, sourceFile.languageCode, language))
                if let translated = existing[unit.id] {
                    result.target = translated.pieces
                    result.targetMarkdown = translated.markdown
                    result.state = state
                    result.approved = approved
                } else {
                    result.state = "new"
                }
                return result
            }
            files.append(TranslationExchange.File(
                original: sourceFile.path, translationKey: status.translationKey, sourceLanguage: status.sourceLanguageCode,
                targetPath: target, units: exchangeUnits))
        }
        return TranslationExchange(site: SiteFingerprint.of(config), targetLanguage: language, files: files)
    }

    /// The translation's units, keyed by the id of the source unit they translate: blocks
    /// paired as the review pairs them; a unit still identical to its source is left out.
    func alignedUnits(source: Page, units: [TranslationUnit], translation: Page, segmenter: PageSegmenter) -> [String: TranslationUnit] {
        counterparts(source: source, units: units, translation: translation, segmenter: segmenter).filter { id, found in
            var text = found.markdown
            if text.hasPrefix(TranslationScaffolder.titleMarker) { text.removeFirst(TranslationScaffolder.titleMarker.count) }
            return units.first { $0.id == id }.map { ReviewChecks.normalized(text) != ReviewChecks.normalized($0.markdown) } ?? false
        }
    }

    /// The translation's unit for each source unit, blocks paired as the review pairs them.
    func counterparts(source: Page, units: [TranslationUnit], translation: Page, segmenter: PageSegmenter) -> [String: TranslationUnit] {
        let reviewer = PairReviewer(site: site)
        let agendas = ProgrammeKind(page: source) == .agenda && ProgrammeKind(page: translation) == .agenda
        let pairs = BlockAligner.align(reviewer.blocks(of: source), reviewer.blocks(of: translation), agendas: agendas)
        var blockMap: [String: String] = [:]
        for pair in pairs {
            if let left = pair.left, let right = pair.right { blockMap["b\(left + 1)"] = "b\(right + 1)" }
        }
        let translated = Dictionary(segmenter.units(of: translation).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [String: TranslationUnit] = [:]
        for unit in units {
            let counterpart: String
            if unit.blockID == unit.id {
                counterpart = blockMap[unit.blockID] ?? (unit.id.hasPrefix("b") ? "" : unit.id)
            } else if let block = blockMap[unit.blockID] {
                counterpart = block + unit.id.dropFirst(unit.blockID.count)
            } else {
                continue
            }
            guard let found = translated[counterpart] ?? (counterpart.isEmpty ? nil : translated[counterpart + ".1"]) else { continue }
            result[unit.id] = found
        }
        return result
    }

    /// The units of a stale translation's source that changed since the version it records:
    /// found in git's history; all units when that version cannot be found.
    func changedUnits(_ units: [TranslationUnit], of source: Page, recorded: String?, segmenter: PageSegmenter) -> [TranslationUnit] {
        guard let recorded, let path = source.source?.path,
              case .found(let old) = SourceHistory(siteFolder: siteFolder).version(of: path, matching: recorded) else { return units }
        let before = Set(segmenter.bodyUnits(old.body, firstLine: source.bodyFirstLine, path: path,
                                             agenda: ProgrammeKind(page: source) == .agenda).map(\.markdown))
        // Front matter does not count in source_hash: only body units can be told apart.
        return units.filter { unit in
            if case .frontMatter = unit.place { return false }
            return !before.contains(unit.markdown)
        }
    }
}
