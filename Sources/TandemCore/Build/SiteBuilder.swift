import Foundation

/// `tandem build` and `tandem check`: the `StageRunner` with nothing cached, then
/// render → write into a staging folder swapped in whole. Any error of any stage
/// stops the build before anything is written.
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
            if let site { _ = summarize(site, into: &report) }
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

        // config → theme → load → parse → link → references → markdown → programme → link check
        var cache = NoStageCache()
        // Only a build that renders lets texts go: `check` hands its site to the caller whole.
        cache.releasesTexts = options.writeOutput
        var run = StageRunner(options: options).check(cache: &cache)
        diagnostics.append(contentsOf: run.diagnostics.items)
        times = run.times
        guard var checked = run.checked else { return failed(site: run.site) }
        // The checked site is the only copy from here, so that its pages can give up their texts.
        run = StageRun()
        var pageHTML: HandOffSlots<String>?
        if options.writeOutput {
            for (index, body) in cache.takeBodiesForRender() { checked.site.pages[index].body = body }
            pageHTML = Self.handingOverHTML(&checked.markdown)
        }
        let staticFolder = options.siteFolder.appendingPathComponent("static", isDirectory: true)
        guard !diagnostics.hasErrors, let theme = checked.theme else { return failed(site: checked.site) }

        var report = BuildReport(diagnostics: finalDiagnostics(diagnostics), succeeded: true)
        let status = summarize(checked.site, into: &report)
        guard options.writeOutput else {
            report.site = checked.site
            report.stageTimes = times
            return report
        }
        // The summary's states say which pages are stale: no source is hashed twice.
        let translationLag = TranslationLag(siteFolder: options.siteFolder, states: status)

        // The render reads no file's text, and a body only to cut an agenda's schedule out
        // (`AgendaProse`) or to count what changed in a stale translation's source: the rest
        // is let go before the pages are rendered (the report takes the site after, so that
        // the checked site is the only copy while its pages give up their texts).
        let programme = checked.programme, staleSources = translationLag.sourcesRead
        checked.site.releaseTexts { index in
            staleSources?.contains(index) ?? true || programme.agendas[index].map(AgendaProse.readsBody) == true
        }
        let site = checked.site
        report.site = site

        // render + write: pages are rendered and written in the same parallel
        // pass so that a 50k-page site never holds all its HTML in memory.
        var input = RenderInput(site: site, markdown: checked.markdown, theme: theme, buildDate: options.buildDate, bodySuffix: options.bodySuffix)
        input.pageHTML = pageHTML
        input.references = checked.references
        input.programme = programme
        input.tags = checked.tags
        input.translationLag = translationLag
        // Each step of the write timed on its own (`TANDEM_TIMINGS` prints them).
        var steps = StepTimes()
        let outcome: Result<Int, Error> = timed("render+write", {
            Result {
                let writer = try OutputWriter(outputFolder: options.resolvedOutputFolder, keepsSpare: options.keepsSpare ?? site.config.keepsSpareOutput)
                do {
                    let renderer = SiteRenderer(input: input)
                    let written = try SiteWriter(renderer: renderer, sink: writer)
                        .write(pages: Array(site.pages.indices), siteFiles: renderer.renderSiteFiles, siteFolder: options.siteFolder, staticFolder: staticFolder,
                               lap: { steps.lap($0) })
                    return site.pages.count + written.siteFileCount
                } catch {
                    writer.discard()
                    throw error
                }
            }
        })
        // Indented: the CLI prints them after "render+write", of which they are parts.
        report.stageTimes = times + steps.steps.map { ("  " + $0.0, $0.1) }
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

    private func finalDiagnostics(_ bag: DiagnosticBag) -> [Diagnostic] { bag.sorted }

    /// Moves each page's HTML out of `markdown` into slots that the page's render takes it
    /// from (a build renders each page once), so the HTML is gone by the time the search
    /// index and the other site files are made.
    private static func handingOverHTML(_ markdown: inout [RenderedMarkdown]) -> HandOffSlots<String> {
        var html: [String?] = Array(repeating: nil, count: markdown.count)
        for index in markdown.indices {
            html[index] = markdown[index].html
            markdown[index].html = ""
        }
        return HandOffSlots(html)
    }

    /// Fills in the report's counts; returns the translation states it counted.
    private func summarize(_ site: Site, into report: inout BuildReport) -> StatusReport {
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
        return status
    }
}
