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

    public var check: Check
    public var message: String

    public init(_ check: Check, _ message: String) {
        self.check = check
        self.message = message
    }
}
