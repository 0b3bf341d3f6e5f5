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

        // config → theme → load → parse → link → references → markdown → programme → link check
        var cache = NoStageCache()
        let run = StageRunner(options: options).check(cache: &cache)
        diagnostics.append(contentsOf: run.diagnostics.items)
        times = run.times
        guard let checked = run.checked else { return failed(site: run.site) }
        let site = checked.site, markdown = checked.markdown, staticFiles = checked.staticFiles
        let staticFolder = options.siteFolder.appendingPathComponent("static", isDirectory: true)
        guard !diagnostics.hasErrors, let theme = checked.theme else { return failed(site: site) }

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
        input.references = checked.references
        input.programme = checked.programme
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

    private func finalDiagnostics(_ bag: DiagnosticBag) -> [Diagnostic] { bag.sorted }

    private func summarize(_ site: Site, into report: inout BuildReport) {
        report.pagesPerLanguage = site.config.languages.map { language in
            (language.code, site.pages.indices.count { site.pages[$0].languageCode == language.code && site.pages[$0].kind == .regular })
        }
        var untranslated: [BuildReport.Untranslated] = []
        for key in site.translations.keys.sorted() {
            guard let versions = site.translations[key], let first = versions.values.min() else { continue }
            guard site.pages[first].kind == .regular else { continue }
            let missing = site.config.languageCodes.filter { versions[$0] == nil }
            if !missing.isEmpty {
                untranslated.append(.init(translationKey: key, path: site.pages[first].displayPath, missingLanguages: missing))
            }
        }
        report.untranslated = untranslated
        let status = StatusReport(site: site, currentHashes: false)
        report.missingTranslations = status.missingCount
        report.staleTranslations = status.staleCount
    }
}
