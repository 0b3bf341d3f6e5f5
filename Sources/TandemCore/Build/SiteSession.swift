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
    public let options: BuildOptions
    private let lock = NSLock()

    private var config: SiteConfig?
    private var theme: Theme?
    private var templateSources: [String: String] = [:]
    /// content path → the file as last read.
    private var sources: [String: SourceFile] = [:]
    /// content path → the parse result of `sources[path]`.
    private var parsed: [String: ParsedSource] = [:]
    /// content path → Markdown of that file's page, valid while the file and the link map are unchanged.
    private var markdownCache: [String: CachedMarkdown] = [:]
    /// content path → that page's agenda, partner list or event list, valid like `markdownCache`.
    private var programmeCache: [String: (ProgrammeStage.PageProgramme, [Diagnostic])] = [:]
    /// page id → its `<url>` entry in the sitemap.
    private var sitemapEntries: [String: String] = [:]
    /// page id → its entry in the search index, as JSON.
    private var searchFragments: [String: Data] = [:]
    /// content path → the calendar and JSON exports its agenda or event list wrote.
    private var exportPaths: [String: [String]] = [:]
    /// site path → content paths of the pages that link there, for re-checking links after an edit.
    private var linkers: [String: Set<String>] = [:]
    /// The last good build.
    private var last: GoodBuild?
    /// What changed since the last good build: a failed build keeps them for the next one.
    private var pendingDirty = Set<String>()
    private var pendingFullRender = false
    private var pendingAssets = false
    private var pendingStatic = false
    /// Output path → hash of the bytes written there.
    private var written: [String: OutputDigest] = [:]

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
        searchFragments = [:]
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
            templateSources = readTemplates(config)
        }
        if change.themeNeedsFullRender { pendingFullRender = true }
        if change.assets { pendingAssets = true }
        if change.staticFiles { pendingStatic = true }
        diagnostics.append(contentsOf: themeDiagnostics.items)

        // load: all files the first time; afterwards only the changed ones.
        let scanner = ContentScanner(siteFolder: options.siteFolder, languageCodes: config.languageCodes, defaultLanguageCode: config.defaultLanguageCode)
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
                // Keep the load errors of files that did not change.
                for diagnostic in loadDiagnostics where !change.contentPaths.contains(String(diagnostic.location.path.dropFirst("content/".count))) {
                    scanDiagnostics.append(diagnostic)
                }
                for rawPath in change.contentPaths {
                    // Pages are keyed by the NFC spelling of their path, as ContentScanner does.
                    let path = rawPath.precomposedStringWithCanonicalMapping
                    let file = FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(rawPath).path)
                        ? scanner.load(contentPath: path, readingFrom: rawPath, contentFolder: contentFolder, diagnostics: &scanDiagnostics) : nil
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
            return SiteLinker(config: config, includeDrafts: options.includeDrafts).link(paths.compactMap { parsed[$0]?.page }, diagnostics: &linkDiagnostics)
        }
        diagnostics.append(contentsOf: linkDiagnostics.items)
        let references = timed("references") { ProgrammeReferences(site: site, diagnostics: &diagnostics) }

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
        let staticFiles = ThemeLoader.files(under: staticFolder, extension: "")
        timed("links") {
            let otherFiles = InternalLinkChecker.filesBesidePages(
                languageCodes: config.languageCodes, staticFiles: staticFiles, assetsFolder: theme?.assetsFolder)
            let checker = InternalLinkChecker(site: site, markdown: markdown, otherFiles: otherFiles)
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
        }

        if options.strict { diagnostics = diagnostics.promotingWarnings() }
        guard !diagnostics.hasErrors, let theme else { return failed(site) }

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
                    sitemap: sitemap(site, plan: plan),
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
                if let assets = theme.assetsFolder {
                    try copy(folder: assets, prefix: "assets", refresh: changed == nil || pendingAssets, into: &others, written: &writtenFiles)
                }
                try copy(folder: staticFolder, prefix: "", refresh: changed == nil || pendingStatic, into: &others, written: &writtenFiles)

                lap("write site files")
                // Files the site no longer produces.
                let produced = Set(pageOutputs.values).union(others)
                var deleted: [String] = []
                for path in written.keys where !produced.contains(path) {
                    try? FileManager.default.removeItem(at: try OutputWriter.safeURL(for: path, inside: outputFolder))
                    written[path] = nil
                    deleted.append(path)
                }
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
            diagnostics.error(SourceLocation(path: outputFolder.path), "could not write the site: \(error)")
            build.diagnostics = diagnostics.sorted
            build.succeeded = false
        }
        sessionReport.build = build
        return sessionReport
    }

    private var loadDiagnostics: [Diagnostic] = []

    private var outputFolder: URL { options.resolvedOutputFolder.standardizedFileURL }

    private func prepareOutputFolder(clean: Bool) throws {
        if clean {
            try? FileManager.default.removeItem(at: outputFolder)
            written = [:]
        }
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
    }

    /// Writes a file unless the same bytes are already there. Safe to call
    /// concurrently for distinct paths: it reads `written` but never changes it.
    private func writeIfChanged(_ file: OutputFile) throws -> (String, OutputDigest, Bool) {
        let digest = OutputDigest(count: file.data.count, hash: file.data.withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        })
        if written[file.path] == digest { return (file.path, digest, false) }
        // Atomic, so the server never sends half a file.
        try FileBytes.writeAtomically(file.data, to: try OutputWriter.safeURL(for: file.path, inside: outputFolder))
        return (file.path, digest, true)
    }

    private func copy(folder: URL, prefix: String, refresh: Bool, into produced: inout Set<String>, written writtenFiles: inout [String]) throws {
        for relative in ThemeLoader.files(under: folder, extension: "") {
            let path = prefix.isEmpty ? relative : prefix + "/" + relative
            produced.insert(path)
            guard refresh || written[path] == nil else { continue }
            let (_, digest, didWrite) = try writeIfChanged(OutputFile(path: path, data: try Data(contentsOf: folder.appendingPathComponent(relative))))
            written[path] = digest
            if didWrite { writtenFiles.append(path) }
        }
    }

    /// Per-page Markdown diagnostics of the current run, kept with a good build.
    private var markdownDiagnostics: [[Diagnostic]] = []

    /// The last good build's Markdown with the changed pages rendered again (same page indexes).
    private func patchMarkdown(_ previous: GoodBuild, site: Site, config: SiteConfig, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: config.allowRawHTML)
        var markdown = previous.markdown
        var perPage = previous.markdownDiagnostics
        for path in pendingDirty.sorted() {
            guard let index = site.pagesByContentPath[path] else { continue }
            let result = renderer.render(site.pages[index])
            markdown[index] = result.rendered
            perPage[index] = result.diagnostics
            markdownCache[path] = CachedMarkdown(rendered: result.rendered, diagnostics: result.diagnostics)
        }
        for items in perPage { diagnostics.append(contentsOf: items) }
        markdownDiagnostics = perPage
        return markdown
    }

    /// The last good build's programme data with the changed pages read again and their
    /// translated pairs compared again (same page indexes).
    private func patchProgramme(_ previous: GoodBuild, site: Site, markdown: [RenderedMarkdown], parts: inout ProgrammeParts, diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let stage = ProgrammeStage(site: site, markdown: markdown)
        var data = previous.programme
        parts = previous.programmeParts
        var touched = Set<Int>()
        for path in pendingDirty {
            guard let index = site.pagesByContentPath[path], let kind = ProgrammeKind(page: site.pages[index]) else { continue }
            let result = stage.read(index, kind: kind)
            parts.results[index] = result
            programmeCache[path] = result
            switch result.0 {
            case .agenda(let agenda): data.agendas[index] = agenda
            case .partners(let partners): data.partnerLists[index] = partners
            case .events(let events): data.eventLists[index] = events
            }
            touched.insert(index)
            touched.formUnion(site.translations(of: index))
        }
        for index in touched { parts.comparisons[index] = stage.compareTranslations(of: index, in: data) }
        for result in parts.results.values { diagnostics.append(contentsOf: result.1) }
        for found in parts.comparisons.values { diagnostics.append(contentsOf: found) }
        return data
    }

    private func renderMarkdown(_ site: Site, dirty: Set<String>, config: SiteConfig, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: config.allowRawHTML)
        let cache = markdownCache
        let results = Parallel.map(site.pages.count) { index -> (CachedMarkdown, Bool) in
            let page = site.pages[index]
            if let path = page.source?.contentPath, !dirty.contains(path), let cached = cache[path] { return (cached, false) }
            let result = renderer.render(page)
            return (CachedMarkdown(rendered: result.rendered, diagnostics: result.diagnostics), true)
        }
        // Only new results go into the cache; entries of files that are gone are dropped.
        for (page, (result, isNew)) in zip(site.pages, results) {
            diagnostics.append(contentsOf: result.diagnostics)
            if isNew, let path = page.source?.contentPath { markdownCache[path] = result }
        }
        markdownDiagnostics = results.map(\.0.diagnostics)
        if markdownCache.count > site.pagesByContentPath.count {
            markdownCache = markdownCache.filter { site.pagesByContentPath[$0.key] != nil }
        }
        return results.map(\.0.rendered)
    }

    /// The last good site with the changed pages swapped in, when none of them changed what
    /// places, pairs or orders pages (kind, language, folder, key, slug, title, date, weight,
    /// draft, aliases); nil otherwise.
    private func patched(_ previous: Site, changed: Set<String>) -> Site? {
        var site = previous
        for path in changed {
            guard let index = site.pagesByContentPath[path], let page = parsed[path]?.page else { return nil }
            let old = site.pages[index]
            guard old.kind == .regular, page.kind == old.kind, page.languageCode == old.languageCode,
                  page.sectionPath == old.sectionPath, page.translationKey == old.translationKey, page.slug == old.slug,
                  page.frontMatter.title == old.frontMatter.title, page.frontMatter.date == old.frontMatter.date,
                  page.frontMatter.weight == old.frontMatter.weight, page.frontMatter.draft == old.frontMatter.draft,
                  page.frontMatter.aliases == old.frontMatter.aliases, page.frontMatter.slug == old.frontMatter.slug,
                  ProgrammeKind(page: page) == ProgrammeKind(page: old)
            else { return nil }
            var updated = page
            updated.sitePath = old.sitePath
            site.pages[index] = updated
        }
        return site
    }

    /// The programme stage, reading again only the pages that changed.
    private func readProgramme(_ site: Site, markdown: [RenderedMarkdown], dirty: Set<String>, parts: inout ProgrammeParts, diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let stage = ProgrammeStage(site: site, markdown: markdown)
        let pages = stage.programmePages()
        let cache = programmeCache
        let results = Parallel.map(pages.count) { position -> (ProgrammeStage.PageProgramme, [Diagnostic]) in
            let (index, kind) = pages[position]
            if let path = site.pages[index].source?.contentPath, !dirty.contains(path), let cached = cache[path] { return cached }
            return stage.read(index, kind: kind)
        }
        for ((index, _), result) in zip(pages, results) {
            guard let path = site.pages[index].source?.contentPath, dirty.contains(path) || cache[path] == nil else { continue }
            programmeCache[path] = result
        }
        if programmeCache.count > pages.count {
            let current = Set(pages.compactMap { site.pages[$0.index].source?.contentPath })
            programmeCache = programmeCache.filter { current.contains($0.key) }
        }
        let data = stage.assemble(zip(pages, results).map { ($0.index, $1.0, $1.1) }, diagnostics: &diagnostics)
        // Kept for the next rebuild's fast path; the comparisons cost little next to the stage.
        for ((index, _), result) in zip(pages, results) { parts.results[index] = result }
        for index in data.agendas.keys where site.pages[index].languageCode == site.config.sourceLanguageCode {
            parts.comparisons[index] = stage.compareTranslations(of: index, in: data)
        }
        for index in data.partnerLists.keys where site.pages[index].languageCode == site.config.sourceLanguageCode {
            parts.comparisons[index] = stage.compareTranslations(of: index, in: data)
        }
        return data
    }

    /// The sitemap from the entries of the last build, made again for the pages in the plan.
    private func sitemap(_ site: Site, plan: RebuildPlanner.Plan) -> String {
        let writer = SitemapWriter(site: site)
        let cache = plan.isFull ? [:] : sitemapEntries
        let entries = Parallel.map(site.pages.count) { index -> String in
            if !plan.pages.contains(index), let cached = cache[site.pages[index].id] { return cached }
            return writer.entry(index)
        }
        if plan.isFull {
            sitemapEntries = Dictionary(zip(site.pages.map(\.id), entries), uniquingKeysWith: { a, _ in a })
        } else {
            for index in plan.pages { sitemapEntries[site.pages[index].id] = entries[index] }
        }
        return SitemapWriter.join(entries)
    }

    /// A language's search index from the entries of the last build, made again for the pages in the plan.
    private func searchIndex(_ site: Site, markdown: [RenderedMarkdown], language: String, plan: RebuildPlanner.Plan) -> Data {
        let indexes = SearchIndexWriter.indexes(language: language, site: site)
        let cache = plan.isFull ? [:] : searchFragments
        let fragments = Parallel.map(indexes.count) { position -> Data in
            let index = indexes[position]
            if !plan.pages.contains(index), let cached = cache[site.pages[index].id] { return cached }
            return SearchIndexWriter.fragment(SearchIndexWriter.entry(index, language: language, site: site, markdown: markdown))
        }
        if plan.isFull {
            searchFragments = searchFragments.filter { !$0.key.hasPrefix(language + ":") }
            for (index, fragment) in zip(indexes, fragments) { searchFragments[site.pages[index].id] = fragment }
        } else {
            for (index, fragment) in zip(indexes, fragments) where plan.pages.contains(index) { searchFragments[site.pages[index].id] = fragment }
        }
        return SearchIndexWriter.join(fragments)
    }

    /// Calendar and JSON exports of the pages in the plan; the others' files stay as written
    /// (their paths go to `reused`).
    private func exports(_ renderer: SiteRenderer, plan: RebuildPlanner.Plan, reused: inout [String]) -> [OutputFile] {
        let site = renderer.input.site
        let programme = renderer.input.programme
        var files: [OutputFile] = []
        var fresh: [String: [String]] = [:]
        let pages = programme.agendas.keys.sorted().map { ($0, true) } + programme.eventLists.keys.sorted().map { ($0, false) }
        for (index, isAgenda) in pages {
            let path = site.pages[index].source?.contentPath ?? site.pages[index].id
            if !plan.isFull, !plan.pages.contains(index), let known = exportPaths[path], known.allSatisfy({ written[$0] != nil }) {
                reused += known
                fresh[path] = known
                continue
            }
            let made = isAgenda ? renderer.agendaExports(index) : renderer.eventListExports(index)
            files += made
            fresh[path] = made.map(\.path)
        }
        exportPaths = fresh
        return files
    }

    private func readTemplates(_ config: SiteConfig) -> [String: String] {
        let folder = options.siteFolder.appendingPathComponent("themes/\(config.theme)/templates", isDirectory: true)
        var result: [String: String] = [:]
        for relative in ThemeLoader.files(under: folder, extension: "mustache") {
            let name = String(relative.split(separator: "/").last ?? "").replacingOccurrences(of: ".mustache", with: "")
            result[name] = (try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        }
        return result
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
