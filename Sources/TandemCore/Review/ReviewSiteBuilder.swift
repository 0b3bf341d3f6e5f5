import Foundation

/// `tandem review`: builds the review site (default `output-review/`) from a
/// site folder. An index of every page with its translation state and
/// coverage per section, and one side-by-side page per translation pair.
/// Written through `OutputWriter`, so a failed review leaves the previous one.
public struct ReviewSiteBuilder: Sendable {
    public static let defaultFolderName = "output-review"

    public var siteFolder: URL
    public var outputFolder: URL
    /// Look up the old text of stale sources in git.
    public var useGit = true
    /// Replace an existing folder without Tandem's marker (`--force`); see `OutputFolderPolicy`.
    public var force = false
    /// Pair pages carry a "Mark as current" form (`tandem serve`, which answers it and puts its
    /// token in place of `tokenPlaceholder`) instead of the command to run.
    public var offersMarkCurrent = false

    /// The form's action, relative to the pair pages (`pairs/mark-current`).
    public static let markCurrentAction = "mark-current"
    /// How each "Mark as current" form starts.
    public static let markCurrentFormStart = "<form method=\"post\" action=\"\(markCurrentAction)\">"
    /// Written where the server's token goes: the token itself never reaches the disk.
    public static let tokenPlaceholder = "tandem-serve-token"

    /// Keep the replaced review as the next run's staging folder; nil follows `output.keepSpare`.
    public var keepsSpare: Bool?

