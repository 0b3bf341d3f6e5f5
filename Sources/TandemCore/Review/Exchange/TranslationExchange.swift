/// What travels to translators and back: for each page, its units with the
/// source, the translation where one exists, and a state. XLIFF and PO are two
/// spellings of this (`XLIFFWriter`/`XLIFFReader`, `POWriter`/`POReader`).
public struct TranslationExchange: Sendable, Equatable {
    public struct Unit: Sendable, Equatable {
        /// `title`, `b12`, `b12.2`.
        public var id: String
        /// "list item", "table cell", …
        public var label: String
        public var source: [InlinePiece]
        /// The source as Markdown: what a PO file shows.
        public var sourceMarkdown: String
        /// Nil when nobody has translated the unit yet.
        public var target: [InlinePiece]?
        /// A PO file's translation is Markdown, not pieces.
        public var targetMarkdown: String?
        /// XLIFF 1.2 `state`: `new`, `translated`, `needs-review-translation`, `final`, `signed-off`, …
        public var state: String?
        /// XLIFF `approved="yes"`; in PO, a translation not marked fuzzy.
        public var approved: Bool
        /// The unit's `TranslationUnit.hash` when exported.
        public var sourceHash: String?
        /// Line in the content file.
        public var line: Int
        /// For the translator: what the unit is, glossary entries.
        public var notes: [String]
        /// Line in the exchange file, for errors on import.
        public var fileLine: Int = 0

        public init(id: String, label: String, source: [InlinePiece], sourceMarkdown: String, target: [InlinePiece]? = nil,
                    targetMarkdown: String? = nil, state: String? = nil, approved: Bool = false, sourceHash: String? = nil,
                    line: Int = 0, notes: [String] = []) {
            self.id = id
            self.label = label
            self.source = source
            self.sourceMarkdown = sourceMarkdown
            self.target = target
            self.targetMarkdown = targetMarkdown
            self.state = state
            self.approved = approved
            self.sourceHash = sourceHash
            self.line = line
            self.notes = notes
        }

        /// Whether the unit counts as done: translated, and approved or in a final state.
        public var isApproved: Bool {
            hasTranslation && (approved || state == "final" || state == "signed-off")
        }

        public var hasTranslation: Bool {
            guard let text = target?.plainText ?? targetMarkdown else { return false }
            return !text.allSatisfy(\.isWhitespace) && state != "new" && state != "needs-translation"
        }
    }

    public struct File: Sendable, Equatable {
        /// `content/agendas/x.es.md`.
        public var original: String
        public var translationKey: String
        public var sourceLanguage: String
        /// `content/agendas/x.en.md`, existing or not.
        public var targetPath: String
        public var units: [Unit]
        public var fileLine: Int = 0

        public init(original: String, translationKey: String, sourceLanguage: String, targetPath: String, units: [Unit]) {
            self.original = original
            self.translationKey = translationKey
            self.sourceLanguage = sourceLanguage
            self.targetPath = targetPath
            self.units = units
        }
    }

    /// `SiteFingerprint` of the site it was exported from.
    public var site: String
    public var targetLanguage: String
    public var files: [File]

    public init(site: String, targetLanguage: String, files: [File]) {
        self.site = site
        self.targetLanguage = targetLanguage
        self.files = files
    }
}

/// A short name for a site, written into exports so that a file from another
/// site is refused: its languages and their titles, hashed.
public enum SiteFingerprint {
    public static func of(_ config: SiteConfig) -> String {
        let text = config.languages.map { $0.code + "=" + $0.title }.joined(separator: "\n")
        return "site-" + SourceHash.sha256Hex(Array(text.utf8)).prefix(12)
    }
}
