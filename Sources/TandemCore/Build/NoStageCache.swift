/// The cache of a one-shot build: keeps nothing between runs, so every stage runs whole,
/// on every core.
///
/// One exception to "one stage after the other": a programme page's agenda, partner list
/// or event list is read from its Markdown blocks in the same pass that renders them, and
/// the blocks are then dropped, so a build never holds every page's blocks at once (on a
/// programme-heavy 10k-page site they were a third of the peak memory). The programme
/// stage then only assembles what that pass read, kept lean (`keepingOnlyWhatPagesNeed`).
///
/// With `releasesTexts` (a build that renders), the pages give up their files' texts at
/// the link stage: each body is handed to the Markdown pass apart from its page and let go
/// once rendered, so texts and HTML are not all held at once. Pages whose body is read
/// later keep it: agendas (`AgendaProse`) and the pages of a translation that records a
/// `source_hash` (the status hashes the source; `TranslationLag` compares it).
struct NoStageCache: StageCache {
    var releasesTexts = false
    private var programmePages: [(index: Int, programme: ProgrammeStage.PageProgramme, diagnostics: [Diagnostic])]?
    private var bodies: HandOffSlots<Substring>?

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

    mutating func site(link: (inout DiagnosticBag) -> Site, diagnostics: inout DiagnosticBag) -> Site {
        var site = link(&diagnostics)
        guard releasesTexts else { return site }
        var handed: [Substring?] = Array(repeating: nil, count: site.pages.count)
        for index in site.pages.indices where site.pages[index].source != nil && !Self.bodyIsReadLater(index, in: site) {
            handed[index] = site.pages[index].bodySlice
            site.pages[index].source?.text = ""
            site.pages[index].body = ""
        }
        bodies = HandOffSlots(handed)
        return site
    }

    /// Whether something after the Markdown stage reads page `index`'s body (see the type's comment).
    private static func bodyIsReadLater(_ index: Int, in site: Site) -> Bool {
        let page = site.pages[index]
        if ProgrammeKind(page: page) == .agenda { return true }
        guard let versions = site.translations[page.translationKey] else { return false }
        return versions.values.contains { site.pages[$0].frontMatter.sourceHash != nil }
    }

    mutating func markdown(of site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: site.config.allowRawHTML)
        let handed = bodies
        defer { bodies = nil }
        let results = Parallel.map(site.pages.count) { index -> (RenderedMarkdown, [Diagnostic], (ProgrammeStage.PageProgramme, [Diagnostic])?) in
            let page = site.pages[index]
            var (rendered, items) = renderer.render(page, body: handed?.take(index).map(String.init) ?? page.body)
            guard let kind = ProgrammeKind(page: page) else { return (rendered, items, nil) }
            let (programme, found) = ProgrammeStage.read(page, blocks: rendered.blocks, kind: kind)
            rendered.blocks = []
            return (rendered, items, (programme.keepingOnlyWhatPagesNeed(), found))
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
