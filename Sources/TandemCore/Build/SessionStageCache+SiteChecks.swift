/// The whole-site stages of a rebuild (programme references, tag index, output path table),
/// kept from the last good build when the change cannot alter them. On a 10k-page site
/// they cost about 90 ms a rebuild, all before the edited page could be written; when
/// only the text of pages changed, each is a comparison of the changed pages instead.
///
/// Each shortcut needs a patched site (`patched`): the last good site with the changed
/// pages swapped in, every page in its place at its URL, with the same title, date,
/// translation key, kind and aliases. What else a stage reads is compared page by page.
extension SessionStageCache {
    /// The indexes of the changed pages, when the site is the last good one with them swapped in.
    func patchedIndexes(_ site: Site) -> [Int]? {
        guard isPatched, last != nil else { return nil }
        var indexes: [Int] = []
        for path in pendingDirty {
            guard let index = site.pagesByContentPath[path] else { return nil }
            indexes.append(index)
        }
        return indexes
    }

    /// The last good build's references while no changed page changed a reference key; the
    /// kinds and keys of all pages stay those of the last good build on a patched site, and
    /// that build had no reference error (errors fail a build).
    mutating func references(of site: Site, make: (inout DiagnosticBag) -> ProgrammeReferences, diagnostics: inout DiagnosticBag) -> ProgrammeReferences {
        if let indexes = patchedIndexes(site), let last {
            let same = indexes.allSatisfy { index in
                let (old, new) = (last.site.pages[index].frontMatter, site.pages[index].frontMatter)
                return ProgrammeReferences.keys.allSatisfy { old[$0.key] == new[$0.key] }
            }
            if same { return last.references }
        }
        return make(&diagnostics)
    }

    /// The last good build's tag index while no changed page changed its tags and the theme
    /// (whose `tags_url` names the tag pages' folder) was not read again; titles and dates,
    /// which order a tag's pages, stay the same on a patched site.
    mutating func tags(of site: Site, make: () -> TagIndex) -> TagIndex {
        if let indexes = patchedIndexes(site), let last, !change.theme, !pendingFullRender,
           indexes.allSatisfy({ last.site.pages[$0].frontMatter.tags == site.pages[$0].frontMatter.tags }) {
            return last.tags
        }
        return make()
    }

    /// Nothing to check when every claim is one of the last good build's: same pages at the
    /// same URLs with the same aliases and bundle files (a patched site), the same tag pages,
    /// theme assets and static files, and the same exports from each changed page. A clash
    /// among those would have failed that build. Otherwise the whole table is checked.
    mutating func checkOutputPaths(site: Site, programme: ProgrammeData, theme: Theme?, tags: TagIndex, staticFiles: [String], diagnostics: inout DiagnosticBag) {
        let assetFiles = theme?.assets.map(\.path) ?? []
        if let indexes = patchedIndexes(site), let last, last.staticFiles == staticFiles, last.assetFiles == assetFiles,
           last.tags.sitePaths == tags.sitePaths,
           indexes.allSatisfy({
               OutputPathTable.exportPaths(of: $0, site: last.site, programme: last.programme)
                   == OutputPathTable.exportPaths(of: $0, site: site, programme: programme)
           }) {
            return
        }
        OutputPathTable.check(site: site, programme: programme, theme: theme, tags: tags, staticFiles: staticFiles, diagnostics: &diagnostics)
    }
}
