import Foundation

/// Decides which pages a change makes stale, from the site before and after it.
///
/// A page's HTML shows its own content and, from other pages: its translations
/// (language switch, hreflang), its section (list cards, breadcrumbs), the
/// section titles (menu), the pages of other languages that have no version in
/// its own (home pages), and programme references in both directions. So an
/// edited regular page makes stale: itself, its translations (before and after),
/// its section page, every home page, and the pages it references or that
/// reference it (and the partner directories when programme data changed).
/// Anything wider, such as a section page edited, a page moved or removed, or
/// UI strings changed, renders everything. Site files (sitemap, feeds, search
/// index, 404 pages, exports) are always rendered again; only changed bytes
/// are written.
struct RebuildPlanner {
    struct Snapshot {
        var site: Site
        var references: ProgrammeReferences
    }

    struct Plan: Equatable {
        var isFull: Bool
        /// Page indexes in the new site, when not full.
        var pages: Set<Int>

        static let full = Plan(isFull: true, pages: [])
    }

    var previous: Snapshot?
    var site: Site
    /// The site is the previous one with changed regular pages swapped in, each at its URL:
    /// no page moved and no section changed (known without comparing every page).
    var pagesInPlace = false
    var references: ProgrammeReferences
    var dirtyContentPaths: Set<String>
    var changedTemplates: Set<String>
    var themeStringsOrStructureChanged: Bool
    var theme: Theme
    /// Template name → text, to see which templates others include.
    var templateSources: [String: String]

    func plan() -> Plan {
        guard let previous, !themeStringsOrStructureChanged else { return .full }
        if !pagesInPlace {
            if Self.movedContent(from: previous.site, to: site) { return .full }
            if sectionsDiffer(previous.site, site) { return .full }
        }

        var pages = Set<Int>()
        for name in changedTemplates {
            guard Self.pageLevelTemplate(name, sources: templateSources) else { return .full }
            for (index, page) in site.pages.enumerated() where theme.template(for: page) == name { pages.insert(index) }
        }

        for path in dirtyContentPaths {
            let oldIndex = previous.site.pagesByContentPath[path]
            let newIndex = site.pagesByContentPath[path]
            // A home or section page changed: menus, breadcrumbs and lists everywhere may change.
            if let oldIndex, previous.site.pages[oldIndex].kind != .regular { return .full }
            if let newIndex, site.pages[newIndex].kind != .regular { return .full }
            guard let newIndex else { continue }
            let page = site.pages[newIndex]
            pages.insert(newIndex)
            pages.formUnion(site.translations(of: newIndex))
            if let oldIndex {
                let oldPage = previous.site.pages[oldIndex]
                // Translations it had before (its translation key may have changed).
                for code in site.config.languageCodes {
                    if let other = previous.site.translations[oldPage.translationKey]?[code], let mapped = map(other, from: previous.site) {
                        pages.insert(mapped)
                    }
                }
                pages.formUnion(referenced(by: oldPage.translationKey, oldIndex: oldIndex, in: previous))
            }
            if let section = site.section(page.sectionPath, page.languageCode) { pages.insert(section.pageIndex) }
            for code in site.config.languageCodes {
                if let home = site.home(code) { pages.insert(home) }
            }
            pages.formUnion(referenced(by: page.translationKey, oldIndex: newIndex, in: Snapshot(site: site, references: references)))
            if ProgrammeKind(page: page) != nil || references.outgoing[newIndex] != nil {
                for (index, candidate) in site.pages.enumerated()
                where candidate.kind == .section && candidate.sectionPath.split(separator: "/").first == "partners" {
                    pages.insert(index)
                }
            }
        }
        return Plan(isFull: false, pages: pages)
    }

    /// Pages (in the new site) linked to `key` by programme references, either way.
    private func referenced(by key: String, oldIndex: Int, in snapshot: Snapshot) -> Set<Int> {
        var keys = Set(snapshot.references.incoming[key] ?? [])
        for targets in (snapshot.references.outgoing[oldIndex] ?? [:]).values { keys.formUnion(targets) }
        var result = Set<Int>()
        for related in keys {
            for index in (site.translations[related] ?? [:]).values { result.insert(index) }
        }
        return result
    }

    /// The index in the new site of page `index` of `old`, matched by language and translation key.
    private func map(_ index: Int, from old: Site) -> Int? {
        let page = old.pages[index]
        return site.translations[page.translationKey]?[page.languageCode]
    }

    /// True when a content file that existed before is gone or publishes at another URL:
    /// links to it in other pages' Markdown would change.
    static func movedContent(from old: Site, to new: Site) -> Bool {
        for (path, oldIndex) in old.pagesByContentPath {
            guard let newIndex = new.pagesByContentPath[path] else { return true }
            if new.pages[newIndex].sitePath != old.pages[oldIndex].sitePath { return true }
        }
        return false
    }

    private func sectionsDiffer(_ old: Site, _ new: Site) -> Bool {
        func shape(_ site: Site) -> [String: [String: String]] {
            site.sections.mapValues { sections in sections.mapValues { site.pages[$0.pageIndex].sitePath + "|" + site.pages[$0.pageIndex].title } }
        }
        return shape(old) != shape(new)
    }

    /// A template only pages render directly (not a partial or parent of another template).
    static func pageLevelTemplate(_ name: String, sources: [String: String]) -> Bool {
        guard sources[name] != nil else { return false }  // added or removed: pages may pick another template
        for (other, text) in sources where other != name {
            for opener in ["{{>", "{{<"] {
                if text.replacingOccurrences(of: opener + " ", with: opener).contains(opener + name + "}}") { return false }
            }
        }
        return true
    }

    static func changedTemplates(_ old: [String: String], _ new: [String: String]) -> Set<String> {
        var names = Set<String>()
        for (name, text) in new where old[name] != text { names.insert(name) }
        for name in old.keys where new[name] == nil { names.insert(name) }
        return names
    }
}
