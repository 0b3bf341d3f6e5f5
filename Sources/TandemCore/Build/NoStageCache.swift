/// The cache of a one-shot build: keeps nothing, so every stage runs whole, on every
/// core. Stateless, so the runner specialised for it costs what the stages cost.
struct NoStageCache: StageCache {
    func config(_ load: () -> SiteConfig?) -> SiteConfig? { load() }

    func theme(_ load: (inout DiagnosticBag) -> Theme?, diagnostics: inout DiagnosticBag) -> Theme? { load(&diagnostics) }

    func sources(_ scanner: ContentScanner, diagnostics: inout DiagnosticBag) -> [SourceFile] {
        scanner.scan(into: &diagnostics)
    }

    func pages(of files: [SourceFile], diagnostics: inout DiagnosticBag) -> [Page] {
        let parsed = Parallel.map(files.count) { index -> (Page?, [Diagnostic]) in
            var local = DiagnosticBag()
            let page = PageParser().parse(files[index], diagnostics: &local)
            return (page, local.items)
        }
        for (_, items) in parsed { diagnostics.append(contentsOf: items) }
        return parsed.compactMap(\.0)
    }

    func site(link: (inout DiagnosticBag) -> Site, diagnostics: inout DiagnosticBag) -> Site { link(&diagnostics) }

    func markdown(of site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: site.config.allowRawHTML)
        let results = Parallel.map(site.pages.count) { index in renderer.render(site.pages[index]) }
        for (_, items) in results { diagnostics.append(contentsOf: items) }
        return results.map(\.0)
    }

    func programme(of site: Site, markdown: [RenderedMarkdown], diagnostics: inout DiagnosticBag) -> ProgrammeData {
        ProgrammeStage(site: site, markdown: markdown).run(diagnostics: &diagnostics)
    }

    func checkLinks(_ checker: InternalLinkChecker, diagnostics: inout DiagnosticBag) {
        checker.check(diagnostics: &diagnostics)
    }
}
