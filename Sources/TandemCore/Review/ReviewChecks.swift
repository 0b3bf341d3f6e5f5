/// The checks of the side-by-side review. Each looks at aligned rows (or the
/// pages' front matter) and adds findings; none changes the alignment.
struct ReviewChecks: Sendable {
    var leftLanguage: String
    var rightLanguage: String
    /// Whether the left side is the source (untranslated blocks are then on the right).
    var sourceIsLeft: Bool

    /// Facts on one side may sit a row or two away on the other when a
    /// translator split or merged paragraphs; only farther is a finding.
    static let factWindow = 2
    /// Front-matter keys that are expected to differ or exist on one side only.
    static let ownKeys: Set<String> = ["source_hash", "scaffolded_from", "translate", "draft", "translationSource", "translationKey", "slug", "aliases"]

    /// Gaps on both sides that are the same block moved: pairs them up as "moved" instead of "no counterpart".
    func markMoved(_ rows: inout [PairReview.Row], agendas: Bool) {
        let leftOnly = rows.indices.filter { rows[$0].right == nil }
        let rightOnly = rows.indices.filter { rows[$0].left == nil }
        var taken = Set<Int>()
        for l in leftOnly {
            guard let block = rows[l].left, !block.anchors.isEmpty else { continue }
            var best: (row: Int, score: Double)?
            for r in rightOnly where !taken.contains(r) {
                guard let other = rows[r].right, BlockAligner.sharedCount(block.anchors, other.anchors) > 0 else { continue }
                let score = BlockAligner.similarity(block, other, agendas: agendas)
                if score >= 0.75, score > (best?.score ?? 0) { best = (r, score) }
            }
            guard let (r, _) = best else { continue }
            taken.insert(r)
            rows[l].counterpartRow = r
            rows[r].counterpartRow = l
            rows[l].findings.append(ReviewFinding(.moved, "moved: its \(rightLanguage) counterpart is row #\(rows[r].anchor)"))
            rows[r].findings.append(ReviewFinding(.moved, "moved: its \(leftLanguage) counterpart is row #\(rows[l].anchor)"))
        }
        for index in rows.indices where !rows[index].findings.contains(where: { $0.check == .moved }) {
            if rows[index].right == nil, rows[index].left != nil {
                rows[index].findings.append(ReviewFinding(.unmatched, "only in \(leftLanguage): no counterpart in \(rightLanguage)"))
            } else if rows[index].left == nil, rows[index].right != nil {
                rows[index].findings.append(ReviewFinding(.unmatched, "only in \(rightLanguage): no counterpart in \(leftLanguage)"))
            }
        }
    }

    /// Numbers, dates, times, percentages, e-mail addresses and URLs on one side only.
    func checkFacts(_ rows: inout [PairReview.Row]) {
        let leftKeys = rows.map { $0.left?.facts.matchableKeys ?? [] }
        let rightKeys = rows.map { $0.right?.facts.matchableKeys ?? [] }
        for index in rows.indices {
            var window = Array(max(0, index - Self.factWindow)...min(rows.count - 1, index + Self.factWindow))
            if let counterpart = rows[index].counterpartRow { window.append(counterpart) }
            func missing(_ facts: [TextFacts.Fact], in other: [Set<String>], language: String, otherLanguage: String) -> [ReviewFinding] {
                var seen = Set<String>()
                return facts.compactMap { fact in
                    guard seen.insert(fact.key).inserted, !window.contains(where: { other[$0].contains(fact.key) }) else { return nil }
                    return ReviewFinding(.fact, "\(fact.kind.label) \(fact.written) only in \(language), not in \(otherLanguage)")
                }
            }
            if let block = rows[index].left {
                rows[index].findings += missing(block.facts.facts, in: rightKeys, language: leftLanguage, otherLanguage: rightLanguage)
            }
            if let block = rows[index].right {
                rows[index].findings += missing(block.facts.facts, in: leftKeys, language: rightLanguage, otherLanguage: leftLanguage)
            }
        }
    }

    /// A translation block identical to its source block, names and numbers aside.
    func checkUntranslated(_ rows: inout [PairReview.Row]) {
        let translationLanguage = sourceIsLeft ? rightLanguage : leftLanguage
        let sourceLanguage = sourceIsLeft ? leftLanguage : rightLanguage
        for index in rows.indices {
            guard let left = rows[index].left, let right = rows[index].right else { continue }
            let translation = sourceIsLeft ? right : left
            if Self.hasTranslationMarker(translation.displayText) {
                rows[index].findings.append(ReviewFinding(.untranslated, "marked for translation in \(translationLanguage)"))
            } else if Self.isUntranslated(left, right) {
                rows[index].findings.append(ReviewFinding(.untranslated, "the \(translationLanguage) block is the \(sourceLanguage) text, untranslated"))
            } else if let counts = LanguageProfile.readsAsSource(translation.facts, source: sourceLanguage, translation: translationLanguage) {
                // Edited or not, a block full of the source's function words was not translated.
                rows[index].findings.append(ReviewFinding(
                    .untranslated,
                    "the \(translationLanguage) block reads as \(sourceLanguage) (\(counts.source) \(sourceLanguage) function words, \(counts.translation) \(translationLanguage))"))
            }
        }
    }

