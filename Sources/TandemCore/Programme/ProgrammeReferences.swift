/// Front matter links between programme content, by translation key:
/// a programme names its `agendas`, `partners` and `events`; an agenda names
/// its `event`; a partner or event list names its `programme`. Each reference
/// must lead to an existing page (in any language) of the right kind, from a
/// page of the right kind, else it is an error at the key's line.
///
/// Whichever end declares it, a reference is one relation between a programme
/// (the parent) and a part of it: `relations` holds each once, so the programme
/// lists the part and the part says "Part of" the programme, each once.
public struct ProgrammeReferences: Sendable {
    /// Front matter keys that hold references, and whether they take a list.
    public static let keys: [(key: String, isList: Bool)] = [
        ("agendas", true), ("agenda", false), ("partners", false), ("events", false), ("event", false), ("programme", false),
    ]

    /// page index → key → referenced translation keys, in the order written.
    public private(set) var outgoing: [Int: [String: [String]]] = [:]
    /// translation key → keys of the pages that reference it (for rebuilds: either end changes the other).
    public private(set) var incoming: [String: [String]] = [:]
    /// programme key → its parts' keys by kind, each once, in the order first declared.
    public private(set) var parts: [String: [ProgrammeKind: [String]]] = [:]
    /// part key → the keys of the programmes it is part of, each once.
    public private(set) var parents: [String: [String]] = [:]

