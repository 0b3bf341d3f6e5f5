/// "Did you mean …?" for a translation key that no page has: keys close to the one
/// written, matched also on each version's path-derived key (`agendas/foo` for a page
/// whose `translationKey` is `agenda-foo`) and on path components in another order,
/// each said with what kind of page it is and where, so the fix is the reference,
/// not a `translationKey` that splits an existing pair.
struct TranslationKeySuggestions {
    var site: Site

    /// `'agenda-foo' (agenda content/agendas/foo.es.md, in es and en)`, nearest first; at most `limit`.
    func suggestions(for target: String, limit: Int = 3) -> [String] {
        let threshold = max(2, target.count / 4)
        var best: [String: Int] = [:]
        for (key, versions) in site.translations {
            let written = versions.values.filter { !site.pages[$0].isGenerated }
            guard !written.isEmpty else { continue }
            var names = [key]
            names += written.compactMap { site.pages[$0].source?.defaultTranslationKey }
            let distance = names.map { Self.distance(target, $0) }.min() ?? Int.max
            if distance <= threshold { best[key] = distance }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map { describe($0.key) }
    }

    /// Edit distance, but path components in another order (`missing/source` for `source/missing`) count as 1.
    static func distance(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        let ca = a.split(separator: "/").sorted(), cb = b.split(separator: "/").sorted()
        if ca.count > 1, ca == cb { return 1 }
        return EditDistance.between(a, b)
    }

    func describe(_ key: String) -> String {
        guard let versions = site.translations[key] else { return "'\(key)'" }
        let codes = site.config.languageCodes.filter { code in versions[code].map { !site.pages[$0].isGenerated } ?? false }
        guard let index = codes.first.flatMap({ versions[$0] }) else { return "'\(key)'" }
        let page = site.pages[index]
        let languages = codes.count <= 1 ? codes.joined() : codes.dropLast().joined(separator: ", ") + " and " + (codes.last ?? "")
        return "'\(key)' (\(Self.kind(of: page)) \(page.displayPath), in \(languages))"
    }

    static func kind(of page: Page) -> String {
        switch page.kind {
        case .home: return "home page"
        case .section: return "section page"
        case .regular:
            switch ProgrammeKind(page: page) {
            case .agenda?: return "agenda"
            case .partners?: return "partner list"
            case .events?: return "event list"
            case nil: return "page"
            }
        }
    }
}
