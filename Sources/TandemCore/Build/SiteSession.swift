import Foundation

/// A site kept in memory between builds, for `tandem serve`: the `StageRunner` with a
/// `SessionStageCache`, then render → write in place. The first
/// `build()` does everything; each `rebuild(changed:)` re-reads only the
/// changed files, reuses the parse and Markdown results of the others, runs
/// the cheap whole-site stages again (link, references, programme, link
/// check), and re-renders only the pages the change affects (see
/// `RebuildPlanner`). Only files whose bytes changed are written, and files
/// no longer produced are deleted. A failed rebuild writes nothing, so the
/// last good site stays in place.
///
/// Unlike `SiteBuilder`, it writes into the output folder in place (each file
/// atomically): the server keeps serving it while a rebuild runs.
public final class SiteSession: @unchecked Sendable {
    // Unchecked because its state is mutable: all of it is read and changed only inside
    // `build()` and `rebuild(changed:)`, which hold `lock` (the server calls from one
    // thread anyway). The kept results are internal, not private, only so that the
    // site-file and output extensions in the files beside this one can reach them.
    public let options: BuildOptions
    /// Checked before rendering: a cancelled build fails without writing anything.
    public let cancellation = BuildCancellation()
    private let lock = NSLock()

    /// Sources, parse results, Markdown and programme data of every file, and the last good build.
    var cache: SessionStageCache
    /// Each page's `<url>` entry in the sitemap, by page index, and the pages' ids in that order.
    var sitemapEntries: [String] = []
    var sitemapIDs: [String] = []
    /// language code → its search index as last written, with its pages' ids in order.
    var searchIndexes: [String: KeptSearchIndex] = [:]
    /// content path → the calendar and JSON exports its agenda or event list wrote.
    var exportPaths: [String: [String]] = [:]
    /// The last run's diagnostics as collected and as sorted: a rebuild mostly collects the same
    /// ones again, from what it kept (sorting the 10k-page benchmark's 15k warnings again took
    /// 20 ms of every rebuild; comparing them, most strings shared, takes well under 1 ms).
    private var lastDiagnostics: (items: [Diagnostic], sorted: [Diagnostic])?
    /// The serve folder, written in place: only changed bytes, and what is gone deleted.
    let sink: InPlaceSink
    /// Earlier versions of stale translations' sources found in git, kept from build to build.
    let sourceVersions = SourceVersionCache()

    public init(options: BuildOptions) {
        self.options = options
        cache = SessionStageCache(siteFolder: options.siteFolder)
        sink = InPlaceSink(outputFolder: options.resolvedOutputFolder.standardizedFileURL)
    }

    /// Drops every kept result, so the next run reads and renders everything.
    private func forgetEverything() {
        cache.forgetEverything()
        searchIndexes = [:]
        sitemapEntries = []
        sitemapIDs = []
        exportPaths = [:]
    }

    /// A full build: everything read, rendered and written.
    public func build() -> SessionReport {
        lock.lock()
        defer { lock.unlock() }
        let start = DispatchTime.now().uptimeNanoseconds
        forgetEverything()
        var report = run(changed: nil)
        report.seconds = Self.seconds(since: start)
        return report
    }

    /// Rebuilds after the given files changed (paths relative to the site folder,
    /// as the watcher reports them: `content/…`, `themes/…`, `static/…`, `tandem.yaml`).
    public func rebuild(changed paths: Set<String>) -> SessionReport {
        lock.lock()
        defer { lock.unlock() }
        let start = DispatchTime.now().uptimeNanoseconds
        var report = run(changed: paths)
        report.changedSources = paths
        report.seconds = Self.seconds(since: start)
        return report
    }

    // MARK: The pipeline, with caches

    private func run(changed: Set<String>?) -> SessionReport {
        if cache.begin(changed: changed) { forgetEverything() }
        var run = StageRunner(options: options).check(cache: &cache)
        var diagnostics = run.diagnostics
        func failed(_ site: Site? = nil) -> SessionReport {
            var build = BuildReport(diagnostics: sortedDiagnostics(diagnostics), succeeded: false)
            build.stageTimes = run.times
            build.site = site
            return SessionReport(build: build, isFull: changed == nil, seconds: 0)
        }
        guard let checked = run.checked else { return failed(run.site) }
        let site = checked.site, markdown = checked.markdown, references = checked.references, programme = checked.programme
        let staticFolder = options.siteFolder.appendingPathComponent("static", isDirectory: true)
        guard !diagnostics.hasErrors, !cancellation.isCancelled, let theme = checked.theme else { return failed(site) }
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            run.times.append((stage, Self.seconds(since: start)))
            return result
        }
        let last = cache.last, pendingDirty = cache.pendingDirty, templateSources = cache.templateSources
        let changedTemplates = RebuildPlanner.changedTemplates(last?.templateSources ?? [:], templateSources)

