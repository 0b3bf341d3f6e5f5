import Foundation

/// The dev server's `StageCache`: every file's source, parse result, Markdown and
/// programme data kept between rebuilds, and the last good build, so that a rebuild
/// re-reads only the changed files, reuses the results of the others and, when only
/// the text of pages changed, patches the last site instead of linking it again.
struct SessionStageCache: StageCache {
    let siteFolder: URL

    var config: SiteConfig?
    var theme: Theme?
    var templateSources: [String: String] = [:]
    /// content path → the file as last read.
    var sources: [String: SourceFile] = [:]
    /// `sources`' paths in order, kept while no file comes or goes: sorting 10k paths on
    /// every edit was most of a one-page rebuild's load stage.
    private var orderedPaths: [String]?
    /// content path → the parse result of `sources[path]`.
    var parsed: [String: ParsedSource] = [:]
    /// content path → Markdown of that file's page, valid while the file and the link map are unchanged.
    var markdownCache: [String: CachedMarkdown] = [:]
    /// content path → that page's agenda, partner list or event list, valid like `markdownCache`.
    var programmeCache: [String: (ProgrammeStage.PageProgramme, [Diagnostic])] = [:]
    /// site path → content paths of the pages that link there, for re-checking links after an edit.
    var linkers: [String: Set<String>] = [:]
    var loadDiagnostics: [Diagnostic] = []
    /// The last good build.
    var last: GoodBuild?
    /// What changed since the last good build: a failed build keeps them for the next one.
    var pendingDirty = Set<String>()
    var pendingFullRender = false
    var pendingAssets = false
    var pendingStatic = false

    // What this run found, for the stages after the one that found it.
    /// The changed paths this run was started for.
    var change = ChangedInputs(paths: nil, theme: nil)
    /// Content paths whose file differs from the last run's.
    var dirty = Set<String>()
    /// The site is the last good one with changed pages swapped in (same pages, same places).
    var isPatched = false
    /// A content file is gone or publishes at another URL since the last good build.
    var moved = true
    var linkDiagnostics: [Diagnostic] = []
    /// Per-page Markdown diagnostics of the current run, kept with a good build.
    var markdownDiagnostics: [[Diagnostic]] = []
    var programmeParts = ProgrammeParts()

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

    init(siteFolder: URL) { self.siteFolder = siteFolder }

    /// Drops every kept result, so the next run reads everything.
    mutating func forgetEverything() {
        config = nil
        theme = nil
        sources = [:]
        orderedPaths = nil
        parsed = [:]
        markdownCache = [:]
        programmeCache = [:]
    }

    /// Starts a run for the given changed paths (nil: a full build). A config change starts
    /// over: true when it does.
    @discardableResult
    mutating func begin(changed: Set<String>?) -> Bool {
        change = ChangedInputs(paths: changed, theme: config?.theme)
        dirty = []
        isPatched = false
        moved = true
        linkDiagnostics = []
        guard config == nil || change.config else { return false }
        forgetEverything()
        last = nil
        return true
    }

    /// A good build was written: it becomes the one the next run starts from.
    mutating func keep(_ build: GoodBuild) {
        last = build
        pendingDirty = []
        pendingFullRender = false
        pendingAssets = false
        pendingStatic = false
    }

    // MARK: StageCache

    mutating func config(_ load: () -> SiteConfig?) -> SiteConfig? {
        if config == nil { config = load() }
        return config
    }

    /// A theme change reloads the theme.
    mutating func theme(_ load: (inout DiagnosticBag) -> Theme?, diagnostics: inout DiagnosticBag) -> Theme? {
        var themeDiagnostics = DiagnosticBag()
        if theme == nil || change.theme {
            theme = load(&themeDiagnostics)
            templateSources = theme?.templateSources ?? [:]
        }
        if change.themeNeedsFullRender { pendingFullRender = true }
        if change.assets { pendingAssets = true }
        if change.staticFiles { pendingStatic = true }
        diagnostics.append(contentsOf: themeDiagnostics.items)
        return theme
    }

    /// All files the first time; afterwards only the changed ones.
    mutating func sources(_ scanner: ContentScanner, diagnostics: inout DiagnosticBag) -> [SourceFile] {
        if sources.isEmpty || change.needsRescan(contentFolder: siteFolder.appendingPathComponent("content")) {
            var scanDiagnostics = DiagnosticBag()
            let files = scanner.scan(into: &scanDiagnostics)
            var fresh: [String: SourceFile] = [:]
            for file in files { fresh[file.contentPath] = file }
            for (path, file) in fresh where sources[path] != file { dirty.insert(path) }
            for path in sources.keys where fresh[path] == nil { dirty.insert(path) }
            sources = fresh
            orderedPaths = nil
            loadDiagnostics = scanDiagnostics.items
        } else {
            let contentFolder = siteFolder.appendingPathComponent("content", isDirectory: true)
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
                if (sources[path] == nil) != (file == nil) { orderedPaths = nil }
                sources[path] = file
            }
            loadDiagnostics = scanDiagnostics.items
        }
        diagnostics.append(contentsOf: loadDiagnostics)
        pendingDirty.formUnion(dirty)
        let paths = orderedPaths ?? sources.keys.sorted()
        orderedPaths = paths
        return paths.compactMap { sources[$0] }
    }

    /// Parses only what changed.
    mutating func pages(of files: [SourceFile], diagnostics: inout DiagnosticBag) -> [Page] {
        let toParse = files.filter { parsed[$0.contentPath] == nil || dirty.contains($0.contentPath) }
        let results = Parallel.map(toParse.count) { index -> ParsedSource in
            var local = DiagnosticBag()
            let page = PageParser().parse(toParse[index], diagnostics: &local)
            return ParsedSource(page: page, diagnostics: local.items)
        }
        for (file, result) in zip(toParse, results) { parsed[file.contentPath] = result }
        for path in parsed.keys where sources[path] == nil { parsed[path] = nil }
        for file in files { diagnostics.append(contentsOf: parsed[file.contentPath]?.diagnostics ?? []) }
        return files.compactMap { parsed[$0.contentPath]?.page }
    }

    /// When only the text of pages changed (not what places or orders them), the last
    /// site with those pages swapped in; otherwise the whole site again.
    mutating func site(link: (inout DiagnosticBag) -> Site, diagnostics: inout DiagnosticBag) -> Site {
        var found = DiagnosticBag()
        let site: Site
        if let last, let patched = patched(last.site, changed: pendingDirty) {
            found.append(contentsOf: last.linkDiagnostics)
            isPatched = true
            site = patched
        } else {
            site = link(&found)
        }
        linkDiagnostics = found.items
        diagnostics.append(contentsOf: found.items)
        return site
    }

    /// The last good build had no broken link; unless pages moved or files came and went, only
    /// the changed pages and the pages linking to them can have one now.
    mutating func checkLinks(_ checker: InternalLinkChecker, diagnostics: inout DiagnosticBag) {
        let site = checker.site
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
}