    static func hasTranslationMarker(_ text: String) -> Bool {
        text.hasPrefix(TranslationScaffolder.titleMarker) || text.contains("TODO translate")
    }

    /// Same words, and at least one that is not a name or number: "ILPES" or "Quito, Ecuador" may stay as they are.
    static func isUntranslated(_ a: ReviewBlock, _ b: ReviewBlock) -> Bool {
        // Cheap comparisons first: identical texts have the same words and names.
        guard a.facts.commonWords == b.facts.commonWords, a.facts.names == b.facts.names,
              normalized(a.displayText) == normalized(b.displayText) else { return false }
        if !a.facts.commonWords.isEmpty { return true }
        // Headings and table headers are short: two capitalised words the same in both languages are suspicious.
        switch a.block.kind {
        case .heading, .tableHeader: return a.facts.names.count >= 2
        default: return false
        }
    }

    static func normalized(_ text: String) -> String {
        TextFolding.key(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Headings, list items, table rows, links and images counted on each side.
    /// A paragraph that became a list item (or back) is shown in its row, not counted twice.
    func countFindings(_ rows: [PairReview.Row]) -> [ReviewFinding] {
        enum Category: String, CaseIterable {
            case heading = "headings", listItem = "list items", tableRow = "table rows"
        }
        func category(_ kind: MarkdownBlock.Kind) -> Category? {
            switch kind {
            case .heading: .heading
            case .listItem: .listItem
            case .tableRow, .tableHeader: .tableRow
            default: nil
            }
        }
        var findings: [ReviewFinding] = []
        for item in Category.allCases {
            var raw = (0, 0), kept = (0, 0)
            for row in rows {
                let l = row.left.flatMap { category($0.block.kind) }, r = row.right.flatMap { category($0.block.kind) }
                if l == item { raw.0 += 1 }
                if r == item { raw.1 += 1 }
                // A pair of different kinds is a change of form the row shows; it does not count as missing structure.
                let changedForm = row.left != nil && row.right != nil && l != r
                if l == item && !changedForm { kept.0 += 1 }
                if r == item && !changedForm { kept.1 += 1 }
            }
            if kept.0 != kept.1 {
                findings.append(ReviewFinding(.count, "\(item.rawValue): \(raw.0) in \(leftLanguage), \(raw.1) in \(rightLanguage)"))
            }
        }
        let links = (rows.reduce(0) { $0 + ($1.left?.links.count ?? 0) }, rows.reduce(0) { $0 + ($1.right?.links.count ?? 0) })
        if links.0 != links.1 { findings.append(ReviewFinding(.count, "links: \(links.0) in \(leftLanguage), \(links.1) in \(rightLanguage)")) }
        let images = (rows.reduce(0) { $0 + ($1.left?.images ?? 0) }, rows.reduce(0) { $0 + ($1.right?.images ?? 0) })
        if images.0 != images.1 { findings.append(ReviewFinding(.count, "images: \(images.0) in \(leftLanguage), \(images.1) in \(rightLanguage)")) }
        return findings
    }

    /// Fields on one side only, tags of a different count, a different date, a title or summary left untranslated.
    func frontMatterFindings(_ left: FrontMatter, _ right: FrontMatter) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let leftKeys = Set(left.entries.map(\.key)).subtracting(Self.ownKeys)
        let rightKeys = Set(right.entries.map(\.key)).subtracting(Self.ownKeys)
        for key in left.entries.map(\.key) where leftKeys.contains(key) && !rightKeys.contains(key) {
            findings.append(ReviewFinding(.frontMatter, "`\(key)` only in \(leftLanguage)"))
        }
        for key in right.entries.map(\.key) where rightKeys.contains(key) && !leftKeys.contains(key) {
            findings.append(ReviewFinding(.frontMatter, "`\(key)` only in \(rightLanguage)"))
        }
        if leftKeys.contains("tags"), rightKeys.contains("tags"), left.tags.count != right.tags.count {
            findings.append(ReviewFinding(.frontMatter, "tags: \(left.tags.count) in \(leftLanguage), \(right.tags.count) in \(rightLanguage)"))
        }
        if let a = left.date, let b = right.date, a != b {
            findings.append(ReviewFinding(.frontMatter, "date: \(a) in \(leftLanguage), \(b) in \(rightLanguage)"))
        }
        let (source, translation) = sourceIsLeft ? (left, right) : (right, left)
        let translationLanguage = sourceIsLeft ? rightLanguage : leftLanguage
        if Self.hasTranslationMarker(translation.title) {
            findings.append(ReviewFinding(.untranslated, "title still marked for translation in \(translationLanguage)"))
        } else if Self.normalized(source.title) == Self.normalized(translation.title), TextFacts(source.title).commonWords.count > 0 {
            findings.append(ReviewFinding(.untranslated, "title left as in the source"))
        }
        if let a = source.summary, let b = translation.summary, Self.normalized(a) == Self.normalized(b), !TextFacts(a).commonWords.isEmpty {
            findings.append(ReviewFinding(.untranslated, "summary left as in the source"))
        }
        return findings
    }
}