    public init(site: Site, diagnostics: inout DiagnosticBag) {
        let kinds = Self.kindsByKey(site)
        for (index, page) in site.pages.enumerated() {
            let sourceKind = ProgrammeKind(page: page)
            for (key, isList) in Self.keys {
                guard let value = page.frontMatter[key] else { continue }
                let location = page.frontMatter.location(of: key)
                guard let targets = value.textList, isList || targets.count <= 1 else {
                    diagnostics.error(location, "'\(key)' must be \(isList ? "a list of translation keys" : "one translation key")")
                    continue
                }
                let role = Self.role(of: key)
                if let wrongWay = Self.misplaced(key: key, role: role, on: sourceKind) {
                    diagnostics.error(location, wrongWay.message, hint: wrongWay.hint)
                    continue
                }
                for target in targets {
                    guard let targetKind = kinds.regular[target] else {
                        if kinds.listPages.contains(target) {
                            diagnostics.error(location, "'\(key)' refers to '\(target)', which is a list page (home or section), not \(Self.article(Self.wanted(role)))",
                                              hint: Self.wrongKindHint(key: key, target: target, wanted: Self.wanted(role), site: site, kinds: kinds.regular))
                            continue
                        }
                        let similar = TranslationKeySuggestions(site: site).suggestions(for: target)
                        diagnostics.error(
                            location, "'\(key)' refers to '\(target)', but no page has that translationKey",
                            hint: similar.isEmpty
                                ? "fix the key, or set `translationKey: \(target)` in every language version of the page you mean (its versions pair by it)"
                                : "did you mean \(similar.joined(separator: " or "))?")
                        continue
                    }
                    let wanted = Self.wanted(role)
                    guard targetKind == wanted else {
                        diagnostics.error(
                            location, "'\(key)' refers to '\(target)', which is \(Self.article(targetKind)), not \(Self.article(wanted))",
                            hint: Self.wrongKindHint(key: key, target: target, wanted: wanted, site: site, kinds: kinds.regular))
                        continue
                    }
                    outgoing[index, default: [:]][key, default: []].append(target)
                    if !(incoming[target]?.contains(page.translationKey) ?? false) {
                        incoming[target, default: []].append(page.translationKey)
                    }
                    switch role {
                    case .part(let kind): relate(parent: page.translationKey, part: target, kind: kind)
                    case .parent: relate(parent: target, part: page.translationKey, kind: sourceKind ?? .agenda)
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

    // MARK: - Relations

    /// What a key names: a part of this programme, or the programme this page is part of.
    private enum Role {
        case part(ProgrammeKind)
        case parent
    }

    private static func role(of key: String) -> Role {
        switch key {
        case "agendas", "agenda": .part(.agenda)
        case "partners": .part(.partners)
        case "events": .part(.events)
        default: .parent
        }
    }

    /// The kind of page a key must name: nil for a programme.
    private static func wanted(_ role: Role) -> ProgrammeKind? {
        switch role {
        case .part(let kind): kind
        case .parent: nil
        }
    }

    private mutating func relate(parent: String, part: String, kind: ProgrammeKind) {
        if !(parts[parent]?[kind]?.contains(part) ?? false) { parts[parent, default: [:]][kind, default: []].append(part) }
        if !(parents[part]?.contains(parent) ?? false) { parents[part, default: []].append(parent) }
    }

    /// Every translation key of a regular page with the programme kind of its pages (nil: a
    /// programme), and the keys of home and section pages, which no reference may name.
    private static func kindsByKey(_ site: Site) -> (regular: [String: ProgrammeKind?], listPages: Set<String>) {
        var kinds: [String: ProgrammeKind?] = [:]
        var listPages = Set<String>()
        for (key, versions) in site.translations {
            // Versions of one key are normally the same kind; the default language's decides otherwise.
            guard let index = target(key, language: site.config.defaultLanguageCode, in: site) ?? versions.values.min() else { continue }
            if site.pages[index].kind == .regular {
                kinds[key] = ProgrammeKind(page: site.pages[index])
            } else {
                listPages.insert(key)
            }
        }
        return (kinds, listPages)
    }

    /// A key on a page that cannot hold it: parts on a part, or a parent on a programme.
    private static func misplaced(key: String, role: Role, on kind: ProgrammeKind?) -> (message: String, hint: String)? {
        switch (role, kind) {
        case (.part(let wanted), .some(let kind)):
            let parentKey = kind == .agenda ? "event" : "programme"
            return ("'\(key)' lists the \(plural(wanted)) of a programme, but this page is \(article(kind))",
                    "name the programme this page is part of with `\(parentKey): <the programme's translationKey>`")
        case (.parent, nil):
            return ("'\(key)' names the programme that an agenda, partner list or event list is part of, and this page is none of those",
                    "list this programme's parts with `agendas: [...]`, `partners:` or `events:`")
        default:
            return nil
        }
    }

    private static func wrongKindHint(key: String, target: String, wanted: ProgrammeKind?, site: Site, kinds: [String: ProgrammeKind?]) -> String {
        let candidates = kinds.filter { $0.value == wanted }.map(\.key)
        // A part that names `target` as its programme is most likely the one meant.
        var named: [String] = []
        let candidateSet = Set(candidates)
        for page in site.pages where candidateSet.contains(page.translationKey) && !named.contains(page.translationKey) {
            let parentKeys = ["event", "programme"].flatMap { page.frontMatter[$0]?.textList ?? [] }
            if parentKeys.contains(target) { named.append(page.translationKey) }
        }
        let similar = named.isEmpty ? EditDistance.suggestions(for: target, among: candidates) : named.sorted()
        if !similar.isEmpty { return "did you mean \(similar.map { "'\($0)'" }.joined(separator: ", "))?" }
        if candidates.isEmpty { return "no page is \(article(wanted)); `\(key)` takes the translationKey of one" }
        let listed = candidates.sorted().prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        return "`\(key)` takes the translationKey of \(article(wanted)): \(listed)\(candidates.count > 5 ? ", …" : "")"
    }

    private static func article(_ kind: ProgrammeKind?) -> String {
        switch kind {
        case .agenda: "an agenda"
        case .partners: "a partner list"
        case .events: "an event list"
        case nil: "a programme"
        }
    }

    private static func plural(_ kind: ProgrammeKind) -> String {
        switch kind {
        case .agenda: "agendas"
        case .partners: "partner lists"
        case .events: "event lists"
        }
    }
}
