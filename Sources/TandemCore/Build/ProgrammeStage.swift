/// Reads agendas, partner lists and event lists from their pages' Markdown
/// blocks, validates them, and compares translated agendas session by session.
struct ProgrammeStage {
    var site: Site
    var markdown: [RenderedMarkdown]

    func run(diagnostics: inout DiagnosticBag) -> ProgrammeData {
        var data = ProgrammeData()
        for (index, page) in site.pages.enumerated() {
            guard let kind = ProgrammeKind(page: page), index < markdown.count else { continue }
            let blocks = markdown[index].blocks
            switch kind {
            case .agenda:
                let metadata = AgendaMetadataReader.read(page, diagnostics: &diagnostics)
                let result = AgendaParser.parse(blocks: blocks, path: page.displayPath, metadata: metadata)
                diagnostics.append(contentsOf: result.diagnostics.items)
                diagnostics.append(contentsOf: AgendaValidator.validate(result.agenda))
                data.agendas[index] = result.agenda
            case .partners:
                data.partnerLists[index] = readPartners(page: page, blocks: blocks, diagnostics: &diagnostics)
            case .events:
                data.eventLists[index] = readEvents(page: page, blocks: blocks, diagnostics: &diagnostics)
            }
        }
        compareTranslations(data, diagnostics: &diagnostics)
        return data
    }

    /// Front matter `items:` pins what the text cannot say, per list item:
    /// `items: [{id: rocha, country: UY}, …]` in list order.
    private func readPartners(page: Page, blocks: [MarkdownBlock], diagnostics: inout DiagnosticBag) -> [Partner] {
        var overrides: [Int: PartnerOverride] = [:]
        if case .list(let items)? = page.frontMatter["items"] {
            for (position, item) in items.enumerated() {
                overrides[position] = PartnerOverride(
                    id: item["id"]?.text, name: item["name"]?.text, country: item["country"]?.text,
                    website: item["website"]?.text, role: item["role"]?.text)
            }
        }
        let result = PartnerListParser.parse(blocks: blocks, path: page.displayPath, overrides: overrides)
        diagnostics.append(contentsOf: result.diagnostics.items)
        return result.partners
    }

    /// The year for items that do not state one: the page's `year:` or the year of its `date:`.
    private func readEvents(page: Page, blocks: [MarkdownBlock], diagnostics: inout DiagnosticBag) -> EventList {
        let contextYear = page.frontMatter["year"]?.text.flatMap { Int($0) } ?? page.frontMatter.date?.year
        let result = EventListParser.parse(blocks: blocks, path: page.displayPath, contextYear: contextYear)
        diagnostics.append(contentsOf: result.diagnostics.items)
        return result.list
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
