import Foundation

/// Sitemap, search indexes and calendar exports, assembled from the kept
/// per-page parts of unchanged pages.
extension SiteSession {
    /// The sitemap from the entries of the last build, made again for the pages in the plan;
    /// the new entries replace the kept ones. With the pages in their places (`pagesInPlace`)
    /// only the plan's entries are made; otherwise the others are found by page id.
    func sitemapUpdatingEntries(_ site: Site, plan: RebuildPlanner.Plan, pagesInPlace: Bool, extraEntries: [String] = []) -> String {
        let writer = SitemapWriter(site: site)
        if !plan.isFull, pagesInPlace, sitemapEntries.count == site.pages.count {
            for index in plan.pages { sitemapEntries[index] = writer.entry(index) }
            return SitemapWriter.join(sitemapEntries + extraEntries)
        }
        let cache = plan.isFull ? [:] : Dictionary(zip(sitemapIDs, sitemapEntries), uniquingKeysWith: { a, _ in a })
        let entries = Parallel.map(site.pages.count) { index -> String in
            if !plan.pages.contains(index), let cached = cache[site.pages[index].id] { return cached }
            return writer.entry(index)
        }
        sitemapEntries = entries
        sitemapIDs = site.pages.map(\.id)
        return SitemapWriter.join(entries + extraEntries)
    }

    /// A language's search index files. While the language's pages are those of the last build
    /// in the same order, the kept index takes the new terms of the pages in the plan that
    /// changed and gives only the files that change (the others' paths go to `unchanged`);
    /// otherwise it is made again whole, from the kept terms of pages not in the plan.
    func searchIndexUpdatingFragments(_ site: Site, markdown: [RenderedMarkdown], language: String, plan: RebuildPlanner.Plan, unchanged: inout [String]) -> [OutputFile] {
        let indexes = SearchIndexWriter.indexes(language: language, site: site)
        let ids = indexes.map { site.pages[$0].id }
        let prefix = site.config.languagePrefix(language)
        func placed(_ files: [OutputFile]) -> [OutputFile] { files.map { OutputFile(path: prefix + $0.path, data: $0.data) } }
        if !plan.isFull, var kept = searchIndexes[language], kept.ids == ids {
            searchIndexes[language] = nil  // not shared while it changes
            let numbers = indexes.enumerated().filter { plan.pages.contains($0.element) }
            let terms = Parallel.map(numbers.count) { position in
                SearchPageTerms(SearchIndexWriter.entry(numbers[position].element, language: language, site: site, markdown: markdown))
            }
            var changed: [Int: SearchPageTerms] = [:]
            for ((number, _), page) in zip(numbers, terms) where kept.index.pages[number] != page { changed[number] = page }
            let result = kept.index.replacing(changed)
            let keptPaths = result.unchanged.map { prefix + $0 }
            // Files the serve folder lacks (never written, or removed) are written whole.
            let held = keptPaths.allSatisfy(sink.holds)
            let files = held ? result.files : kept.index.allFiles()
            if held { unchanged += keptPaths }
            searchIndexes[language] = kept
            return placed(files)
        }
        let cache = plan.isFull ? [:] : searchIndexes[language].map { Dictionary(zip($0.ids, $0.index.pages), uniquingKeysWith: { a, _ in a }) } ?? [:]
        searchIndexes[language] = nil
        let pages = Parallel.map(indexes.count) { position -> SearchPageTerms in
            let index = indexes[position]
            if !plan.pages.contains(index), let cached = cache[ids[position]] { return cached }
            return SearchPageTerms(SearchIndexWriter.entry(index, language: language, site: site, markdown: markdown))
        }
        var index = SearchShardIndex(pages)
        let files = index.allFiles()
        searchIndexes[language] = KeptSearchIndex(ids: ids, index: index)
        return placed(files)
    }

    /// The tag pages the change can have altered (`TagIndex.pagesDiffering`, with the edited
    /// pages whose card changed), rendered; the paths of the others, as written before, go to
    /// `kept`. All of them after a full plan, a template change (`previous` nil) or when the
    /// serve folder lacks one.
    func tagPagesUpdating(_ renderer: SiteRenderer, previous: SessionStageCache.GoodBuild?, plan: RebuildPlanner.Plan, edited: Set<Int>, kept: inout [String]) -> [OutputFile] {
        let tags = renderer.builder.tags
        guard !plan.isFull, let previous else { return renderer.tagPages() }
        let site = renderer.input.site, markdown = renderer.input.markdown
        // A tag page shows its pages' cards: title, URL, date and summary (the front matter's,
        // or the first paragraph). An edit elsewhere in a page (most edits) changes none.
        let newCards = edited.filter { index in
            let page = site.pages[index]
            guard let path = page.source?.contentPath, let old = previous.site.pagesByContentPath[path], old < previous.markdown.count else { return true }
            let before = previous.site.pages[old]
            return before.frontMatter.title != page.frontMatter.title || before.sitePath != page.sitePath || before.languageCode != page.languageCode
                || before.frontMatter.date != page.frontMatter.date || before.frontMatter.summary != page.frontMatter.summary
                || previous.markdown[old].firstParagraph != markdown[index].firstParagraph
        }
        let differing = tags.pagesDiffering(from: previous.tags, oldSite: previous.site, site: site, edited: newCards)
        var ids: [TagIndex.PageID] = []
        for id in tags.pageIDs {
            let path = tags.sitePath(of: id) + "index.html"
            if differing.contains(id) || !sink.holds(path) { ids.append(id) } else { kept.append(path) }
        }
        return renderer.tagPages(ids)
    }

    /// Calendar and JSON exports of the pages in the plan; the others' files stay as written
    /// (their paths go to `reused`); the paths of each page's exports are kept for the next run.
    func exportsUpdatingPaths(_ renderer: SiteRenderer, plan: RebuildPlanner.Plan, reused: inout [String]) -> [OutputFile] {
        let site = renderer.input.site
        let programme = renderer.input.programme
        var files: [OutputFile] = []
        var fresh: [String: [String]] = [:]
        let pages = programme.agendas.keys.sorted().map { ($0, true) } + programme.eventLists.keys.sorted().map { ($0, false) }
        var toMake: [(index: Int, isAgenda: Bool, path: String)] = []
        for (index, isAgenda) in pages {
            let path = site.pages[index].source?.contentPath ?? site.pages[index].id
            if !plan.isFull, !plan.pages.contains(index), let known = exportPaths[path], known.allSatisfy({ sink.holds($0) }) {
                reused += known
                fresh[path] = known
                continue
            }
            toMake.append((index, isAgenda, path))
        }
        // Made on every core, as a build makes them (thousands of calendars on the first run).
        let jobs = toMake
        let made = Parallel.map(jobs.count) { position in
            jobs[position].isAgenda ? renderer.agendaExports(jobs[position].index) : renderer.eventListExports(jobs[position].index)
        }
        for (page, pageFiles) in zip(toMake, made) {
            files += pageFiles
            fresh[page.path] = pageFiles.map(\.path)
        }
        exportPaths = fresh
        return files
    }
}
