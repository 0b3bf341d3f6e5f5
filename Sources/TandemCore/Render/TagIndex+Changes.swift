/// Which tag pages a change of the site can have changed, for the dev server's rebuilds.
extension TagIndex {
    /// The tag pages of this index (of `site`) that may differ from those of `old` (of
    /// `oldSite`), when everything they show besides the tags themselves is unchanged
    /// (same theme, sections, config: a rebuild that is not full) and, of the pages' cards,
    /// only those of the pages at `edited` (indexes in `site`) can have changed:
    ///
    /// - a tag whose name or pages changed, in any language: its page in every language (the
    ///   language switch says whether the other languages have it), and every language's list
    ///   (names and counts, and whether a language has tags at all);
    /// - a tag with an edited page: its page.
    ///
    /// Pages are told apart by site path, so that a page added earlier in the site's order
    /// (all later indexes move) changes nothing else.
    func pagesDiffering(from old: TagIndex, oldSite: Site, site: Site, edited: Set<Int>) -> Set<PageID> {
        func shape(_ tag: Tag, _ site: Site) -> [String] { [tag.name] + tag.pages.map { site.pages[$0].sitePath } }
        var changedSlugs = Set<String>()
        for language in Set(tags.keys).union(old.tags.keys) {
            var before: [String: [String]] = [:]
            for tag in old.tags(language) { before[tag.slug] = shape(tag, oldSite) }
            for tag in tags(language) where before.removeValue(forKey: tag.slug) != shape(tag, site) { changedSlugs.insert(tag.slug) }
            changedSlugs.formUnion(before.keys)
        }
        var result = Set<PageID>()
        if !changedSlugs.isEmpty || segments != old.segments {
            for language in languageOrder { result.insert(PageID(language: language, slug: nil)) }
        }
        for language in languageOrder {
            for slug in changedSlugs { result.insert(PageID(language: language, slug: slug)) }
            for tag in tags(language) where tag.pages.contains(where: edited.contains) { result.insert(PageID(language: language, slug: tag.slug)) }
        }
        return result
    }
}
