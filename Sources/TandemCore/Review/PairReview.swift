/// One translation pair laid side by side: the aligned rows with their
/// findings, and the findings about the pages as a whole.
public struct PairReview: Sendable {
    /// One row of the side-by-side table: a block on each side, or a gap on one.
    public struct Row: Sendable {
        /// `b12`: the row's anchor, shared by both sides.
        public var anchor: String
        public var left: ReviewBlock?
        public var right: ReviewBlock?
        public var similarity: Double?
        /// For a moved block: the row (index in `rows`) of its counterpart.
        public var counterpartRow: Int?
        public var findings: [ReviewFinding] = []
        /// For a stale translation: how this row's source block changed since the recorded version.
        public var sourceChange: SourceBlockChanges.Change?
    }

    public var translationKey: String
    public var status: TranslationStatus
    public var leftLanguage: String
    public var rightLanguage: String
    public var leftPage: Page
    public var rightPage: Page
    public var rows: [Row]
    /// Counts and front matter: about the pages, not one row.
    public var pageFindings: [ReviewFinding]
    /// Glossary terms found with their approved translation: what the index compares across pages.
    public var termUses: [TermUse] = []
    /// For a stale translation whose recorded source is in git: the source's blocks changed since.
    public var sourceBlockChanges: SourceBlockChanges?
    /// Seconds the alignment and checks took, for the benchmark.
    public var seconds: Double = 0

    /// The pages' findings, then each row's in order.
    public var allFindings: [ReviewFinding] { pageFindings + rows.flatMap(\.findings) }
    /// Findings to look at: waived ones are counted apart.
    public var findingCount: Int { allFindings.filter { !$0.waived }.count }
    /// Findings a `tandem-review: ignore` comment waived.
    public var waivedCount: Int { allFindings.filter(\.waived).count }

    public func count(_ check: ReviewFinding.Check) -> Int {
        allFindings.filter { $0.check == check && !$0.waived }.count
    }
}
