/// Where one language's version of a page stands.
public enum TranslationState: String, Sendable, Codable, CaseIterable, Comparable {
    /// The version translations are made from.
    case source
    /// A translation whose `source_hash` names the source as it is now: someone (or an
    /// approved import) said it matches, and the review finds no untranslated block.
    case ok
    /// A translation made from an older version of the source: the source changed since.
    case stale
    /// A published translation in which the review still finds untranslated blocks
    /// (text left as in the source, a title still marked `[translate]`).
    case incomplete
    /// A translation that records no `source_hash`: it exists, but nobody has said which
    /// version of the source it matches (a finished scaffold until `--mark-current`).
    case untracked
    /// A version marked `draft: true` (scaffolded and not yet finished, or held back).
    case draft
    /// No file in this language, on purpose: the page says `translate: false`, or
    /// `translation.skip` in `tandem.yaml` names its section or this language.
    case singleLanguage = "single-language"
    /// No file in this language.
    case missing

    /// Whether `tandem status --strict` fails on it.
    public var failsStrict: Bool { self == .missing || self == .stale || self == .incomplete }

    /// Whether a published, current or not, version exists in this language.
    public var isPresent: Bool { self == .source || self == .ok || self == .stale || self == .incomplete || self == .untracked }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: TranslationState, b: TranslationState) -> Bool { a.rank < b.rank }
}
