/// The status of one translation key: which language is its source and where
/// each language's version stands.
public struct TranslationStatus: Sendable, Equatable {
    public struct Version: Sendable, Equatable {
        public var languageCode: String
        public var state: TranslationState
        /// `content/…` path; nil when missing.
        public var path: String?
        /// Index in `Site.pages`; nil when missing.
        public var pageIndex: Int?
        /// `source_hash` as written in a translation.
        public var recordedHash: String?
        /// For the source version: the hash a current translation records.
        public var currentHash: String?
        /// `scaffolded_from` as written in a translation `tandem translate` scaffolded.
        public var scaffoldedFrom: String?
        /// On a translation the review compared with its source: its findings
        /// (`untranslated` ones included); nil when not reviewed.
        public var findings: [ReviewFinding]?

        /// Untranslated blocks, titles and summaries the review found; 0 when not reviewed.
        public var untranslatedCount: Int { findings?.filter { $0.check == .untranslated }.count ?? 0 }

        /// Findings at `severity` or more serious.
        public func findingCount(atLeast severity: ReviewFinding.Severity) -> Int {
            findings?.filter { $0.severity <= severity }.count ?? 0
        }
    }

    public var translationKey: String
    /// The folder in `content/` ("" for the root).
    public var sectionPath: String
    public var kind: Page.Kind
    /// The language the source version is in (the pair's `translationSource`, the
    /// config's `translation.source`, or the only language that has the page).
    public var sourceLanguageCode: String
    /// One per configured language, in config order.
    public var versions: [Version]

    public func version(_ languageCode: String) -> Version? { versions.first { $0.languageCode == languageCode } }
    public var source: Version? { version(sourceLanguageCode) }
    /// The versions other than the source.
    public var translations: [Version] { versions.filter { $0.languageCode != sourceLanguageCode } }
    /// The stale translation a pair page of `left` and `right` is about: `right`'s, else
    /// `left`'s (the source itself is never stale). With three languages or more, another
    /// language's stale translation is not this pair's business.
    public func staleTranslation(inPairOf left: String, _ right: String) -> Version? {
        translations.first { $0.state == .stale && $0.languageCode == right }
            ?? translations.first { $0.state == .stale && $0.languageCode == left }
    }
    /// True when every language has a version (drafts included).
    public var isPaired: Bool { versions.allSatisfy { $0.state != .missing } }
}
