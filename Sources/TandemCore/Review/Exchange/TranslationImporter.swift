import Foundation

/// `tandem translate --import FILE.xlf|FILE.po`: writes what translators sent
/// back into the translation Markdown files, through the same checks as a
/// hand-made translation:
///
/// - the file must come from this site, for a configured language, about pages
///   and units that exist; a unit's tags must be its source's (each once, pairs
///   nested; order may change) — otherwise an error naming the unit and the
///   line, and nothing is written;
/// - a new translation is the source file with each unit's text replaced, so
///   list markers, table pipes, agenda times and front matter stay as written;
///   an existing one has its units replaced in place;
/// - `draft: true` while units are missing; `source_hash` only when every unit
///   is translated and approved and none changed in the source since the export;
/// - a unit whose source changed since the export is still imported, with a warning.
public struct TranslationImporter: Sendable {
    public enum Format: Sendable, Equatable {
        case xliff, po
    }

    /// One translation file the import writes.
    public struct Change: Sendable, Equatable {
        /// `content/agendas/x.en.md`.
        public var path: String
        public var text: String
        public var created: Bool
        public var isDraft: Bool
        public var setsSourceHash: Bool
        public var translationKey: String
        public var importedUnits: Int
        public var missingUnits: Int
    }

    public struct Plan: Sendable, Equatable {
        public var changes: [Change]
        /// `FILE:LINE: warning: …`
        public var warnings: [String]
    }

    public var site: Site
    public var siteFolder: URL

    public init(site: Site, siteFolder: URL) {
        self.site = site
        self.siteFolder = siteFolder
    }

