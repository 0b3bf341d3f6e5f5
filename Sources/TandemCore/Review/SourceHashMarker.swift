import Foundation

/// `tandem translate --mark-current FILE`: records in a translation that it
/// matches its source as the source is now. Only the `source_hash` line of the
/// front matter changes (it is added before the closing `---` when missing);
/// every other byte of the file stays as it was. It refuses while the review
/// still finds untranslated blocks in the file, unless forced.
///
/// `tandem serve`'s review does the same in two steps: `target(_:)` says what
/// would happen (and why not), `record(_:)` writes.
public struct SourceHashMarker: Sendable {
    public struct Outcome: Sendable, Equatable {
        /// `content/programmes/foo.en.md`.
        public var path: String
        public var previousHash: String?
        public var hash: String
        /// `content/…` of the source it now records.
        public var sourcePath: String
        public var isDraft: Bool
        /// Untranslated blocks the review still finds (only when forced past them).
        public var untranslated: Int = 0
        public var changed: Bool { previousHash != hash }
    }

    /// A translation that can record its source's hash, with what the review still finds untranslated in it.
    public struct Target: Sendable {
        public var file: ContentFileArgument
        public var page: Page
        public var sourceIndex: Int
        /// `content/…` of the source.
        public var sourcePath: String
        public var untranslated: [ReviewFinding]
        /// Why it is not marked current unless forced: untranslated parts left. Nil when there are none.
        public var refusal: TranslationFileError? {
            guard !untranslated.isEmpty else { return nil }
            var seen = Set<String>()
            let messages = untranslated.map(\.message).filter { seen.insert($0).inserted }
            let examples = messages.prefix(3).joined(separator: "; ")
            return TranslationFileError(
                .content, file.sitePath,
                "\(untranslated.count) untranslated \(untranslated.count == 1 ? "part" : "parts") left (\(examples)\(messages.count > 3 ? "; …" : "")); not marking it current",
                hint: "translate them (tandem review shows where), or pass --force if they are meant to stay as in \(sourcePath)")
        }
    }

    public var site: Site
    public var siteFolder: URL

    public init(site: Site, siteFolder: URL) {
        self.site = site
        self.siteFolder = siteFolder
    }

    /// - Parameter force: record the hash even though blocks are still untranslated.
    public func markCurrent(_ file: ContentFileArgument, force: Bool = false) throws -> Outcome {
        let target = try target(file)
        if !force, let refusal = target.refusal { throw refusal }
        return try record(target)
    }

    /// The translation `file` names, checked as `markCurrent` checks it: a page of the site,
    /// not the source of its pair, with a source. Throws what is wrong otherwise.
    public func target(_ file: ContentFileArgument) throws -> Target {
        let page = try TranslationScaffolder.page(file, in: site)
        var ignored = DiagnosticBag()  // a bad translationSource was reported by the load already
        guard let status = StatusReport.status(
            of: page.translationKey, in: site, reviewer: PairReviewer(site: site), diagnostics: &ignored) else {
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
        let untranslated = status.version(page.languageCode)?.findings?.filter { $0.check == .untranslated } ?? []
        return Target(file: file, page: page, sourceIndex: sourceIndex, sourcePath: sourcePath, untranslated: untranslated)
    }

    /// Writes the source's current hash into the target's front matter (nothing when it is already there).
    public func record(_ target: Target) throws -> Outcome {
        let file = target.file, page = target.page
        let hash = SourceHash.of(body: site.pages[target.sourceIndex].body)
        let url = siteFolder.appendingPathComponent(file.sitePath)
        let data: [UInt8]
        do {
            data = try SiteFileReader(siteFolder: siteFolder, limits: site.config.fileLimits).read(url.path)
        } catch {
            throw TranslationFileError(.content, file.sitePath, error.message, hint: error.hint)
        }
        guard var original = String(validating: data, as: UTF8.self) else {
            throw TranslationFileError(.content, file.sitePath, "could not read the file as UTF-8")
        }
        // A byte-order mark stays where it was. Read from the bytes: Foundation's UTF-8 decoding
        // drops a leading BOM on some platforms, so the text alone cannot tell.
        let hasByteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        let byteOrderMark = hasByteOrderMark ? "\u{FEFF}" : ""
        if original.hasPrefix("\u{FEFF}") { original.removeFirst() }
        guard var editor = FrontMatterEditor(original) else {
            throw TranslationFileError(.content, file.sitePath, "the file has no front matter")
        }
        let outcome = Outcome(
            path: file.sitePath, previousHash: page.frontMatter.sourceHash, hash: hash, sourcePath: target.sourcePath, isDraft: page.isDraft,
            untranslated: target.untranslated.count)
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
