/// A site's termbase: the terms its translations must use, read from
/// `glossary.yaml` at the site root (and the CSV or TBX files it imports).
///
///     terms:
///       - es: ODM
///         en: MDGs
///         variants: {en: [MDG, Millennium Development Goals]}
///         forbidden: {en: [Millennium Goals]}
///         caseSensitive: true
///         note: Objetivos de Desarrollo del Milenio, 2000–2015.
///
/// The review flags a source term whose approved translation is missing from
/// its row, a forbidden term, and a source term translated different ways.
public struct Glossary: Sendable, Equatable {
    /// One concept: its approved term in each language, with what else is allowed or forbidden.
    public struct Entry: Sendable, Equatable {
        /// Language code → the preferred term ("ODM", "MDGs").
        public var terms: [String: String]
        /// Language code → other accepted forms: acronyms, spellings, irregular plurals.
        public var variants: [String: [String]]
        /// Language code → superseded or wrong terms that must not be used.
        public var forbidden: [String: [String]]
        public var note: String?
        /// "ODM" must be upper case; most terms match in any case.
        public var caseSensitive: Bool
        /// Spanish gender endings (-o/-a, -os/-as) match too: "municipalizado" for "municipalizada".
        public var gender: Bool
        /// Where the entry was written, for messages.
        public var location: SourceLocation?

        public init(
            terms: [String: String], variants: [String: [String]] = [:], forbidden: [String: [String]] = [:],
            note: String? = nil, caseSensitive: Bool = false, gender: Bool = false, location: SourceLocation? = nil
        ) {
            self.terms = terms
            self.variants = variants
            self.forbidden = forbidden
            self.note = note
            self.caseSensitive = caseSensitive
            self.gender = gender
            self.location = location
        }

        /// The preferred term and its variants in a language: every form a translation may use.
        public func accepted(in language: String) -> [String] {
            (terms[language].map { [$0] } ?? []) + (variants[language] ?? [])
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public var isEmpty: Bool { entries.isEmpty }

    /// The file the review reads, at the site root.
    public static let fileName = "glossary.yaml"
}
