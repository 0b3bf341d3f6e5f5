/// What a translator sees of the glossary beside one unit of an export: each
/// entry the source text contains, with the approved target term, its variants,
/// what not to write, and the entry's note. The matcher is made once for all units.
///
///     let notes = GlossaryNotes(glossary)
///     notes.notes(for: "Los ODM en la región", from: "es", to: "en")
///     // ["glossary: ODM → MDGs (also: Millennium Development Goals)"]
public struct GlossaryNotes: Sendable {
    let glossary: Glossary
    private let matcher: TermMatcher

    public init(_ glossary: Glossary) {
        self.glossary = glossary
        matcher = TermMatcher(glossary)
    }

    /// Notes for the entries `text` (in `source`) contains, in the order they first
    /// appear, each once: `glossary: ODM → MDGs (also: …; not: …) — note`.
    public func notes(for text: String, from source: String, to target: String) -> [String] {
        guard !glossary.isEmpty else { return [] }
        var seen = Set<Int>()
        var notes: [String] = []
        for match in matcher.outermost(matcher.matches(in: text, language: source)) {
            let form = matcher.forms[match.form]
            guard form.kind == .accepted, seen.insert(form.entry).inserted else { continue }
            let entry = glossary.entries[form.entry]
            guard let preferred = entry.terms[target] else { continue }
            var note = "glossary: \(form.text) → \(preferred)"
            var extras: [String] = []
            if let variants = entry.variants[target], !variants.isEmpty { extras.append("also: " + variants.joined(separator: ", ")) }
            if let forbidden = entry.forbidden[target], !forbidden.isEmpty { extras.append("not: " + forbidden.joined(separator: ", ")) }
            if !extras.isEmpty { note += " (" + extras.joined(separator: "; ") + ")" }
            if let explanation = entry.note, !explanation.isEmpty { note += " — " + explanation }
            notes.append(note)
        }
        return notes
    }
}
