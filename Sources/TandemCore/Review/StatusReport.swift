/// Every translation key of a site with each language's state, counted per
/// section: what `tandem status`, the build summary and the review index show.
///
///     let report = StatusReport(site: site)
///     report.count(.stale)      // translations made from an older source
///     report.failsStrict        // something missing or stale
public struct StatusReport: Sendable, Equatable {
    /// The states of one section's keys, per language.
    public struct SectionSummary: Sendable, Equatable {
        /// The folder in `content/` ("" for the root).
        public var sectionPath: String
        public var keys: Int
        /// language code → state → number of keys.
        public var counts: [String: [TranslationState: Int]]

        public func count(_ languageCode: String, _ state: TranslationState) -> Int { counts[languageCode]?[state] ?? 0 }

        /// Keys that should have a version in this language: all but the single-language ones.
        public func expected(_ languageCode: String) -> Int { keys - count(languageCode, .singleLanguage) }

        /// Keys that have a published version in this language (current or not).
        public func present(_ languageCode: String) -> Int {
            TranslationState.allCases.filter(\.isPresent).reduce(0) { $0 + count(languageCode, $1) }
        }
    }

    public var languageCodes: [String]
    /// The config's source language (`translation.source`).
    public var defaultSourceLanguageCode: String
    /// Sorted by section, then section and home pages first, then key.
    public var statuses: [TranslationStatus]
    /// Problems met on the way (a `translationSource` that is not a language).
    public var diagnostics: [Diagnostic]

    /// - Parameters:
    ///   - currentHashes: also work out `currentHash` of sources no translation
    ///     records a hash against (for `status --json`); the build summary does without.
    ///   - reviews: compare every translation with its source as `tandem review` does,
    ///     for its findings and the `incomplete` state; the build summary does without
    ///     (its counts of missing and stale translations do not depend on it).
    public init(site: Site, currentHashes: Bool = true, reviews: Bool = true) {
        languageCodes = site.config.languageCodes
        defaultSourceLanguageCode = site.config.sourceLanguageCode
        let reviewer = reviews ? PairReviewer(site: site) : nil
        let keys = site.translations.keys.sorted()
        // Reviewing a pair aligns its blocks: pairs are reviewed on all cores.
        let results = Parallel.map(keys.count) { index -> (TranslationStatus?, [Diagnostic]) in
            var local = DiagnosticBag()
            let status = Self.status(of: keys[index], in: site, currentHashes: currentHashes, reviewer: reviewer, diagnostics: &local)
            return (status, local.items)
        }
        var diagnostics = DiagnosticBag()
        for (_, items) in results { diagnostics.append(contentsOf: items) }
        statuses = results.compactMap(\.0).sorted { a, b in
            (a.sectionPath, a.kind == .regular ? 1 : 0, a.translationKey) < (b.sectionPath, b.kind == .regular ? 1 : 0, b.translationKey)
        }
        self.diagnostics = diagnostics.sorted
    }

    public var sections: [SectionSummary] {
        var order: [String] = []
        var summaries: [String: SectionSummary] = [:]
        for status in statuses {
            if summaries[status.sectionPath] == nil {
                order.append(status.sectionPath)
                summaries[status.sectionPath] = SectionSummary(sectionPath: status.sectionPath, keys: 0, counts: [:])
            }
            summaries[status.sectionPath]?.keys += 1
            for version in status.versions {
                summaries[status.sectionPath]?.counts[version.languageCode, default: [:]][version.state, default: 0] += 1
            }
        }
        return order.compactMap { summaries[$0] }
    }

    /// How many versions, over all keys and languages, are in this state.
    public func count(_ state: TranslationState) -> Int {
        statuses.reduce(0) { total, status in total + status.versions.filter { $0.state == state }.count }
    }

    public var missingCount: Int { count(.missing) }
    public var staleCount: Int { count(.stale) }
    public var incompleteCount: Int { count(.incomplete) }
    /// True when `--strict` should fail: a translation is missing, stale or incomplete.
    public var failsStrict: Bool { TranslationState.allCases.contains { $0.failsStrict && count($0) > 0 } }

    /// Review findings at `severity` or more serious, over every translation.
    public func findingCount(atLeast severity: ReviewFinding.Severity) -> Int {
        statuses.reduce(0) { total, status in total + status.versions.reduce(0) { $0 + $1.findingCount(atLeast: severity) } }
    }

    public func status(of translationKey: String) -> TranslationStatus? {
        statuses.first { $0.translationKey == translationKey }
    }

    static func status(
        of key: String, in site: Site, currentHashes: Bool = true, reviewer: PairReviewer? = nil, diagnostics: inout DiagnosticBag
    ) -> TranslationStatus? {
        guard let versions = site.translations[key] else { return nil }
        let codes = site.config.languageCodes
        // Pages Tandem made itself (a section nobody wrote an _index for) are not translations.
        let written = versions.filter { !site.pages[$0.value].isGenerated }
        guard let firstCode = codes.first(where: { written[$0] != nil }), let firstIndex = written[firstCode] else { return nil }
        let first = site.pages[firstIndex]

        var sourceCode = site.config.sourceLanguageCode
        for code in codes {
            guard let index = written[code], let entry = site.pages[index].frontMatter["translationSource"] else { continue }
            let page = site.pages[index]
            if let stated = entry.text, codes.contains(stated) {
                sourceCode = stated
            } else {
                diagnostics.warning(
                    page.frontMatter.location(of: "translationSource"),
                    "translationSource '\(entry.text ?? "")' is not one of the languages",
                    hint: "write one of \(codes.joined(separator: ", ")); the site's translation.source (\(site.config.sourceLanguageCode)) is used meanwhile")
            }
            break
        }
        // A page that exists only in a language other than the source is its own original.
        if written[sourceCode] == nil { sourceCode = firstCode }
        let sourcePage = written[sourceCode].map { site.pages[$0] }
        // Hashing every source body costs time on big sites: only when someone needs the digest.
        let needed = currentHashes || codes.contains { code in
            code != sourceCode && written[code].map { site.pages[$0].frontMatter.sourceHash != nil } == true
        }
        let sourceDigest = needed ? sourcePage.map { SourceHash.fullHex(of: $0.body) } : nil
        let currentHash = sourceDigest.map { SourceHash.prefix + $0.prefix(SourceHash.writtenDigits) }

        let result: [TranslationStatus.Version] = codes.map { code in
            guard let index = written[code] else {
                return .init(languageCode: code, state: site.isSingleLanguage(key, in: code) ? .singleLanguage : .missing)
            }
            let page = site.pages[index]
            var version = TranslationStatus.Version(languageCode: code, state: .ok, path: page.displayPath, pageIndex: index)
            version.recordedHash = page.frontMatter.sourceHash
            version.scaffoldedFrom = page.frontMatter.scaffoldedFrom
            if code == sourceCode {
                version.state = page.isDraft ? .draft : .source
                version.currentHash = currentHash
            } else if page.isDraft {
                version.state = .draft
            } else if let recorded = page.frontMatter.sourceHash, let sourceDigest {
                version.state = SourceHash.matches(recorded, fullHex: sourceDigest) ? .ok : .stale
            } else {
                version.state = .untracked
            }
            return version
        }
        var status = TranslationStatus(
            translationKey: key, sectionPath: first.sectionPath, kind: first.kind,
            sourceLanguageCode: sourceCode, versions: result)
        // The review's own checks decide what is left untranslated: one definition for both.
        guard let reviewer else { return status }
        for (languageCode, review) in status.reviewsAgainstSource(reviewer) { status.recordReview(review, of: languageCode) }
        return status
    }
}
