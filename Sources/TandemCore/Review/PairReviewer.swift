import Foundation

/// Aligns a page with its translation and runs the checks on every row and on
/// the pages as a whole.
public struct PairReviewer: Sendable {
    public var site: Site
    let reader: ReviewBlockReader
    let resolver: ContentLinkResolver
    /// Output URL path (`/es/programas/x/`) → page, to tell which language a link leads to.
    let pagesByURL: [String: Int]
    /// The site's glossary, ready to search.
    let terms: TermMatcher

    public init(site: Site, glossary: Glossary = Glossary()) {
        self.site = site
        terms = TermMatcher(glossary)
        reader = ReviewBlockReader(allowRawHTML: site.config.allowRawHTML)
        resolver = ContentLinkResolver(site: site)
        var byURL: [String: Int] = [:]
        for (index, page) in site.pages.enumerated() {
            byURL[site.config.baseURL.path(page.sitePath)] = index
            byURL["/" + page.sitePath] = index
        }
        pagesByURL = byURL
    }

    /// The blocks of a page as the review compares them.
    public func blocks(of page: Page) -> [ReviewBlock] {
        blocks(body: page.body, firstLine: page.bodyFirstLine, path: page.displayPath)
    }

    /// The blocks of a body as the review compares them: a page's, or an earlier version's from git.
    public func blocks(body: String, firstLine: Int, path: String) -> [ReviewBlock] {
        reader.blocks(body: body, firstLine: firstLine, path: path)
    }

    /// Nil unless both languages have the page.
    public func review(_ status: TranslationStatus, left leftLanguage: String, right rightLanguage: String) -> PairReview? {
        guard let leftIndex = status.version(leftLanguage)?.pageIndex, let rightIndex = status.version(rightLanguage)?.pageIndex else {
            return nil
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let leftPage = site.pages[leftIndex], rightPage = site.pages[rightIndex]
        let left = blocks(of: leftPage), right = blocks(of: rightPage)
        let agendas = ProgrammeKind(page: leftPage) == .agenda && ProgrammeKind(page: rightPage) == .agenda
        let pairs = BlockAligner.align(left, right, agendas: agendas)
        var rows = pairs.enumerated().map { index, pair in
            PairReview.Row(
                anchor: "b\(index + 1)", left: pair.left.map { left[$0] }, right: pair.right.map { right[$0] },
                similarity: pair.similarity)
        }
        let sourceIsLeft = status.sourceLanguageCode == leftLanguage
        let checks = ReviewChecks(leftLanguage: leftLanguage, rightLanguage: rightLanguage, sourceIsLeft: sourceIsLeft)
        checks.markMoved(&rows, agendas: agendas)
        checks.checkFacts(&rows)
        checks.checkUntranslated(&rows)
        let translationLanguage = sourceIsLeft ? rightLanguage : leftLanguage
        let termUses = TerminologyCheck(
            matcher: terms, sourceLanguage: status.sourceLanguageCode, translationLanguage: translationLanguage, sourceIsLeft: sourceIsLeft
        ).check(&rows)
        PunctuationParity(leftLanguage: leftLanguage, rightLanguage: rightLanguage).check(&rows)
        for index in rows.indices {
            if let block = rows[index].left { rows[index].findings += linkFindings(block, in: leftPage) }
            if let block = rows[index].right { rows[index].findings += linkFindings(block, in: rightPage) }
        }
        applyWaivers(&rows, leftPage: leftPage, rightPage: rightPage)
        var pageFindings = checks.countFindings(rows)
        pageFindings += checks.frontMatterFindings(leftPage.frontMatter, rightPage.frontMatter)
        var review = PairReview(
            translationKey: status.translationKey, status: status, leftLanguage: leftLanguage, rightLanguage: rightLanguage,
            leftPage: leftPage, rightPage: rightPage, rows: rows, pageFindings: pageFindings)
        review.termUses = termUses
        review.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return review
    }

    /// Marks the findings that a `<!-- tandem-review: ignore … -->` comment in either page waives for its row.
    func applyWaivers(_ rows: inout [PairReview.Row], leftPage: Page, rightPage: Page) {
        let left = ReviewWaiver.byLine(in: leftPage), right = ReviewWaiver.byLine(in: rightPage)
        guard !left.isEmpty || !right.isEmpty else { return }
        let leftLines = rows.compactMap { $0.left?.block.line }, rightLines = rows.compactMap { $0.right?.block.line }
        for index in rows.indices {
            var waivers: [ReviewWaiver] = []
            if let line = rows[index].left?.block.line { waivers += ReviewWaiver.waivers(for: line, blockLines: leftLines, comments: left) }
            if let line = rows[index].right?.block.line { waivers += ReviewWaiver.waivers(for: line, blockLines: rightLines, comments: right) }
            guard !waivers.isEmpty else { continue }
            for finding in rows[index].findings.indices {
                if let waiver = waivers.first(where: { $0.checks.contains(rows[index].findings[finding].check) }) {
                    rows[index].findings[finding].waived = true
                    rows[index].findings[finding].waiverReason = waiver.reason
                }
            }
        }
    }

    /// Links from a page in one language to a page in another.
    func linkFindings(_ block: ReviewBlock, in page: Page) -> [ReviewFinding] {
        block.links.compactMap { destination in
            guard let target = linkedPage(destination, from: page), site.pages[target].languageCode != page.languageCode else { return nil }
            let targetPage = site.pages[target]
            var message = "links to the \(targetPage.languageCode) page \(targetPage.displayPath) from the \(page.languageCode) page"
            if let counterpart = site.translation(of: target, in: page.languageCode) {
                message += "; its \(page.languageCode) version is \(site.pages[counterpart].displayPath)"
            }
            return ReviewFinding(.linkLanguage, message)
        }
    }

    func linkedPage(_ destination: String, from page: Page) -> Int? {
        let url: String
        switch resolver.rewrite(destination, from: page) {
        case .page(let resolved): url = resolved
        case .missing: return nil
        case .unchanged: url = destination
        }
        let path = String(url.prefix { $0 != "#" && $0 != "?" })
        guard path.hasPrefix("/") else { return nil }
        return pagesByURL[path] ?? pagesByURL[path.hasSuffix("/") ? path : path + "/"]
    }
}
