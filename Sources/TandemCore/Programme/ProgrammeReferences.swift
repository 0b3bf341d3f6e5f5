/// Front matter links between programme content, by translation key:
/// a programme names its `agendas`, `partners` and `events`; an agenda names
/// its `event`; a partner or event list names its `programme`. Each reference
/// must lead to an existing page (in any language), else it is an error at the
/// key's line.
public struct ProgrammeReferences: Sendable {
    /// Front matter keys that hold references, and whether they take a list.
    public static let keys: [(key: String, isList: Bool)] = [
        ("agendas", true), ("agenda", false), ("partners", false), ("events", false), ("event", false), ("programme", false),
    ]

    /// page index → key → referenced translation keys, in the order written.
    public private(set) var outgoing: [Int: [String: [String]]] = [:]
    /// translation key → keys of the pages that reference it (for "part of" links back).
    public private(set) var incoming: [String: [String]] = [:]

    public init(site: Site, diagnostics: inout DiagnosticBag) {
        for (index, page) in site.pages.enumerated() {
            for (key, isList) in Self.keys {
                guard let value = page.frontMatter[key] else { continue }
                let location = page.frontMatter.location(of: key)
                guard let targets = value.textList, isList || targets.count <= 1 else {
                    diagnostics.error(location, "'\(key)' must be \(isList ? "a list of translation keys" : "one translation key")")
                    continue
                }
                for target in targets {
                    guard site.translations[target] != nil else {
                        let similar = TranslationKeySuggestions(site: site).suggestions(for: target)
                        // A key set on one language's file only would split that page from its translation.
                        diagnostics.error(
                            location, "'\(key)' refers to '\(target)', but no page has that translationKey",
                            hint: similar.isEmpty
                                ? "fix the key, or set `translationKey: \(target)` in every language version of the page you mean (its versions pair by it)"
                                : "did you mean \(similar.joined(separator: " or "))?")
                        continue
                    }
                    outgoing[index, default: [:]][key, default: []].append(target)
                    if !(incoming[target]?.contains(page.translationKey) ?? false) {
                        incoming[target, default: []].append(page.translationKey)
                    }
                }
            }
        }
    }

    /// The version of `key` to link to from a page in `language`: the same language if it exists, else any.
    public static func target(_ key: String, language: String, in site: Site) -> Int? {
        guard let versions = site.translations[key] else { return nil }
        if let same = versions[language] { return same }
        return site.config.languageCodes.compactMap { versions[$0] }.first
    }
}
