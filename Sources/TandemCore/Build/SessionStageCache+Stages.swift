import Foundation

/// The Markdown and programme stages and the linked site, reusing what the
/// last good build kept for pages that did not change.
extension SessionStageCache {
    mutating func markdown(of site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        // reuse unless the file changed or a link target moved.
        // A patched site keeps every page at its URL: nothing moved (no need to walk 10k pages).
        moved = isPatched ? false : last.map { RebuildPlanner.movedContent(from: $0.site, to: site) } ?? true
        if moved {
            markdownCache = [:]
            programmeCache = [:]
        }
        // Same pages in the same places as the last good build: its per-page results are
        // reused by index, and only the changed pages are worked on.
        if isPatched, let last { return patchMarkdown(last, site: site, config: site.config, diagnostics: &diagnostics) }
        return renderMarkdown(site, dirty: dirty, config: site.config, diagnostics: &diagnostics)
    }

    mutating func programme(of site: Site, markdown: [RenderedMarkdown], diagnostics: inout DiagnosticBag) -> ProgrammeData {
        var parts = ProgrammeParts()
        let data = if isPatched, let last {
            patchProgramme(last, site: site, markdown: markdown, parts: &parts, diagnostics: &diagnostics)
        } else {
            readProgramme(site, markdown: markdown, dirty: dirty, parts: &parts, diagnostics: &diagnostics)
        }
        programmeParts = parts
        return data
    }

    /// The last good build's Markdown with the changed pages rendered again (same page indexes).
    mutating func patchMarkdown(_ previous: GoodBuild, site: Site, config: SiteConfig, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: config.allowRawHTML)
        var markdown = previous.markdown
        var perPage = previous.markdownDiagnostics
        for path in pendingDirty.sorted() {
            guard let index = site.pagesByContentPath[path] else { continue }
            let result = renderer.render(site.pages[index])
            markdown[index] = result.rendered
            perPage[index] = result.diagnostics
            markdownCache[path] = CachedMarkdown(rendered: result.rendered, diagnostics: result.diagnostics)
        }
        for items in perPage { diagnostics.append(contentsOf: items) }
        markdownDiagnostics = perPage
        return markdown
    }

    /// The last good build's programme data with the changed pages read again and their
    /// translated pairs compared again (same page indexes).
    mutating func patchProgramme(_ previous: GoodBuild, site: Site, markdown: [RenderedMarkdown], parts: inout ProgrammeParts, diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let stage = ProgrammeStage(site: site, markdown: markdown)
        var data = previous.programme
        parts = previous.programmeParts
        var touched = Set<Int>()
        for path in pendingDirty {
            guard let index = site.pagesByContentPath[path], let kind = ProgrammeKind(page: site.pages[index]) else { continue }
            let result = stage.read(index, kind: kind)
            parts.results[index] = result
            programmeCache[path] = result
            switch result.0 {
            case .agenda(let agenda): data.agendas[index] = agenda
            case .partners(let partners): data.partnerLists[index] = partners
            case .events(let events): data.eventLists[index] = events
            }
            touched.insert(index)
            touched.formUnion(site.translations(of: index))
        }
        for index in touched { parts.comparisons[index] = stage.compareTranslations(of: index, in: data) }
        for result in parts.results.values { diagnostics.append(contentsOf: result.1) }
        for found in parts.comparisons.values { diagnostics.append(contentsOf: found) }
        return data
    }

    mutating func renderMarkdown(_ site: Site, dirty: Set<String>, config: SiteConfig, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown] {
        let renderer = PageMarkdownRenderer(site: site, allowRawHTML: config.allowRawHTML)
        let cache = markdownCache
        let results = Parallel.map(site.pages.count) { index -> (CachedMarkdown, Bool) in
            let page = site.pages[index]
            if let path = page.source?.contentPath, !dirty.contains(path), let cached = cache[path] { return (cached, false) }
            let result = renderer.render(page)
            return (CachedMarkdown(rendered: result.rendered, diagnostics: result.diagnostics), true)
        }
        // Only new results go into the cache; entries of files that are gone are dropped.
        for (page, (result, isNew)) in zip(site.pages, results) {
            diagnostics.append(contentsOf: result.diagnostics)
            if isNew, let path = page.source?.contentPath { markdownCache[path] = result }
        }
        markdownDiagnostics = results.map(\.0.diagnostics)
        if markdownCache.count > site.pagesByContentPath.count {
            markdownCache = markdownCache.filter { site.pagesByContentPath[$0.key] != nil }
        }
        return results.map(\.0.rendered)
    }

    /// The last good site with the changed pages swapped in, when none of them changed what
    /// places, pairs or orders pages (kind, language, folder, key, slug, title, date, weight,
    /// draft, aliases) or says it stays in one language (`translate`); nil otherwise.
    func patched(_ previous: Site, changed: Set<String>) -> Site? {
        var site = previous
        for path in changed {
            guard let index = site.pagesByContentPath[path], let page = parsed[path]?.page else { return nil }
            let old = site.pages[index]
            guard old.kind == .regular, page.kind == old.kind, page.languageCode == old.languageCode,
                  page.sectionPath == old.sectionPath, page.translationKey == old.translationKey, page.slug == old.slug,
                  page.frontMatter.title == old.frontMatter.title, page.frontMatter.date == old.frontMatter.date,
                  page.frontMatter.weight == old.frontMatter.weight, page.frontMatter.draft == old.frontMatter.draft,
                  page.frontMatter.aliases == old.frontMatter.aliases, page.frontMatter.slug == old.frontMatter.slug,
                  page.frontMatter.translate == old.frontMatter.translate,  // other pages' notes and the home list change
                  ProgrammeKind(page: page) == ProgrammeKind(page: old)
            else { return nil }
            var updated = page
            updated.sitePath = old.sitePath
            site.pages[index] = updated
        }
        return site
    }

    /// The programme stage, reading again only the pages that changed.
    mutating func readProgramme(_ site: Site, markdown: [RenderedMarkdown], dirty: Set<String>, parts: inout ProgrammeParts, diagnostics: inout DiagnosticBag) -> ProgrammeData {
        let stage = ProgrammeStage(site: site, markdown: markdown)
        let pages = stage.programmePages()
        let cache = programmeCache
        let results = Parallel.map(pages.count) { position -> (ProgrammeStage.PageProgramme, [Diagnostic]) in
            let (index, kind) = pages[position]
            if let path = site.pages[index].source?.contentPath, !dirty.contains(path), let cached = cache[path] { return cached }
            return stage.read(index, kind: kind)
        }
        for ((index, _), result) in zip(pages, results) {
            guard let path = site.pages[index].source?.contentPath, dirty.contains(path) || cache[path] == nil else { continue }
            programmeCache[path] = result
        }
        if programmeCache.count > pages.count {
            let current = Set(pages.compactMap { site.pages[$0.index].source?.contentPath })
            programmeCache = programmeCache.filter { current.contains($0.key) }
        }
        let data = stage.assemble(zip(pages, results).map { ($0.index, $1.0, $1.1) }, diagnostics: &diagnostics)
        // Kept for the next rebuild's fast path; the comparisons cost little next to the stage.
        for ((index, _), result) in zip(pages, results) { parts.results[index] = result }
        for index in data.agendas.keys where site.pages[index].languageCode == site.config.sourceLanguageCode {
            parts.comparisons[index] = stage.compareTranslations(of: index, in: data)
        }
        for index in data.partnerLists.keys where site.pages[index].languageCode == site.config.sourceLanguageCode {
            parts.comparisons[index] = stage.compareTranslations(of: index, in: data)
        }
        return data
    }
}
