import Foundation

/// A site kept in memory between builds, for `tandem serve`. The first
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
    // All state is guarded by `lock`; the server calls from one thread anyway.
    // The kept results are internal, not private, only so that the stage,
    // site-file and output extensions in the files beside this one can reach them.
    public let options: BuildOptions
    /// Checked before rendering: a cancelled build fails without writing anything.
    public let cancellation = BuildCancellation()
    private let lock = NSLock()

    var config: SiteConfig?
    var theme: Theme?
    var templateSources: [String: String] = [:]
    /// content path → the file as last read.
    var sources: [String: SourceFile] = [:]
    /// content path → the parse result of `sources[path]`.
    var parsed: [String: ParsedSource] = [:]
    /// content path → Markdown of that file's page, valid while the file and the link map are unchanged.
    var markdownCache: [String: CachedMarkdown] = [:]
    /// content path → that page's agenda, partner list or event list, valid like `markdownCache`.
    var programmeCache: [String: (ProgrammeStage.PageProgramme, [Diagnostic])] = [:]
    /// page id → its `<url>` entry in the sitemap.
    var sitemapEntries: [String: String] = [:]
    /// page id → its document record and terms in the search index.
    var searchPages: [String: SearchPageTerms] = [:]
    /// content path → the calendar and JSON exports its agenda or event list wrote.
    var exportPaths: [String: [String]] = [:]
    /// site path → content paths of the pages that link there, for re-checking links after an edit.
    var linkers: [String: Set<String>] = [:]
    /// The last good build.
    var last: GoodBuild?
    /// What changed since the last good build: a failed build keeps them for the next one.
    var pendingDirty = Set<String>()
    var pendingFullRender = false
    var pendingAssets = false
    var pendingStatic = false
    /// Output path → hash of the bytes written there.
    var written: [String: OutputDigest] = [:]

    struct ParsedSource {
        var page: Page?
        var diagnostics: [Diagnostic]
    }

    struct CachedMarkdown {
        var rendered: RenderedMarkdown
        var diagnostics: [Diagnostic]
    }

    struct GoodBuild {
        var site: Site
        var markdown: [RenderedMarkdown]
        var references: ProgrammeReferences
        var programme: ProgrammeData
        /// site path → output path of each page.
        var pageOutputs: [String: String]
        /// Output paths of everything that is not a page (site files, assets, static files).
        var otherOutputs: Set<String>
        var templateSources: [String: String]
        /// What the link stage reported (warnings only, or the build would not be good).
        var linkDiagnostics: [Diagnostic]
        /// Each page's Markdown diagnostics, by page index.
        var markdownDiagnostics: [[Diagnostic]]
        var programmeParts: ProgrammeParts
    }

    /// The programme stage's results by page index, for reuse when pages stay in place.
    struct ProgrammeParts {
        var results: [Int: (ProgrammeStage.PageProgramme, [Diagnostic])] = [:]
        /// Source-language page index → what comparing it with its translations found.
        var comparisons: [Int: [Diagnostic]] = [:]
    }

    struct OutputDigest: Equatable {
        var count: Int
        var hash: Int
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Drops every kept result, so the next run reads and renders everything.
    private func forgetEverything() {
        config = nil
        theme = nil
        sources = [:]
        parsed = [:]
        markdownCache = [:]
        programmeCache = [:]
        searchPages = [:]
        sitemapEntries = [:]
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
        var diagnostics = DiagnosticBag()
        var times: [(String, Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            times.append((stage, Self.seconds(since: start)))
            return result
        }
        let change = ChangedInputs(paths: changed, theme: config?.theme)
        func failed(_ site: Site? = nil) -> SessionReport {
            var build = BuildReport(diagnostics: diagnostics.sorted, succeeded: false)
            build.stageTimes = times
            build.site = site
            return SessionReport(build: build, isFull: changed == nil, seconds: 0)
        }

        // config and theme: a config change starts over; a theme change reloads the theme.
        if config == nil || change.config {
            forgetEverything()
            last = nil
        }
        if config == nil {
            config = timed("config") { SiteConfigLoader(siteFolder: options.siteFolder).load(baseURLOverride: options.baseURL, diagnostics: &diagnostics) }
        }
        guard let config else { return failed() }
        var themeDiagnostics = DiagnosticBag()
        if theme == nil || change.theme {
            theme = timed("theme") { ThemeLoader(siteFolder: options.siteFolder, config: config).load(diagnostics: &themeDiagnostics) }
            templateSources = theme?.templateSources ?? [:]
        }
        if change.themeNeedsFullRender { pendingFullRender = true }
        if change.assets { pendingAssets = true }
        if change.staticFiles { pendingStatic = true }
        diagnostics.append(contentsOf: themeDiagnostics.items)

        // load: all files the first time; afterwards only the changed ones.
        let scanner = ContentScanner(siteFolder: options.siteFolder, config: config)
        var dirty = Set<String>()
        timed("load") {
            if sources.isEmpty || change.needsRescan(contentFolder: options.siteFolder.appendingPathComponent("content")) {
                var scanDiagnostics = DiagnosticBag()
                let files = scanner.scan(into: &scanDiagnostics)
                var fresh: [String: SourceFile] = [:]
                for file in files { fresh[file.contentPath] = file }
                for (path, file) in fresh where sources[path] != file { dirty.insert(path) }
                for path in sources.keys where fresh[path] == nil { dirty.insert(path) }
                sources = fresh
                loadDiagnostics = scanDiagnostics.items
            } else {
                let contentFolder = options.siteFolder.appendingPathComponent("content", isDirectory: true)
                var scanDiagnostics = DiagnosticBag()
                let reader = scanner.reader
                // Keep the load errors of files that did not change.
                for diagnostic in loadDiagnostics where !change.contentPaths.contains(String(diagnostic.location.path.dropFirst("content/".count))) {
                    scanDiagnostics.append(diagnostic)
                }
                for rawPath in change.contentPaths {
                    // Pages are keyed by the NFC spelling of their path, as ContentScanner does.
                    let path = rawPath.precomposedStringWithCanonicalMapping
                    let file = FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(rawPath).path)
                        ? scanner.load(contentPath: path, readingFrom: rawPath, contentFolder: contentFolder, reader: reader, diagnostics: &scanDiagnostics) : nil
                    if sources[path] != file { dirty.insert(path) }
                    sources[path] = file
                }
                loadDiagnostics = scanDiagnostics.items
            }
        }
        diagnostics.append(contentsOf: loadDiagnostics)
        pendingDirty.formUnion(dirty)

        // parse: only what changed.
        timed("parse") {
            let toParse = sources.keys.filter { parsed[$0] == nil || dirty.contains($0) }.sorted()
            let files = toParse.compactMap { sources[$0] }
            let results = Parallel.map(files.count) { index -> ParsedSource in
                var local = DiagnosticBag()
                let page = PageParser().parse(files[index], diagnostics: &local)
                return ParsedSource(page: page, diagnostics: local.items)
            }
            for (file, result) in zip(files, results) { parsed[file.contentPath] = result }
            for path in parsed.keys where sources[path] == nil { parsed[path] = nil }
        }
        let paths = sources.keys.sorted()
        for path in paths { diagnostics.append(contentsOf: parsed[path]?.diagnostics ?? []) }

        // link: when only the text of pages changed (not what places or orders them), the last
        // site with those pages swapped in; otherwise the whole site again.
        var linkDiagnostics = DiagnosticBag()
        var isPatched = false
        let site = timed("link") {
            if let last, let patched = patched(last.site, changed: pendingDirty) {
                linkDiagnostics.append(contentsOf: last.linkDiagnostics)
                isPatched = true
                return patched
            }
            var linked = SiteLinker(config: config, includeDrafts: options.includeDrafts).link(paths.compactMap { parsed[$0]?.page }, diagnostics: &linkDiagnostics)
            linked.resources = BundleResources(site: linked, siteFolder: options.siteFolder).collect()
            return linked
        }
        diagnostics.append(contentsOf: linkDiagnostics.items)
        let references = timed("references") { ProgrammeReferences(site: site, diagnostics: &diagnostics) }
        theme?.checkLayouts(of: site.pages, diagnostics: &diagnostics)

        // markdown: reuse unless the file changed or a link target moved.
        let moved = last.map { RebuildPlanner.movedContent(from: $0.site, to: site) } ?? true
        if moved {
            markdownCache = [:]
            programmeCache = [:]
        }
        // Same pages in the same places as the last good build: its per-page results are
        // reused by index, and only the changed pages are worked on.
        let reuse = isPatched ? last : nil
        let markdown = timed("markdown") {
            if let reuse { return patchMarkdown(reuse, site: site, config: config, diagnostics: &diagnostics) }
            return renderMarkdown(site, dirty: dirty, config: config, diagnostics: &diagnostics)
        }
        var programmeParts = ProgrammeParts()
        let programme = timed("programme") {
            if let reuse { return patchProgramme(reuse, site: site, markdown: markdown, parts: &programmeParts, diagnostics: &diagnostics) }
            return readProgramme(site, markdown: markdown, dirty: dirty, parts: &programmeParts, diagnostics: &diagnostics)
        }

        let staticFolder = options.siteFolder.appendingPathComponent("static", isDirectory: true)
        let staticFiles = SiteFileReader(siteFolder: options.siteFolder, limits: config.fileLimits)
            .staticFiles(siteFolder: options.siteFolder, config: config, diagnostics: &diagnostics)
        timed("links") {
            var otherFiles = InternalLinkChecker.filesBesidePages(
                languageCodes: config.languageCodes, staticFiles: staticFiles, assets: theme?.assets ?? [])
                .union(site.resources.map(\.sitePath))
            // Tag pages are written too: links and menu entries may lead to them.
            for path in TagIndex(site: site, theme: theme).sitePaths { otherFiles.insert(path + "index.html") }
            let checker = InternalLinkChecker(site: site, markdown: markdown, otherFiles: otherFiles)
            // The settings' links are few: checked on every build.
            NavigationLinkChecker(site: site, otherFiles: otherFiles).check(diagnostics: &diagnostics)
            // The last good build had no broken link; unless pages moved or files came and went, only
            // the changed pages and the pages linking to them can have one now.
            let checkAll = last == nil || moved || pendingStatic || pendingAssets || pendingFullRender
            var indexes = Set<Int>()
            if !checkAll {
                for path in pendingDirty {
                    guard let index = site.pagesByContentPath[path] else { continue }
                    indexes.insert(index)
                    for linker in linkers[site.pages[index].sitePath] ?? [] {
                        if let other = site.pagesByContentPath[linker] { indexes.insert(other) }
                    }
                }
            }
            let checked = checkAll ? Array(site.pages.indices) : indexes.sorted()
            for found in checker.checkPages(checked) { diagnostics.append(contentsOf: found) }
            let targets = Parallel.map(checked.count) { checker.targets(of: checked[$0]) }
            if checkAll { linkers = [:] }
            for (index, paths) in zip(checked, targets) {
                guard let source = site.pages[index].source?.contentPath else { continue }
                for path in paths { linkers[path, default: []].insert(source) }
            }
            OutputPathTable.check(site: site, programme: programme, theme: theme, staticFiles: staticFiles, diagnostics: &diagnostics)
        }

        if options.strict { diagnostics = diagnostics.promotingWarnings() }
        guard !diagnostics.hasErrors, !cancellation.isCancelled, let theme else { return failed(site) }

        // plan: which pages to render again.
        let plan = timed("plan") {
            RebuildPlanner(
                previous: last.map { RebuildPlanner.Snapshot(site: $0.site, references: $0.references) },
                site: site, references: references, dirtyContentPaths: pendingDirty,
                changedTemplates: RebuildPlanner.changedTemplates(last?.templateSources ?? [:], templateSources),
                themeStringsOrStructureChanged: pendingFullRender,
                theme: theme, templateSources: templateSources
            ).plan()
        }

        // render + write: only bytes that changed reach the disk.
        var input = RenderInput(site: site, markdown: markdown, theme: theme, buildDate: options.buildDate, bodySuffix: options.bodySuffix)
        input.references = references
        input.programme = programme
        var sessionReport = SessionReport(build: BuildReport(diagnostics: [], succeeded: true), isFull: plan.isFull, seconds: 0)
        var detail: [(String, Double)] = []
        var stamp = DispatchTime.now().uptimeNanoseconds
        func lap(_ name: String) {
            detail.append((name, Self.seconds(since: stamp)))
            stamp = DispatchTime.now().uptimeNanoseconds
        }
        let outcome: Result<Void, Error> = timed("render+write") {
            do {
                try prepareOutputFolder(clean: changed == nil)
                let renderer = SiteRenderer(input: input)
                // The edited pages first, so the page being looked at is on disk soonest.
                let edited = Set(pendingDirty.compactMap { site.pagesByContentPath[$0] })
                let indexes = plan.isFull ? Array(site.pages.indices) : plan.pages.sorted { (edited.contains($0) ? 0 : 1, $0) < (edited.contains($1) ? 0 : 1, $1) }
                let results = Parallel.map(indexes.count) { position -> Result<(String, OutputDigest, Bool), Error> in
                    Result { try self.writeIfChanged(renderer.renderPage(indexes[position])) }
                }
                var pageOutputs: [String: String] = [:]
                for page in site.pages { pageOutputs[page.sitePath] = page.sitePath + "index.html" }
                var writtenFiles: [String] = []
                for result in results {
                    let (path, digest, didWrite) = try result.get()
                    written[path] = digest
                    if didWrite { writtenFiles.append(path) }
                }
                lap("pages")
                var others = Set<String>()
                var reusedExports: [String] = []
                let siteFiles = renderer.renderSiteFiles(
                    sitemap: sitemap(site, plan: plan, extraEntries: renderer.tagSitemapEntries()),
                    searchIndex: { searchIndex(site, markdown: markdown, language: $0, plan: plan) },
                    exports: exports(renderer, plan: plan, reused: &reusedExports))
                others.formUnion(reusedExports)
                lap("site files")
                for file in siteFiles {
                    let (path, digest, didWrite) = try writeIfChanged(file)
                    written[path] = digest
                    others.insert(path)
                    if didWrite { writtenFiles.append(path) }
                }
                try copy(theme.assets, refresh: changed == nil || pendingAssets, into: &others, written: &writtenFiles)
                try copy(folder: staticFolder, prefix: "", refresh: changed == nil || pendingStatic, into: &others, written: &writtenFiles)
                for resource in site.resources {
                    let data = try Data(SiteFileReader(siteFolder: options.siteFolder, limits: site.config.fileLimits).read(options.siteFolder.path + "/" + resource.sourcePath))
                    let (path, digest, didWrite) = try writeIfChanged(OutputFile(path: resource.sitePath, data: data))
                    written[path] = digest
                    others.insert(path)
                    if didWrite { writtenFiles.append(path) }
                }

                lap("write site files")
                let deleted = deleteFiles(notIn: Set(pageOutputs.values).union(others))
                lap("clean up")
                sessionReport.renderedPages = indexes.map { site.pages[$0].sitePath }.sorted()
                sessionReport.writtenFiles = writtenFiles.sorted()
                sessionReport.deletedFiles = deleted.sorted()
                last = GoodBuild(
                    site: site, markdown: markdown, references: references, programme: programme,
                    pageOutputs: pageOutputs, otherOutputs: others, templateSources: templateSources,
                    linkDiagnostics: linkDiagnostics.items, markdownDiagnostics: markdownDiagnostics,
                    programmeParts: programmeParts)
                pendingDirty = []
                pendingFullRender = false
                pendingAssets = false
                pendingStatic = false
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        var build = BuildReport(diagnostics: diagnostics.sorted, succeeded: true)
        build.site = site
        build.stageTimes = times
        sessionReport.renderTimes = detail
        build.filesWritten = sessionReport.writtenFiles.count
        if case .failure(let error) = outcome {
            report(writeFailure: error, in: &diagnostics, build: &build)
            build.diagnostics = diagnostics.sorted
            build.succeeded = false
        }
        sessionReport.build = build
        return sessionReport
    }

    var loadDiagnostics: [Diagnostic] = []
    /// Per-page Markdown diagnostics of the current run, kept with a good build.
    var markdownDiagnostics: [[Diagnostic]] = []

    var outputFolder: URL { options.resolvedOutputFolder.standardizedFileURL }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
