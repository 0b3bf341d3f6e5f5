/// The cache of a one-shot build: keeps nothing between runs, so every stage runs whole,
/// on every core.
///
/// One exception to "one stage after the other": a programme page's agenda, partner list
/// or event list is read from its Markdown blocks in the same pass that renders them, and
/// the blocks are then dropped, so a build never holds every page's blocks at once (on a
/// programme-heavy 10k-page site they were a third of the peak memory). The programme
/// stage then only assembles what that pass read.
struct NoStageCache: StageCache {
    private var programmePages: [(index: Int, programme: ProgrammeStage.PageProgramme, diagnostics: [Diagnostic])]?

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

    mutating func markdown(of site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: site.config.allowRawHTML)
        let results = Parallel.map(site.pages.count) { index -> (RenderedMarkdown, [Diagnostic], (ProgrammeStage.PageProgramme, [Diagnostic])?) in
            let page = site.pages[index]
            var (rendered, items) = renderer.render(page)
            guard let kind = ProgrammeKind(page: page) else { return (rendered, items, nil) }
            let programme = ProgrammeStage.read(page, blocks: rendered.blocks, kind: kind)
            rendered.blocks = []
            return (rendered, items, programme)
        }
        var programmePages: [(index: Int, programme: ProgrammeStage.PageProgramme, diagnostics: [Diagnostic])] = []
        for (index, result) in results.enumerated() {
            diagnostics.append(contentsOf: result.1)
            if let (programme, items) = result.2 { programmePages.append((index, programme, items)) }
        }
        self.programmePages = programmePages
        return results.map(\.0)
    }

    func programme(of site: Site, markdown: [RenderedMarkdown], diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let stage = ProgrammeStage(site: site, markdown: markdown)
        guard let programmePages else { return stage.run(diagnostics: &diagnostics) }
        return stage.assemble(programmePages, diagnostics: &diagnostics)
    }

    func checkLinks(_ checker: InternalLinkChecker, diagnostics: inout DiagnosticBag) {
        checker.check(diagnostics: &diagnostics)
    }
}
