/// Files named alike in two languages (`foo.es.md`, `foo.en.md`) are one page
/// translated, unless their `translationKey`s say otherwise. When the keys differ
/// and neither file has a counterpart under its own key, the pair most likely split
/// by accident (a `translationKey` added to one file only): the build is clean, but
/// both pages show "not translated". Warn, at the key that split them.
extension SiteLinker {
    func reportSplitPairs(_ pages: [Page], translations: [String: [String: Int]], diagnostics: inout DiagnosticBag) {
        var byPath: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() {
            guard let source = page.source else { continue }
            byPath[source.defaultTranslationKey, default: []].append(index)
        }
        for path in byPath.keys.sorted() {
            guard let indexes = byPath[path], indexes.count > 1 else { continue }
            for (position, a) in indexes.enumerated() {
                for b in indexes[(position + 1)...] {
                    let first = pages[a], second = pages[b]
                    guard first.languageCode != second.languageCode, first.translationKey != second.translationKey,
                          translations[first.translationKey]?[second.languageCode] == nil,
                          translations[second.translationKey]?[first.languageCode] == nil else { continue }
                    // Point at a key written in front matter: that is the line to change.
                    let (keyed, other) = second.frontMatter.translationKey != nil ? (second, first) : (first, second)
                    let location = keyed.frontMatter.translationKey != nil ? keyed.frontMatter.location(of: "translationKey") : keyed.location
                    diagnostics.warning(
                        location,
                        "\(keyed.displayPath) and \(other.displayPath) are not paired: their translationKeys differ ('\(keyed.translationKey)' and '\(other.translationKey)'\(other.frontMatter.translationKey == nil ? ", from its path" : ""))",
                        hint: "write the same translationKey in both files (or in neither: then their path pairs them); if they are different pages, rename one")
                }
            }
        }
    }
}
