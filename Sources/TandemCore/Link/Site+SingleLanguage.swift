/// Pages that stay in one language on purpose (front matter `translate: false`,
/// or `translation.skip` in `tandem.yaml`): the versions they lack are not
/// "missing" but `single-language`, for `tandem status` and the language switch alike.
extension Site {
    /// True when the page with this translation key needs no version in `languageCode`.
    public func isSingleLanguage(_ translationKey: String, in languageCode: String) -> Bool {
        guard let versions = translations[translationKey] else { return false }
        // A version Tandem made itself (a section nobody wrote an _index for) says nothing.
        let written = versions.values.filter { !pages[$0].isGenerated }
        if written.contains(where: { pages[$0].frontMatter.translate == false }) { return true }
        guard let first = written.min() ?? versions.values.min() else { return false }
        return config.translationSkip.skips(sectionPath: pages[first].sectionPath, languageCode: languageCode)
    }
}