    /// Reads an exchange file by its extension (`.xlf`, `.xliff`, `.po`).
    public static func read(_ url: URL, displayPath: String) throws -> (TranslationExchange, Format) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ExchangeFileErrors([ExchangeFileError(displayPath, line: 1, "cannot read the file", hint: "check the path")])
        }
        switch url.pathExtension.lowercased() {
        case "po":
            guard let text = String(data: data, encoding: .utf8) else {
                throw ExchangeFileErrors([ExchangeFileError(displayPath, line: 1, "the file is not UTF-8", hint: "save the PO file as UTF-8")])
            }
            return (try POReader.read(text, path: displayPath), .po)
        default:
            return (try XLIFFReader.read(data, path: displayPath), .xliff)
        }
    }

    /// Every check, every file composed; nothing written. Throws all errors at once.
    public func plan(_ exchange: TranslationExchange, format: Format, path: String) throws -> Plan {
        var errors: [ExchangeFileError] = []
        var warnings: [String] = []
        let config = site.config
        let fingerprint = SiteFingerprint.of(config)
        let firstLine = exchange.files.first?.fileLine ?? 1
        if exchange.site != fingerprint {
            throw ExchangeFileErrors([ExchangeFileError(
                path, line: firstLine,
                exchange.site.isEmpty ? "the file does not say which site it was exported from"
                    : "the file was exported from another site (\(exchange.site)); this site is \(fingerprint)",
                hint: "import a file that tandem translate --export wrote for this site (the site is named by its languages and their titles in tandem.yaml)")])
        }
        let language = exchange.targetLanguage
        guard config.languageCodes.contains(language) else {
            throw ExchangeFileErrors([ExchangeFileError(
                path, line: firstLine, "target language '\(language)' is not one of the site's languages",
                hint: "the site's languages are \(config.languageCodes.joined(separator: ", ")) (tandem.yaml)")])
        }
        let segmenter = PageSegmenter(allowRawHTML: config.allowRawHTML)
        var changes: [Change] = []
        for file in exchange.files {
            let contentPath = file.original.hasPrefix("content/") ? String(file.original.dropFirst("content/".count)) : file.original
            guard let sourceIndex = site.pagesByContentPath[contentPath], let sourceFile = site.pages[sourceIndex].source else {
                errors.append(ExchangeFileError(path, line: file.fileLine, "\(file.original) is not a page of this site",
                                                hint: "was it renamed or deleted since the export? export again"))
                continue
            }
            let sourcePage = site.pages[sourceIndex]
            guard sourcePage.languageCode != language else {
                errors.append(ExchangeFileError(path, line: file.fileLine, "\(file.original) is already in '\(language)'",
                                                hint: "the file translates a page into the language it is written in; export again with --to"))
                continue
            }
            let sourceUnits = segmenter.units(of: sourcePage)
            let byID = Dictionary(sourceUnits.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var translations: [String: Translation] = [:]
            for unit in file.units {
                guard let current = byID[unit.id] else {
                    errors.append(ExchangeFileError(path, line: unit.fileLine, "unit \(unit.id) no longer exists in \(file.original)",
                                                    hint: "the source changed since the export: export again and carry the translation over"))
                    continue
                }
                let changed = format == .po ? unit.sourceMarkdown != current.markdown : (unit.sourceHash.map { $0 != current.hash } ?? false)
                guard unit.hasTranslation else { continue }
                switch resolve(unit, current: current, changed: changed, format: format) {
                case .failure(let mismatch):
                    errors.append(ExchangeFileError(path, line: unit.fileLine, "unit \(unit.id) (\(file.original) line \(current.line)): \(mismatch.message)",
                                                    hint: "keep every tag of the source in the translation, once each; they stand for links, emphasis, code, footnotes and times"))
                case .success(let markdown):
                    if changed {
                        warnings.append("\(path):\(unit.fileLine): warning: unit \(unit.id): its source in \(file.original) changed since the export; imported and left for review")
                    }
                    translations[unit.id] = Translation(markdown: markdown, approved: unit.isApproved && !changed, changed: changed, fileLine: unit.fileLine)
                }
            }
            guard !translations.isEmpty else { continue }
            do {
                let change = try compose(sourcePage, sourceFile: sourceFile, units: sourceUnits, translations: translations,
                                         language: language, segmenter: segmenter, exchangePath: path, warnings: &warnings)
                changes.append(change)
            } catch let failure as ExchangeFileErrors {
                errors += failure.errors
            }
        }
        if !errors.isEmpty { throw ExchangeFileErrors(errors) }
        return Plan(changes: changes, warnings: warnings)
    }

    /// A unit's translation as Markdown, checked.
    struct Translation: Sendable {
        var markdown: String
        var approved: Bool
        var changed: Bool
        var fileLine: Int
    }

    func resolve(_ unit: TranslationExchange.Unit, current: TranslationUnit, changed: Bool, format: Format) -> Result<String, InlineMarkupCodec.Mismatch> {
        let context: InlineMarkupContext
        switch current.place {
        case .frontMatter:
            let text = unit.target.map { pieces -> String? in
                pieces.allSatisfy { if case .text = $0 { true } else { false } } ? pieces.plainText : nil
            } ?? unit.targetMarkdown
            guard let text else { return .failure(.init(message: "a front-matter field holds no tags")) }
            return .success(text.replacingOccurrences(of: "\n", with: " "))
        case .body(_, let bodyContext):
            context = bodyContext
        }
        if let target = unit.target {
            // A unit whose source changed keeps the tags it was exported with.
            let reference = changed && !unit.source.isEmpty ? unit.source : current.pieces
            return InlineMarkupCodec.check(target, against: reference).map { InlineMarkupCodec.decode($0, context: context) }
        }
        guard var markdown = unit.targetMarkdown else { return .failure(.init(message: "no translation")) }
        markdown = markdown.replacingOccurrences(of: "\r\n", with: "\n")
        if context != .paragraph { markdown = markdown.replacingOccurrences(of: "\n", with: " ") }
        if markdown.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().contains(where: { $0.allSatisfy(\.isWhitespace) }) {
            return .failure(.init(message: "the translation has an empty line: a unit is one paragraph"))
        }
        return .success(markdown.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes every change atomically; the plan was checked whole before.
    public func write(_ plan: Plan) throws {
        for change in plan.changes {
            let url = siteFolder.appendingPathComponent(change.path)
            do {
                try Data(change.text.utf8).write(to: url, options: .atomic)
            } catch {
                throw TranslationFileError(.content, change.path, "could not write the file: \(error.localizedDescription)",
                                           hint: "check that the folder is writable")
            }
        }
    }
}
