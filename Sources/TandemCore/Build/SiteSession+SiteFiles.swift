import Foundation

/// Sitemap, search indexes and calendar exports, assembled from the kept
/// per-page parts of unchanged pages.
extension SiteSession {
    /// The sitemap from the entries of the last build, made again for the pages in the plan;
    /// the new entries replace the kept ones.
    func sitemapUpdatingEntries(_ site: Site, plan: RebuildPlanner.Plan, extraEntries: [String] = []) -> String {
        let writer = SitemapWriter(site: site)
        let cache = plan.isFull ? [:] : sitemapEntries
        let entries = Parallel.map(site.pages.count) { index -> String in
            if !plan.pages.contains(index), let cached = cache[site.pages[index].id] { return cached }
            return writer.entry(index)
        }
        if plan.isFull {
            sitemapEntries = Dictionary(zip(site.pages.map(\.id), entries), uniquingKeysWith: { a, _ in a })
        } else {
            for index in plan.pages { sitemapEntries[site.pages[index].id] = entries[index] }
        }
        return SitemapWriter.join(entries + extraEntries)
    }

    /// A language's search index files from the page terms of the last build, made again for the
    /// pages in the plan; the new page terms replace the kept ones.
    func searchIndexUpdatingFragments(_ site: Site, markdown: [RenderedMarkdown], language: String, plan: RebuildPlanner.Plan) -> [OutputFile] {
        let indexes = SearchIndexWriter.indexes(language: language, site: site)
        let cache = plan.isFull ? [:] : searchPages
        let pages = Parallel.map(indexes.count) { position -> SearchPageTerms in
            let index = indexes[position]
            if !plan.pages.contains(index), let cached = cache[site.pages[index].id] { return cached }
            return SearchPageTerms(SearchIndexWriter.entry(index, language: language, site: site, markdown: markdown))
        }
        if plan.isFull {
            searchPages = searchPages.filter { !$0.key.hasPrefix(language + ":") }
            for (index, page) in zip(indexes, pages) { searchPages[site.pages[index].id] = page }
        } else {
            for (index, page) in zip(indexes, pages) where plan.pages.contains(index) { searchPages[site.pages[index].id] = page }
        }
        return SearchIndexWriter.files(under: site.config.languagePrefix(language), pages: pages)
    }

    /// Calendar and JSON exports of the pages in the plan; the others' files stay as written
    /// (their paths go to `reused`); the paths of each page's exports are kept for the next run.
    func exportsUpdatingPaths(_ renderer: SiteRenderer, plan: RebuildPlanner.Plan, reused: inout [String]) -> [OutputFile] {
        let site = renderer.input.site
        let programme = renderer.input.programme
        var files: [OutputFile] = []
        var fresh: [String: [String]] = [:]
        let pages = programme.agendas.keys.sorted().map { ($0, true) } + programme.eventLists.keys.sorted().map { ($0, false) }
        for (index, isAgenda) in pages {
            let path = site.pages[index].source?.contentPath ?? site.pages[index].id
            if !plan.isFull, !plan.pages.contains(index), let known = exportPaths[path], known.allSatisfy({ sink.holds($0) }) {
                reused += known
                fresh[path] = known
                continue
            }
            let made = isAgenda ? renderer.agendaExports(index) : renderer.eventListExports(index)
            files += made
            fresh[path] = made.map(\.path)
        }
        exportPaths = fresh
        return files
    }
}
