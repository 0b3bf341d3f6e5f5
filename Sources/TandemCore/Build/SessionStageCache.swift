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
    /// `sources`' files in path order, kept while no file comes or goes (sorting 10k paths
    /// on every edit was most of a one-page rebuild's load stage); an edited file is
    /// replaced in its place.
    var orderedFiles: [SourceFile]?
    /// content path → its place in `orderedFiles`.
    var filePositions: [String: Int] = [:]
    /// content path → the parse result of `sources[path]`.
    var parsed: [String: ParsedSource] = [:]
    /// The pages of `orderedFiles` that parse, in order, with each one's place, and the parse
    /// diagnostics of all files in order: kept, so that an edit that leaves every file parsing
    /// costs the edited files only (walking 10k results was 5 % of a one-page rebuild).
    var orderedPages: [Page]?
    var pagePositions: [String: Int] = [:]
    var parseDiagnostics: [Diagnostic] = []
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
    /// The files besides pages that this run's link check knew of (kept with a good build).
    var checkedOtherFiles = Set<String>()
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
        /// Output paths of everything that is not a page (site files, assets, static files).
        var otherOutputs: Set<String>
        var templateSources: [String: String]
        /// What the link stage reported (warnings only, or the build would not be good).
        var linkDiagnostics: [Diagnostic]
        /// Each page's Markdown diagnostics, by page index.
        var markdownDiagnostics: [[Diagnostic]]
        var programmeParts: ProgrammeParts
        var tags: TagIndex
        /// The static files and theme asset files it wrote (paths within their folders).
        var staticFiles: [String]
        var assetFiles: [String]
        /// The files besides pages its link check knew of (`InternalLinkChecker.otherFiles`).
        var otherFiles: Set<String>
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
        orderedFiles = nil
        parsed = [:]
        orderedPages = nil
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
        checkedOtherFiles = checker.otherFiles
        if !checkAll {
            func addLinkers(_ target: String) {
                for linker in linkers[target] ?? [] {
                    if let other = site.pagesByContentPath[linker] { indexes.insert(other) }
                }
            }
            for path in pendingDirty {
                guard let index = site.pagesByContentPath[path] else { continue }
                indexes.insert(index)
                addLinkers(site.pages[index].sitePath)
            }
            // A file gone since the last good build (a tag page whose last page dropped the
            // tag): the pages that linked to it.
            if let goodOtherFiles = last?.otherFiles, goodOtherFiles != checker.otherFiles {
                for gone in goodOtherFiles.subtracting(checker.otherFiles) {
                    addLinkers(gone)
                    if gone.hasSuffix("/index.html") { addLinkers(String(gone.dropLast("index.html".count))) }
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
