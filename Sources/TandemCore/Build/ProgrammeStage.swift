/// Reads agendas, partner lists and event lists from their pages' Markdown
/// blocks, validates them, and compares translated agendas session by session.
struct ProgrammeStage {
    var site: Site
    var markdown: [RenderedMarkdown]

    /// What one page holds, read on its own so that pages can be read on every core.
    enum PageProgramme: Sendable {
        case agenda(Agenda)
        case partners([Partner])
        case events(EventList)
    }

    /// The pages that hold programme data, with their kind.
    func programmePages() -> [(index: Int, kind: ProgrammeKind)] {
        site.pages.indices.compactMap { index -> (Int, ProgrammeKind)? in
            guard let kind = ProgrammeKind(page: site.pages[index]), index < markdown.count else { return nil }
            return (index, kind)
        }
    }

    func run(diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let pages = programmePages()
        let results = Parallel.map(pages.count) { position in read(pages[position].index, kind: pages[position].kind) }
        return assemble(zip(pages, results).map { ($0.index, $1.0, $1.1) }, diagnostics: &diagnostics)
    }

    /// One page's agenda, partner list or event list, with what was wrong in it.
    func read(_ index: Int, kind: ProgrammeKind) -> (PageProgramme, [Diagnostic]) {
        Self.read(site.pages[index], blocks: markdown[index].blocks, kind: kind)
    }

    /// One page's programme data from its blocks: needs nothing of the rest of the site, so a
    /// build reads it right after the page's Markdown and need not keep the blocks.
    static func read(_ page: Page, blocks: [MarkdownBlock], kind: ProgrammeKind) -> (PageProgramme, [Diagnostic]) {
        var local = DiagnosticBag()
        switch kind {
        case .agenda:
            let metadata = AgendaMetadataReader.read(page, diagnostics: &local)
            let result = AgendaParser.parse(blocks: blocks, path: page.displayPath, metadata: metadata)
            local.append(contentsOf: result.diagnostics.items)
            local.append(contentsOf: AgendaValidator.validate(result.agenda))
            return (.agenda(result.agenda), local.items)
        case .partners:
            return (.partners(readPartners(page: page, blocks: blocks, diagnostics: &local)), local.items)
        case .events:
            return (.events(readEvents(page: page, blocks: blocks, diagnostics: &local)), local.items)
        }
    }

    /// The pages' results merged in page order (so diagnostics come out as a serial
    /// run gives them), then translated agendas and partner lists compared.
    func assemble(_ results: [(index: Int, programme: PageProgramme, diagnostics: [Diagnostic])], diagnostics: inout DiagnosticBag) -> ProgrammeData {
        var data = ProgrammeData()
        for result in results {
            diagnostics.append(contentsOf: result.diagnostics)
            switch result.programme {
            case .agenda(let agenda): data.agendas[result.index] = agenda
            case .partners(let partners): data.partnerLists[result.index] = partners
            case .events(let events): data.eventLists[result.index] = events
            }
        }
        compareTranslations(data, diagnostics: &diagnostics)
        return data
    }

    /// Front matter `items:` pins what the text cannot say, per list item:
    /// `items: [{id: rocha, country: UY}, …]` in list order.
    private static func readPartners(page: Page, blocks: [MarkdownBlock], diagnostics: inout DiagnosticBag) -> [Partner] {
        var overrides: [Int: PartnerOverride] = [:]
        if case .list(let items)? = page.frontMatter["items"] {
            for (position, item) in items.enumerated() {
                overrides[position] = PartnerOverride(
                    id: item["id"]?.text, name: item["name"]?.text, country: item["country"]?.text,
                    website: item["website"]?.text, role: item["role"]?.text, websiteLocation: Self.location(of: "website", in: item),
                    countryLocation: Self.location(of: "country", in: item))
            }
        }
        let result = PartnerListParser.parse(blocks: blocks, path: page.displayPath, overrides: overrides)
        diagnostics.append(contentsOf: result.diagnostics.items)
        return result.partners
    }

    /// Where a key of a front matter map was written.
    private static func location(of key: String, in value: FrontMatterValue) -> SourceLocation? {
        guard case .map(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.location
    }

    /// The year for items that do not state one: the page's `year:` or the year of its `date:`.
    private static func readEvents(page: Page, blocks: [MarkdownBlock], diagnostics: inout DiagnosticBag) -> EventList {
        let contextYear = page.frontMatter["year"]?.text.flatMap { Int($0) } ?? page.frontMatter.date?.year
        let result = EventListParser.parse(blocks: blocks, path: page.displayPath, contextYear: contextYear)
        diagnostics.append(contentsOf: result.diagnostics.items)
        return result.list
    }

    /// What comparing the agenda or partner list on page `index` (in the source language)
    /// with its translations finds; the dev server redoes this only for changed pairs.
    func compareTranslations(of index: Int, in data: ProgrammeData) -> [Diagnostic] {
        guard site.pages[index].languageCode == site.config.sourceLanguageCode else { return [] }
        var found: [Diagnostic] = []
        if let agenda = data.agendas[index] {
            for other in site.translations(of: index) {
                guard let translation = data.agendas[other] else { continue }
                found += AgendaValidator.compareTranslations(original: agenda, translation: translation)
            }
        }
        if let partners = data.partnerLists[index] {
            for other in site.translations(of: index) {
                guard let translation = data.partnerLists[other] else { continue }
                found += PartnerListParser.pair(
                    original: partners, translation: translation,
                    originalPath: site.pages[index].displayPath, translationPath: site.pages[other].displayPath).1
            }
        }
        return found
    }

    /// In a translated pair, the source language's agenda or partner list is the original.
    private func compareTranslations(_ data: ProgrammeData, diagnostics: inout DiagnosticBag) {
        let source = site.config.sourceLanguageCode
        for (index, agenda) in data.agendas.sorted(by: { $0.key < $1.key }) where site.pages[index].languageCode == source {
            for other in site.translations(of: index) {
                guard let translation = data.agendas[other] else { continue }
                diagnostics.append(contentsOf: AgendaValidator.compareTranslations(original: agenda, translation: translation))
            }
        }
        for (index, partners) in data.partnerLists.sorted(by: { $0.key < $1.key }) where site.pages[index].languageCode == source {
            for other in site.translations(of: index) {
                guard let translation = data.partnerLists[other] else { continue }
                let (_, found) = PartnerListParser.pair(
                    original: partners, translation: translation,
                    originalPath: site.pages[index].displayPath, translationPath: site.pages[other].displayPath)
                diagnostics.append(contentsOf: found)
            }
        }
    }
}
