import Foundation

/// Template data for partner lists and for the partner directory of a language:
/// partners grouped by country (names from Foundation's Locale, sorted with the
/// language's collation), each with the programmes it takes part in.
struct PartnerContext {
    var site: Site
    var programme: ProgrammeData
    var references: ProgrammeReferences?
    var language: String
    var baseURL: BaseURL

    private var locale: Locale { Locale(identifier: site.config.language(language)?.locale ?? language) }

    func item(_ partner: Partner, programmes: [[String: Any]] = []) -> [String: Any] {
        var item: [String: Any] = [
            "id": partner.id, "name": partner.name, "displayName": partner.displayName,
            "acronyms": partner.acronyms.joined(separator: ", "), "hasAcronyms": !partner.acronyms.isEmpty,
            "text": partner.text, "programmes": programmes, "hasProgrammes": !programmes.isEmpty,
        ]
        if let country = partner.countryName(language: language) { item["country"] = country }
        if let website = partner.website { item["website"] = website.text }
        if let role = partner.role { item["role"] = role }
        return item
    }

    /// A partner list page: the partners as written, in order.
    func list(_ partners: [Partner]) -> [String: Any] {
        ["items": partners.map { item($0) }, "count": partners.count]
    }

    /// Every partner of every list in this language, grouped by country.
    func directory() -> [String: Any] {
        struct Entry { var partner: Partner; var programmes: [Int] }
        var entries: [String: Entry] = [:]
        var order: [String] = []
        for (index, partners) in programme.partnerLists.sorted(by: { $0.key < $1.key }) where site.pages[index].languageCode == language {
            let programmes = programmesOfList(index)
            for partner in partners {
                if entries[partner.id] == nil {
                    entries[partner.id] = Entry(partner: partner, programmes: [])
                    order.append(partner.id)
                }
                for target in programmes where !(entries[partner.id]?.programmes.contains(target) ?? true) {
                    entries[partner.id]?.programmes.append(target)
                }
            }
        }
        var groups: [String: [Entry]] = [:]
        let noCountry = site.config.language(language).map { _ in "" } ?? ""
        for id in order {
            guard let entry = entries[id] else { continue }
            groups[entry.partner.countryName(language: language) ?? noCountry, default: []].append(entry)
        }
        // Made once: `locale` builds a new Locale each time it is read, and reading it in
        // every comparison of a 3,000-partner sort was 4 % of a 10k-page build.
        let names = CollationOrder(locale: locale)
        let compare: (String, String) -> Bool = { names.areInIncreasingOrder($0, $1) }
        let countries = groups.keys.filter { !$0.isEmpty }.sorted(by: compare) + (groups[""] == nil ? [] : [""])
        let result: [[String: Any]] = countries.map { country in
            // Sorted by index: moving whole entries in a sort of 3,000 was a retain and a
            // release of each of their fields per move.
            let group = groups[country] ?? []
            let members = group.indices.sorted { compare(group[$0].partner.name, group[$1].partner.name) }.map { group[$0] }
            return [
                "country": country, "hasCountry": !country.isEmpty, "id": "c-" + (country.isEmpty ? "other" : Slug.make(country)),
                "partners": members.map { entry in
                    item(entry.partner, programmes: entry.programmes.map { ["title": site.pages[$0].title, "url": baseURL.path(site.pages[$0].sitePath)] })
                },
            ]
        }
        return ["groups": result, "hasGroups": !result.isEmpty, "count": order.count]
    }

    /// The programme pages a partner list belongs to: its `programme:` key, or
    /// the programmes whose `partners:` names it.
    private func programmesOfList(_ index: Int) -> [Int] {
        let page = site.pages[index]
        let keys = references?.parents[page.translationKey] ?? []
        var result: [Int] = []
        for key in keys {
            if let target = ProgrammeReferences.target(key, language: language, in: site),
               site.pages[target].sectionPath.split(separator: "/").first != "partners", !result.contains(target) {
                result.append(target)
            }
        }
        return result
    }
}