    public init(siteFolder: URL, outputFolder: URL? = nil) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.outputFolder = (outputFolder ?? siteFolder.appendingPathComponent(Self.defaultFolderName, isDirectory: true)).standardizedFileURL
    }

    public func build() -> ReviewReport {
        let start = DispatchTime.now().uptimeNanoseconds
        var report = ReviewReport(outputFolder: outputFolder)
        var diagnostics = DiagnosticBag()

        let publicOutput = siteFolder.appendingPathComponent("output", isDirectory: true).standardizedFileURL
        if outputFolder.path == publicOutput.path || outputFolder.path.hasPrefix(publicOutput.path + "/") {
            diagnostics.error(
                SourceLocation(path: outputFolder.path), "the review site is never written into the public site's folder",
                hint: "use the default (\(Self.defaultFolderName)/) or another --output folder")
            report.diagnostics = diagnostics.sorted
            return report
        }
        do {
            try OutputFolderPolicy(siteFolder: siteFolder, force: force).check(outputFolder)
        } catch let refusal as OutputFolderError {
            report.outputFolderError = refusal
            report.diagnostics = [refusal.diagnostic]
            return report
        } catch {}
        guard let site = ContentSiteLoader(siteFolder: siteFolder).load(diagnostics: &diagnostics) else {
            report.diagnostics = diagnostics.sorted
            return report
        }
        // The states without reviews first: each pair is reviewed once, below, for its state and its page.
        var status = StatusReport(site: site, reviews: false)
        diagnostics.append(contentsOf: status.diagnostics)
        let glossary = GlossaryLoader(siteFolder: siteFolder, languages: site.config.languageCodes, limits: site.config.fileLimits).load(diagnostics: &diagnostics)

        let codes = site.config.languageCodes
        guard let left = codes.first else {
            report.diagnostics = diagnostics.sorted
            return report
        }
        // Content errors (a bad alias, a page that cannot be read) do not stop the review: the
        // pages that loaded are reviewed, the errors are listed on the index page as they are
        // printed, and a file that could not be read is named there.
        let contentErrors = diagnostics.items.filter { $0.severity == .error }
        let reviewer = PairReviewer(site: site, glossary: glossary)
        let renderer = ReviewPageRenderer(config: site.config, offersMarkCurrent: offersMarkCurrent)
        let history = useGit ? SourceHistory(siteFolder: siteFolder) : nil

        // File names first, in order, so they are unique and the same from run to run…
        let statuses = status.statuses
        var usedNames = Set<String>()
        let names: [[String: String]] = statuses.map { entry in
            var byLanguage: [String: String] = [:]
            for right in codes.dropFirst() where entry.version(left)?.pageIndex != nil && entry.version(right)?.pageIndex != nil {
                byLanguage[right] = Self.fileName(for: entry.translationKey, language: codes.count > 2 ? right : nil, used: &usedNames)
            }
            return byLanguage
        }
        // …then every pair aligned, checked and rendered in parallel.
        let outcomes = Parallel.map(statuses.count) { index -> PairOutcome in
            var entry = statuses[index]
            // Each translation against its source, as `StatusReport` reviews it: its findings and the
            // `incomplete` state; the same review is the pair page's when the source is the left column.
            let reviews = entry.reviewsAgainstSource(reviewer)
            for (languageCode, review) in reviews { entry.recordReview(review, of: languageCode) }
            let title = entry.source?.pageIndex.map { site.pages[$0].title } ?? entry.translationKey
            var outcome = PairOutcome(entry: ReviewPageRenderer.IndexEntry(status: entry, title: title))
            for right in codes.dropFirst() {
                guard let name = names[index][right] else { continue }
                var pairReview = entry.sourceLanguageCode == left ? reviews[right] : nil
                pairReview?.status = entry
                guard var review = pairReview ?? reviewer.review(entry, left: left, right: right) else { continue }
                var change: SourceChange?
                if let stale = entry.staleTranslation(inPairOf: left, right), let recorded = stale.recordedHash,
                   let sourcePath = entry.source?.path, let sourceIndex = entry.source?.pageIndex {
                    change = SourceChange.find(sourcePath: sourcePath, currentBody: site.pages[sourceIndex].body, recordedHash: recorded, history: history)
                    if case .diff(let version, _) = change { Self.markChangedRows(&review, old: version, reviewer: reviewer) }
                }
                outcome.files.append(OutputFile(path: "pairs/" + name, text: renderer.pairPage(review, change: change, fileName: name)))
                if outcome.entry.pagePath == nil { outcome.entry.pagePath = "pairs/" + name }
                if let changes = review.sourceBlockChanges { outcome.entry.changeSummary = changes.summary }
                outcome.entry.findings = (outcome.entry.findings ?? 0) + review.findingCount
                outcome.findings += review.reportFindings()
                outcome.termUses += review.termUses.map { (entry.translationKey, $0) }
                outcome.summaries.append(.init(
                    translationKey: entry.translationKey, findings: review.findingCount, seconds: review.seconds,
                    stale: change != nil, diffShown: { if case .diff = change { true } else { false } }()))
            }
            return outcome
        }
        status.statuses = outcomes.map(\.entry.status)
        report.status = status
        var files = outcomes.flatMap(\.files)
        report.pairs = outcomes.flatMap(\.summaries)
        let consistency = Self.consistencyFindings(outcomes.flatMap(\.termUses), glossary: glossary)
        report.siteFindings = consistency.count
        report.findingList = outcomes.flatMap(\.findings) + consistency
        files.append(OutputFile(path: "index.html", text: renderer.indexPage(
            status, entries: outcomes.map(\.entry), totalFindings: report.findings, siteFindings: consistency, errors: contentErrors)))

        do {
            let writer = try OutputWriter(outputFolder: outputFolder, kind: .review, keepsSpare: keepsSpare ?? site.config.keepsSpareOutput)
            do {
                for file in files { try writer.write(file) }
                try writer.commit()
            } catch {
                writer.discard()
                throw error
            }
            report.filesWritten = files.count
            report.succeeded = true
        } catch {
            let failure = WriteError(error, path: outputFolder.path)
            diagnostics.error(
                SourceLocation(path: outputFolder.path), "could not write the review site: \(failure.message)",
                hint: failure.hint.replacingOccurrences(of: "the previous output", with: "the previous review"))
        }
        report.diagnostics = diagnostics.sorted
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    /// What one translation key gives the review site.
    struct PairOutcome: Sendable {
        var entry: ReviewPageRenderer.IndexEntry
        var files: [OutputFile] = []
        var summaries: [ReviewReport.PairSummary] = []
        var findings: [ReviewReport.Finding] = []
        var termUses: [(String, TermUse)] = []
    }

    /// Marks the rows whose source block changed since the version the translation was made from.
    static func markChangedRows(_ review: inout PairReview, old version: SourceHistory.Version, reviewer: PairReviewer) {
        let sourceIsLeft = review.status.sourceLanguageCode == review.leftLanguage
        let sourcePage = sourceIsLeft ? review.leftPage : review.rightPage
        // The old body is compared without front matter: its lines are counted as the current page's are.
        let oldBlocks = reviewer.blocks(body: version.body, firstLine: sourcePage.bodyFirstLine, path: sourcePage.displayPath)
        let newBlocks = review.rows.compactMap { sourceIsLeft ? $0.left : $0.right }
        let changes = SourceBlockChanges.compare(old: oldBlocks, new: newBlocks, since: version.date)
        for index in review.rows.indices {
            guard let line = (sourceIsLeft ? review.rows[index].left : review.rows[index].right)?.block.line else { continue }
            review.rows[index].sourceChange = changes.byLine[line]
        }
        review.sourceBlockChanges = changes
    }

    /// A glossary term whose source form is translated with different approved forms across the site:
    /// "“ODM” is translated 2 ways: “MDGs” 15 times (…), “Millennium Development Goals” once (…)".
    static func consistencyFindings(_ uses: [(String, TermUse)], glossary: Glossary) -> [ReviewReport.Finding] {
        struct Key: Hashable { var entry: Int, source: String }
        var byKey: [Key: [String: [String]]] = [:]
        for (pair, use) in uses { byKey[Key(entry: use.entry, source: use.source), default: [:]][use.translation, default: []].append(pair + "#" + use.row) }
        return byKey.filter { $0.value.count > 1 }.sorted { ($0.key.entry, $0.key.source) < ($1.key.entry, $1.key.source) }.map { key, translations in
            let parts = translations.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { form, places in
                "“\(form)” \(places.count == 1 ? "once" : "\(places.count) times") (\(places.prefix(3).joined(separator: ", "))\(places.count > 3 ? ", …" : ""))"
            }
            return ReviewReport.Finding(
                pair: nil, row: nil, check: .terminology, severity: .info,
                message: "“\(key.source)” is translated \(translations.count) ways: " + parts.joined(separator: ", "),
                waived: false, waiverReason: nil,
                locations: glossary.entries[key.entry].location.map { [.init(language: "", path: $0.path, line: $0.line)] } ?? [])
        }
    }

    /// `programmes/_index` → `programmes-index.html`, unique within the review.
    static func fileName(for key: String, language: String?, used: inout Set<String>) -> String {
        var base = key == "_index" ? "home" : Slug.make(key.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "_", with: ""))
        if base.isEmpty { base = "page" }
        if let language { base += "." + language }
        var name = base + ".html"
        var counter = 2
        while !used.insert(name).inserted {
            name = base + "-\(counter).html"
            counter += 1
        }
        return name
    }
}
