/// Something a reviewer should look at, beside a row or at the top of a pair's page.
public struct ReviewFinding: Sendable, Equatable, Hashable {
    public enum Check: String, Sendable, CaseIterable {
        /// A number, date, time, percentage, e-mail address or URL on one side only.
        case fact
        /// Different numbers of headings, list items, table rows, links or images.
        case count
        /// A link whose target is a page in the other language.
        case linkLanguage
        /// A block (or title, summary) left as in the source.
        case untranslated
        /// A front-matter field on one side only, or tags of a different count.
        case frontMatter
        /// A block with no counterpart on the other side.
        case unmatched
        /// A block whose counterpart is elsewhere on the page (reordered).
        case moved
        /// A glossary term in the source without its approved translation in the row.
        case terminology
        /// A term the glossary forbids (superseded or wrong) used in a language.
        case forbiddenTerm
        /// Unpaired ¿ ? ¡ ! brackets or quotes, or a sentence ending of another kind.
        case punctuation
        /// Inline code, emphasis, strong, links, images or footnote references that differ in a row.
        case markup

        public var title: String {
            switch self {
            case .fact: "numbers, dates, addresses"
            case .count: "structure"
            case .linkLanguage: "link language"
            case .untranslated: "untranslated"
            case .frontMatter: "front matter"
            case .unmatched: "no counterpart"
            case .moved: "moved"
            case .terminology: "terminology"
            case .forbiddenTerm: "forbidden term"
            case .punctuation: "punctuation"
            case .markup: "markup"
            }
        }

        /// How serious a finding of this check is unless it says otherwise: text left in the
        /// source language (readers cannot read it), a term the glossary forbids and a link
        /// into the other language are errors; a number on one side only, structure, terms
        /// and form are for a reviewer to judge; moved blocks and front matter are worth knowing.
        public var defaultSeverity: Severity {
            switch self {
            case .untranslated, .linkLanguage, .forbiddenTerm: .error
            case .fact, .count, .unmatched, .terminology, .punctuation, .markup: .warning
            case .frontMatter, .moved: .info
            }
        }
    }

    /// `error`: almost surely wrong (a forbidden term, a link into the other language);
    /// `warning`: probably wrong, look at it; `info`: worth knowing, often fine.
    /// `tandem status --strict --fail-on error` fails on `error` findings.
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case error, warning, info

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }
    }

    public var check: Check
    public var message: String
    public var severity: Severity
    /// Waived in the translation's Markdown (`<!-- tandem-review: ignore number -->`): kept, counted apart.
    public var waived = false
    /// Why it was waived, as the comment says.
    public var waiverReason: String?

    /// Without a severity, the check's usual one (`Check.defaultSeverity`).
    public init(_ check: Check, _ message: String, severity: Severity? = nil) {
        self.check = check
        self.message = message
        self.severity = severity ?? check.defaultSeverity
    }
}
