import Foundation

/// `tandem translate --mark-current FILE`: records in a translation that it
/// matches its source as the source is now. Only the `source_hash` line of the
/// front matter changes (it is added before the closing `---` when missing);
/// every other byte of the file stays as it was.
public struct SourceHashMarker: Sendable {
    public struct Outcome: Sendable, Equatable {
        /// `content/programmes/foo.en.md`.
        public var path: String
        public var previousHash: String?
        public var hash: String
        /// `content/…` of the source it now records.
        public var sourcePath: String
        public var isDraft: Bool
        public var changed: Bool { previousHash != hash }
    }

    public var site: Site
    public var siteFolder: URL

    public init(site: Site, siteFolder: URL) {
        self.site = site
        self.siteFolder = siteFolder
    }

    public func markCurrent(_ file: ContentFileArgument) throws -> Outcome {
        let page = try TranslationScaffolder.page(file, in: site)
        var ignored = DiagnosticBag()  // a bad translationSource was reported by the load already
        guard let status = StatusReport.status(of: page.translationKey, in: site, diagnostics: &ignored) else {
            throw TranslationFileError(.content, file.sitePath, "no such page")
        }
        let sourceVersion = status.source
        guard page.languageCode != status.sourceLanguageCode else {
            let others = status.translations.compactMap(\.path)
            throw TranslationFileError(
                .content, file.sitePath, "this is the source of its pair (\(status.sourceLanguageCode)); only translations record a source_hash",
                hint: others.isEmpty
                    ? "it has no translation yet: create one with tandem translate \(file.sitePath) --to \(site.config.languageCodes.first { $0 != page.languageCode } ?? "en")"
                    : "mark the translation instead: tandem translate --mark-current \(others[0])")
        }
        guard let sourceIndex = sourceVersion?.pageIndex, let sourcePath = sourceVersion?.path else {
            throw TranslationFileError(
                .content, file.sitePath, "its source (\(status.sourceLanguageCode)) does not exist",
                hint: "a translation needs its counterpart in \(status.sourceLanguageCode) with the same name or translationKey")
        }
        let hash = SourceHash.of(body: site.pages[sourceIndex].body)
        let url = siteFolder.appendingPathComponent(file.sitePath)
        guard let data = FileManager.default.contents(atPath: url.path), var original = String(data: data, encoding: .utf8) else {
            throw TranslationFileError(.content, file.sitePath, "could not read the file as UTF-8")
        }
        // A byte-order mark stays where it was.
        let byteOrderMark = original.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : ""
        if !byteOrderMark.isEmpty { original.removeFirst() }
        guard var editor = FrontMatterEditor(original) else {
            throw TranslationFileError(.content, file.sitePath, "the file has no front matter")
        }
        let outcome = Outcome(
            path: file.sitePath, previousHash: page.frontMatter.sourceHash, hash: hash, sourcePath: sourcePath, isDraft: page.isDraft)
        guard outcome.changed else { return outcome }
        editor.set("source_hash", .plain(hash))
        do {
            try Data((byteOrderMark + editor.text).utf8).write(to: url, options: .atomic)
        } catch {
            throw TranslationFileError(.content, file.sitePath, "could not write the file: \(error.localizedDescription)")
        }
        return outcome
    }
}
