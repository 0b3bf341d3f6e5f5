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
/// once rendered, so texts and HTML are not all held at once. The pages of a translation
/// that records a `source_hash` keep theirs (the status hashes the source; `TranslationLag`
/// compares it); an agenda whose schedule the render cuts out of its body (`AgendaProse`)
/// gets its body back from the pass (`takeBodiesForRender`), without the front matter.
struct NoStageCache: StageCache {
    var releasesTexts = false
    private var programmePages: [(index: Int, programme: ProgrammeStage.PageProgramme, diagnostics: [Diagnostic])]?
    private var bodies: HandOffSlots<Substring>?
    private var bodiesForRender: [Int: String] = [:]

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

    /// Whether a stage after Markdown, before render, reads page `index`'s body (see the type's comment).
    private static func bodyIsReadLater(_ index: Int, in site: Site) -> Bool {
        guard let versions = site.translations[site.pages[index].translationKey] else { return false }
        return versions.values.contains { site.pages[$0].frontMatter.sourceHash != nil }
    }

    /// The bodies the render reads that the Markdown pass had taken from their pages, by
    /// page index; once.
    mutating func takeBodiesForRender() -> [Int: String] {
        defer { bodiesForRender = [:] }
        return bodiesForRender
    }

    mutating func markdown(of site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: site.config.allowRawHTML)
        let handed = bodies
        defer { bodies = nil }
        let results = Parallel.map(site.pages.count) { index -> PassResult in
            let page = site.pages[index]
            let handedBody = handed?.take(index).map(String.init)
            let body = handedBody ?? page.body
            var (rendered, items) = renderer.render(page, body: body)
            guard let kind = ProgrammeKind(page: page) else { return PassResult(markdown: rendered, diagnostics: items) }
            let (programme, found) = ProgrammeStage.read(page, blocks: rendered.blocks, kind: kind)
            rendered.blocks = []
            var bodyForRender: String?
            if handedBody != nil, case .agenda(let agenda) = programme, AgendaProse.readsBody(of: agenda) { bodyForRender = body }
            return PassResult(markdown: rendered, diagnostics: items, programme: (programme.keepingOnlyWhatPagesNeed(), found), bodyForRender: bodyForRender)
        }
        var programmePages: [(index: Int, programme: ProgrammeStage.PageProgramme, diagnostics: [Diagnostic])] = []
        for (index, result) in results.enumerated() {
            diagnostics.append(contentsOf: result.diagnostics)
            if let (programme, items) = result.programme { programmePages.append((index, programme, items)) }
            if let body = result.bodyForRender { bodiesForRender[index] = body }
        }
        self.programmePages = programmePages
        return results.map(\.markdown)
    }

    /// What the Markdown pass makes of one page. A class: the pass's results are copied
    /// twice on their way out of `Parallel.map`, and copies of references are small where
    /// copies of these values were a tenth of a build's memory at that moment.
    private final class PassResult: Sendable {
        let markdown: RenderedMarkdown
        let diagnostics: [Diagnostic]
        let programme: (ProgrammeStage.PageProgramme, [Diagnostic])?
        let bodyForRender: String?

        init(markdown: RenderedMarkdown, diagnostics: [Diagnostic], programme: (ProgrammeStage.PageProgramme, [Diagnostic])? = nil, bodyForRender: String? = nil) {
            self.markdown = markdown
            self.diagnostics = diagnostics
            self.programme = programme
            self.bodyForRender = bodyForRender
        }
    }

    func programme(of site: Site, markdown: [RenderedMarkdown], diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let stage = ProgrammeStage(site: site, markdown: markdown)
        guard let programmePages else { return stage.run(diagnostics: &diagnostics) }
        return stage.assemble(programmePages, diagnostics: &diagnostics)
    }

    var keepsLinks: Bool { !releasesTexts }

    func checkLinks(_ checker: InternalLinkChecker, diagnostics: inout DiagnosticBag) {
        checker.check(diagnostics: &diagnostics)
    }
}
