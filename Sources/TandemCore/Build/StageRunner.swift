import Foundation

/// The stages of every command, written once: config → theme → load → parse → link →
/// references → Markdown → programme → link check and output path table. `build`,
/// `serve`, `check`, `review`, `status` and `translate` differ only in the `StageCache`
/// they pass (nothing kept, or serve's results of the last run) and in where they stop;
/// rendering and writing come after, from the `CheckedSite`.
///
/// Every stage adds its diagnostics; none stops the run but a missing config, so that
/// all errors of a build are reported at once.
struct StageRunner {
    var options: BuildOptions

    /// config → (theme) → load → parse → link: what `status`, `review` and `translate` read.
    func link<Cache: StageCache>(cache: inout Cache, loadingTheme: Bool = true) -> StageRun {
        var run = StageRun()
        var diagnostics = DiagnosticBag()
        guard let config = timed("config", &run.times, { cache.config { SiteConfigLoader(siteFolder: options.siteFolder).load(baseURLOverride: options.baseURL, diagnostics: &diagnostics) } }) else {
            run.diagnostics = diagnostics
            return run
        }
        run.config = config
        if loadingTheme {
            run.theme = timed("theme", &run.times) {
                cache.theme({ ThemeLoader(siteFolder: options.siteFolder, config: config).load(diagnostics: &$0) }, diagnostics: &diagnostics)
            }
        }
        let scanner = ContentScanner(siteFolder: options.siteFolder, config: config)
        let files = timed("load", &run.times) { cache.sources(scanner, diagnostics: &diagnostics) }
        let pages = timed("parse", &run.times) { cache.pages(of: files, diagnostics: &diagnostics) }
        let linker = SiteLinker(config: config, includeDrafts: options.includeDrafts)
        let siteFolder = options.siteFolder
        run.site = timed("link", &run.times) {
            cache.site(link: {
                // Bundle files come with the pages they sit beside; a kept site keeps its own.
                var linked = linker.link(pages, diagnostics: &$0)
                linked.resources = BundleResources(site: linked, siteFolder: siteFolder).collect()
                return linked
            }, diagnostics: &diagnostics)
        }
        run.diagnostics = diagnostics
        return run
    }

    /// Every stage before render. The result's `checked` is set when the config could be
    /// read; the site is ready to render when `diagnostics` holds no error.
    func check<Cache: StageCache>(cache: inout Cache) -> StageRun {
        var run = link(cache: &cache)
        guard let config = run.config, let site = run.site else { return run }
        let theme = run.theme
        var diagnostics = run.diagnostics

        // programme cross-references (by translation key)
        let references = timed("references", &run.times) {
            cache.references(of: site, make: { ProgrammeReferences(site: site, diagnostics: &$0) }, diagnostics: &diagnostics)
        }
        theme?.checkLayouts(of: site.pages, diagnostics: &diagnostics)

        var markdown = timed("markdown", &run.times) { cache.markdown(of: site, diagnostics: &diagnostics) }
        // agendas, partner lists, event timelines
        let programme = timed("programme", &run.times) { cache.programme(of: site, markdown: markdown, diagnostics: &diagnostics) }

        // check links: every internal link and anchor must lead somewhere
        let staticFiles = SiteFileReader(siteFolder: options.siteFolder, limits: config.fileLimits)
            .staticFiles(siteFolder: options.siteFolder, config: config, diagnostics: &diagnostics)
        // Made once a run: the link check, the output path table and the render all read it.
        let tags = cache.tags(of: site) { TagIndex(site: site, theme: theme) }
        timed("links", &run.times) {
            var otherFiles = InternalLinkChecker.filesBesidePages(
                languageCodes: config.languageCodes, staticFiles: staticFiles, assets: theme?.assets ?? [])
                .union(site.resources.map(\.sitePath))
            // Tag pages are written too: links and menu entries may lead to them.
            for path in tags.sitePaths { otherFiles.insert(path + "index.html") }
            cache.checkLinks(InternalLinkChecker(site: site, markdown: markdown, otherFiles: otherFiles), diagnostics: &diagnostics)
            // Only the link check reads the links: a cache that keeps nothing lets them go here.
            if !cache.keepsLinks {
                for index in markdown.indices {
                    markdown[index].links = []
                    markdown[index].footnoteIDs = []
                }
            }
            // The settings' links are few: checked on every build, whatever the cache kept.
            NavigationLinkChecker(site: site, otherFiles: otherFiles).check(diagnostics: &diagnostics)
            // Every file the write will make, each path claimed once.
            cache.checkOutputPaths(site: site, programme: programme, theme: theme, tags: tags, staticFiles: staticFiles, diagnostics: &diagnostics)
        }
        run.checked = CheckedSite(
            config: config, theme: theme, site: site, references: references,
            markdown: markdown, programme: programme, tags: tags, staticFiles: staticFiles)
        run.diagnostics = options.strict ? diagnostics.promotingWarnings() : diagnostics
        return run
    }

    private func timed<T>(_ stage: String, _ times: inout [(String, Double)], _ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        times.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}
