/// The glossary's checks on aligned rows: a source term whose approved
/// translation is not in its row (or a row beside it), and a forbidden term on
/// either side. Every source term found with its translation is recorded, so
/// the site's index can list a term translated different ways.
struct TerminologyCheck: Sendable {
    var matcher: TermMatcher
    var sourceLanguage: String
    var translationLanguage: String
    var sourceIsLeft: Bool

    /// A translator may move a term to the sentence before or after: one row either side counts.
    static let window = 1

    func check(_ rows: inout [PairReview.Row]) -> [TermUse] {
        guard !matcher.isEmpty else { return [] }
        let glossary = matcher.glossary
        let sourceTexts = rows.map { (sourceIsLeft ? $0.left : $0.right)?.displayText }
        let translationTexts = rows.map { (sourceIsLeft ? $0.right : $0.left)?.displayText }
        let sourceMatches = sourceTexts.map { $0.map { matcher.outermost(matcher.matches(in: $0, language: sourceLanguage)) } ?? [] }
        let translationMatches = translationTexts.map { $0.map { matcher.matches(in: $0, language: translationLanguage) } ?? [] }
        var uses: [TermUse] = []
        for index in rows.indices {
            // Forbidden terms, on each side, unless a longer accepted term covers them.
            for (matches, language) in [(sourceMatches[index], sourceLanguage), (matcher.outermost(translationMatches[index]), translationLanguage)] {
                for match in matches where matcher.forms[match.form].kind == .forbidden {
                    let form = matcher.forms[match.form]
                    let entry = glossary.entries[form.entry]
                    var message = "“\(form.text)” is a forbidden \(language) term"
                    if let preferred = entry.terms[language] { message += "; use “\(preferred)”" }
                    if let note = entry.note { message += " (\(note))" }
                    rows[index].findings.append(ReviewFinding(.forbiddenTerm, message))
                }
            }
            guard translationTexts[index] != nil else { continue }
            var window = Array(max(0, index - Self.window)...min(rows.count - 1, index + Self.window))
            if let counterpart = rows[index].counterpartRow { window.append(counterpart) }
            var reported = Set<Int>()
            for match in sourceMatches[index] where matcher.forms[match.form].kind == .accepted {
                let form = matcher.forms[match.form]
                let entry = glossary.entries[form.entry]
                guard let target = entry.terms[translationLanguage], reported.insert(form.entry).inserted else { continue }
                // The translation's own row first: which approved form it chose is what consistency compares.
                let candidates = ([index] + window).flatMap { translationMatches[$0] }.filter {
                    let other = matcher.forms[$0.form]
                    return other.entry == form.entry && other.kind == .accepted
                }
                // The preferred term if the row has it, else the first accepted form.
                if let found = candidates.first(where: { matcher.forms[$0.form].text == target }) ?? candidates.first {
                    uses.append(TermUse(entry: form.entry, source: form.text, translation: matcher.forms[found.form].text, row: rows[index].anchor))
                } else {
                    var message = "“\(form.text)” (\(sourceLanguage)) without the approved \(translationLanguage) term “\(target)”"
                    let variants = entry.variants[translationLanguage] ?? []
                    if !variants.isEmpty { message += " or " + variants.map { "“\($0)”" }.joined(separator: ", ") }
                    rows[index].findings.append(ReviewFinding(.terminology, message))
                }
            }
        }
        return uses
    }
}

/// A source term and the approved form its translation used, in one row.
public struct TermUse: Sendable, Equatable {
    public var entry: Int
    public var source: String
    public var translation: String
    public var row: String
}
