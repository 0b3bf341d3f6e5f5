/// `translation.skip` in `tandem.yaml`: what is not translated on purpose. A page
/// covered here has no `missing` versions: the languages it lacks are
/// `single-language`, which `tandem status --strict` accepts.
///
/// ```yaml
/// translation:
///   source: es
///   skip:
///     sections: [agendas, events]   # folders in content/, with every folder under them
///     languages: [en]               # no page needs a version in these languages
/// ```
///
/// `skip: [agendas, events]` is short for `skip: {sections: [agendas, events]}`.
/// A single page says the same with `translate: false` in its front matter.
public struct TranslationSkip: Sendable, Equatable {
    /// Folders inside `content/`, without leading or trailing `/` (`agendas`, `events/2024`).
    public var sections: [String]
    public var languages: [String]

    public init(sections: [String] = [], languages: [String] = []) {
        self.sections = sections.map { $0.split(separator: "/").joined(separator: "/") }
        self.languages = languages
    }

    /// True when a page in `sectionPath` needs no version in `languageCode`.
    public func skips(sectionPath: String, languageCode: String) -> Bool {
        if languages.contains(languageCode) { return true }
        return sections.contains { $0 == sectionPath || sectionPath.hasPrefix($0 + "/") }
    }
}