        // plan: which pages to render again.
        let plan = timed("plan") {
            RebuildPlanner(
                previous: last.map { RebuildPlanner.Snapshot(site: $0.site, references: $0.references) },
                site: site, pagesInPlace: cache.isPatched, references: references, dirtyContentPaths: pendingDirty,
                changedTemplates: changedTemplates,
                themeStringsOrStructureChanged: cache.pendingFullRender,
                theme: theme, templateSources: templateSources
            ).plan()
        }

        // render + write: only bytes that changed reach the disk.
        var input = RenderInput(site: site, markdown: markdown, theme: theme, buildDate: options.buildDate, bodySuffix: options.bodySuffix)
        input.references = references
        input.programme = programme
        input.tags = checked.tags
        input.translationLag = TranslationLag(siteFolder: options.siteFolder, versions: sourceVersions)
        var sessionReport = SessionReport(build: BuildReport(diagnostics: [], succeeded: true), isFull: plan.isFull, seconds: 0)
        var steps = StepTimes()
        let outcome: Result<Void, Error> = timed("render+write") {
            do {
                try sink.prepareOutputFolder(clean: changed == nil, policy: options.outputFolderPolicy)
                let renderer = SiteRenderer(input: input)
                // The edited pages first, so the page being looked at is on disk soonest.
                let edited = Set(pendingDirty.compactMap { site.pagesByContentPath[$0] })
                let indexes = plan.isFull ? Array(site.pages.indices) : plan.pages.sorted { (edited.contains($0) ? 0 : 1, $0) < (edited.contains($1) ? 0 : 1, $1) }
                var reusedExports: [String] = []
                var keptTagPages: [String] = []
                var keptSearchFiles: [String] = []
                let previousTags = changedTemplates.isEmpty ? last : nil
                let written = try SiteWriter(renderer: renderer, sink: sink).write(
                    pages: indexes,
                    siteFiles: {
                        renderer.renderSiteFiles(
                            sitemap: sitemapUpdatingEntries(site, plan: plan, pagesInPlace: cache.isPatched, extraEntries: renderer.tagSitemapEntries()),
                            searchIndex: { searchIndexUpdatingFragments(site, markdown: markdown, language: $0, plan: plan, unchanged: &keptSearchFiles) },
                            exports: exportsUpdatingPaths(renderer, plan: plan, reused: &reusedExports),
                            tagPages: tagPagesUpdating(renderer, previous: previousTags, plan: plan, edited: edited, kept: &keptTagPages))
                    },
                    alsoProduced: { reusedExports + keptTagPages + keptSearchFiles },
                    siteFolder: options.siteFolder, staticFolder: staticFolder,
                    refreshAssets: changed == nil || cache.pendingAssets,
                    refreshStatic: changed == nil || cache.pendingStatic,
                    lap: { steps.lap($0) })
                sessionReport.renderedPages = indexes.map { site.pages[$0].sitePath }.sorted()
                sessionReport.writtenFiles = written.files.sorted()
                sessionReport.deletedFiles = written.deleted.sorted()
                cache.keep(SessionStageCache.GoodBuild(
                    site: site, markdown: markdown, references: references, programme: programme,
                    otherOutputs: written.otherOutputs, templateSources: templateSources,
                    linkDiagnostics: cache.linkDiagnostics, markdownDiagnostics: cache.markdownDiagnostics,
                    programmeParts: cache.programmeParts, tags: checked.tags, staticFiles: checked.staticFiles,
                    assetFiles: theme.assets.map(\.path), otherFiles: cache.checkedOtherFiles))
                return .success(())
            } catch {
                // What was written is unknown: the next run writes each search index whole, and
                // makes every sitemap entry for the site it has then.
                searchIndexes = [:]
                sitemapEntries = []
                sink.discard()
                return .failure(error)
            }
        }
        var build = BuildReport(diagnostics: sortedDiagnostics(diagnostics), succeeded: true)
        build.site = site
        build.stageTimes = run.times
        sessionReport.renderTimes = steps.steps
        build.filesWritten = sessionReport.writtenFiles.count
        if case .failure(let error) = outcome {
            report(writeFailure: error, in: &diagnostics, build: &build)
            build.diagnostics = sortedDiagnostics(diagnostics)
            build.succeeded = false
        }
        sessionReport.build = build
        return sessionReport
    }

    var outputFolder: URL { sink.outputFolder }

    /// `bag.sorted`, the last run's when the bag holds the same diagnostics in the same order.
    private func sortedDiagnostics(_ bag: DiagnosticBag) -> [Diagnostic] {
        if let lastDiagnostics, lastDiagnostics.items == bag.items { return lastDiagnostics.sorted }
        let sorted = bag.sorted
        lastDiagnostics = (bag.items, sorted)
        return sorted
    }

    /// A language's search index kept between runs, with the ids of its pages in order.
    struct KeptSearchIndex {
        var ids: [String]
        var index: SearchShardIndex
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
