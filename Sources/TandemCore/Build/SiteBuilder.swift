import Foundation

/// The pipeline: load → parse → link → markdown → render → write, each stage a
/// value handed to the next. Every stage adds its diagnostics; any error stops
/// the build before anything is written.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    public func build() -> BuildReport {
        var diagnostics = DiagnosticBag()
        var times: [(String, Double)] = []
        func timed<T>(_ stage: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            times.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        func failed(site: Site? = nil) -> BuildReport {
            var report = BuildReport(diagnostics: finalDiagnostics(diagnostics), succeeded: false)
            report.stageTimes = times
            report.site = site
            if let site { summarize(site, into: &report) }
            return report
        }

        // The output folder first: a refused one stops the build before anything is touched.
        if options.writeOutput {
            do {
                try options.outputFolderPolicy.check(options.resolvedOutputFolder)
            } catch let refusal as OutputFolderError {
                diagnostics.append(refusal.diagnostic)
                var report = failed()
                report.outputFolderError = refusal
                return report
            } catch {}
        }

        // load
        guard let config = timed("config", { SiteConfigLoader(siteFolder: options.siteFolder).load(baseURLOverride: options.baseURL, diagnostics: &diagnostics) }) else {
            return failed()
        }
        let theme = timed("theme", { ThemeLoader(siteFolder: options.siteFolder, config: config).load(diagnostics: &diagnostics) })
        let files = timed("load", {
            ContentScanner(siteFolder: options.siteFolder, config: config)
                .scan(into: &diagnostics)
        })

        // parse
        let parsed = timed("parse", {
            Parallel.map(files.count) { index -> (Page?, [Diagnostic]) in
                var local = DiagnosticBag()
                let page = PageParser().parse(files[index], diagnostics: &local)
                return (page, local.items)
            }
        })
        for (_, items) in parsed { diagnostics.append(contentsOf: items) }

        // link
        var linked = timed("link", { SiteLinker(config: config, includeDrafts: options.includeDrafts).link(parsed.compactMap(\.0), diagnostics: &diagnostics) })
        linked.resources = BundleResources(site: linked, siteFolder: options.siteFolder).collect()
        let site = linked

        // programme cross-references (by translation key)
        let references = timed("references", { ProgrammeReferences(site: site, diagnostics: &diagnostics) })
        theme?.checkLayouts(of: site.pages, diagnostics: &diagnostics)

        // markdown
        let markdown = timed("markdown", { renderMarkdown(site, diagnostics: &diagnostics) })

        // programme: agendas, partner lists, event timelines
        let programme = timed("programme", { ProgrammeStage(site: site, markdown: markdown).run(diagnostics: &diagnostics) })

        // check links: every internal link and anchor must lead somewhere
        let staticFolder = options.siteFolder.appendingPathComponent("static", isDirectory: true)
        let staticFiles = SiteFileReader(siteFolder: options.siteFolder, limits: config.fileLimits)
            .staticFiles(siteFolder: options.siteFolder, config: config, diagnostics: &diagnostics)
        timed("links", {
            var otherFiles = InternalLinkChecker.filesBesidePages(
                languageCodes: config.languageCodes, staticFiles: staticFiles, assets: theme?.assets ?? [])
                .union(site.resources.map(\.sitePath))
            // Tag pages are written too: links and menu entries may lead to them.
            for path in TagIndex(site: site, theme: theme).sitePaths { otherFiles.insert(path + "index.html") }
            InternalLinkChecker(site: site, markdown: markdown, otherFiles: otherFiles).check(diagnostics: &diagnostics)
            NavigationLinkChecker(site: site, otherFiles: otherFiles).check(diagnostics: &diagnostics)
            // Every file the write will make, each path claimed once.
            OutputPathTable.check(site: site, programme: programme, theme: theme, staticFiles: staticFiles, diagnostics: &diagnostics)
        })

        if options.strict { diagnostics = diagnostics.promotingWarnings() }
        guard !diagnostics.hasErrors, let theme else { return failed(site: site) }

        var report = BuildReport(diagnostics: finalDiagnostics(diagnostics), succeeded: true)
        report.site = site
        summarize(site, into: &report)
        guard options.writeOutput else {
            report.stageTimes = times
            return report
        }

        // render + write: pages are rendered and written in the same parallel
        // pass so that a 50k-page site never holds all its HTML in memory.
        var input = RenderInput(site: site, markdown: markdown, theme: theme, buildDate: options.buildDate, bodySuffix: options.bodySuffix)
        input.references = references
        input.programme = programme
        let outcome: Result<Int, Error> = timed("render+write", {
            do {
                let writer = try OutputWriter(outputFolder: options.resolvedOutputFolder)
                let renderer = SiteRenderer(input: input)
                let failures = Parallel.map(site.pages.count) { index -> (any Error)? in
                    do {
                        try writer.write(renderer.renderPage(index))
                        return nil
                    } catch {
                        return error
                    }
                }.compactMap { $0 }
                if let failure = failures.first {
                    writer.discard()
                    return .failure(failure)
                }
                let siteFiles = renderer.renderSiteFiles()
                do {
                    // ~10k small files at 10k pages (calendars, schedules, indexes): written on
                    // every core, as the pages are. Only when no two share a path, since then the
                    // order of writing cannot change what ends up on disk.
                    if Set(siteFiles.map(\.path)).count == siteFiles.count {
                        let failures = Parallel.map(siteFiles.count) { index -> (any Error)? in
                            do {
                                try writer.write(siteFiles[index])
                                return nil
                            } catch {
                                return error
                            }
                        }.compactMap { $0 }
                        if let failure = failures.first { throw failure }
                    } else {
                        for file in siteFiles { try writer.write(file) }
                    }
                    try writer.write(theme.assets)
                    if !staticFiles.isEmpty { try writer.copyFolder(staticFolder, to: "") }
                    for resource in site.resources {
                        let data = try Data(SiteFileReader(siteFolder: options.siteFolder, limits: site.config.fileLimits).read(options.siteFolder.path + "/" + resource.sourcePath))
                        try writer.write(OutputFile(path: resource.sitePath, data: data))
                    }
                    try writer.commit()
                } catch {
                    writer.discard()
                    return .failure(error)
                }
                return .success(site.pages.count + siteFiles.count)
            } catch {
                return .failure(error)
            }
        })
        report.stageTimes = times
        switch outcome {
        case .success(let count):
            report.filesWritten = count
        case .failure(let error):
            let failure = WriteError(error, path: options.resolvedOutputFolder.path)
            diagnostics.error(SourceLocation(path: options.resolvedOutputFolder.path), "could not write the site: \(failure.message)", hint: failure.hint)
            report.diagnostics = finalDiagnostics(diagnostics)
            report.succeeded = false
        }
        if options.keepsResultsUntilExit { ProcessLifetime.keep(input) }
        return report
    }

    private func renderMarkdown(_ site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: site.config.allowRawHTML)
        let results = Parallel.map(site.pages.count) { index in renderer.render(site.pages[index]) }
        for (_, items) in results { diagnostics.append(contentsOf: items) }
        return results.map(\.0)
    }

    private func finalDiagnostics(_ bag: DiagnosticBag) -> [Diagnostic] { bag.sorted }

    private func summarize(_ site: Site, into report: inout BuildReport) {
        report.pagesPerLanguage = site.config.languages.map { language in
            (language.code, site.pages.indices.count { site.pages[$0].languageCode == language.code && site.pages[$0].kind == .regular })
        }
        var untranslated: [BuildReport.Untranslated] = []
        for key in site.translations.keys.sorted() {
            guard let versions = site.translations[key], let first = versions.values.min() else { continue }
            guard site.pages[first].kind == .regular else { continue }
            // Pages that stay in one language on purpose are not waiting for a translation.
            let missing = site.config.languageCodes.filter { versions[$0] == nil && !site.isSingleLanguage(key, in: $0) }
            if !missing.isEmpty {
                untranslated.append(.init(translationKey: key, path: site.pages[first].displayPath, missingLanguages: missing))
            }
        }
        report.untranslated = untranslated
        let status = StatusReport(site: site, currentHashes: false, reviews: false)
        report.missingTranslations = status.missingCount
        report.staleTranslations = status.staleCount
    }
}
