/// Where one language's version of a page stands.
public enum TranslationState: String, Sendable, Codable, CaseIterable, Comparable {
    /// The version translations are made from.
    case source
    /// A translation whose `source_hash` names the source as it is now.
    case ok
    /// A translation made from an older version of the source: the source changed since.
    case stale
    /// A translation that records no `source_hash`: it exists, but nobody can tell from which version.
    case untracked
    /// A version marked `draft: true` (scaffolded and not yet finished, or held back).
    case draft
    /// No file in this language.
    case missing

    /// Whether `tandem status --strict` fails on it.
    public var failsStrict: Bool { self == .missing || self == .stale }

    /// Whether a published, current or not, version exists in this language.
    public var isPresent: Bool { self == .source || self == .ok || self == .stale || self == .untracked }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: TranslationState, b: TranslationState) -> Bool { a.rank < b.rank }
}
