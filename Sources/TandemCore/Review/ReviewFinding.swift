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

        /// Text left in the source language is an error (readers cannot read it); a number
        /// on one side only or a link to the other language is likely one; differences of
        /// form and blocks that moved are for a reviewer to judge.
        public var defaultSeverity: Severity {
            switch self {
            case .untranslated: .error
            case .fact, .linkLanguage, .count, .unmatched: .warning
            case .frontMatter, .moved: .info
            }
        }

        public var title: String {
            switch self {
            case .fact: "numbers, dates, addresses"
            case .count: "structure"
            case .linkLanguage: "link language"
            case .untranslated: "untranslated"
            case .frontMatter: "front matter"
            case .unmatched: "no counterpart"
            case .moved: "moved"
            }
        }
    }

    /// How much a finding matters: `tandem status --strict --fail-on error` fails on `error` findings.
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case error, warning, info

        private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
        /// `error` < `warning` < `info`: "at least as serious as" is `<=`.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var check: Check
    public var message: String
    public var severity: Severity

    /// Without a severity, the check's usual one (`Check.defaultSeverity`).
    public init(_ check: Check, _ message: String, severity: Severity? = nil) {
        self.check = check
        self.message = message
        self.severity = severity ?? check.defaultSeverity
    }
}
