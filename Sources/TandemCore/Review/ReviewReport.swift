import Foundation

/// What `tandem review` did.
public struct ReviewReport: Sendable {
    public struct PairSummary: Sendable, Equatable {
        public var translationKey: String
        public var findings: Int
        public var seconds: Double
        public var stale: Bool
        /// Whether the stale page shows the source's changes from git.
        public var diffShown: Bool
    }

    public var outputFolder: URL
    public var succeeded = false
    public var diagnostics: [Diagnostic] = []
    public var status: StatusReport?
    public var pairs: [PairSummary] = []
    /// Every finding, pair by pair in the index's order, then the site's (terms translated different ways).
    public var findingList: [Finding] = []
    /// How many findings `tandem-review: ignore` comments waived (not in `findings`).
    public var waived: Int { findingList.filter(\.waived).count }
    public var filesWritten = 0
    public var seconds = 0.0
    /// Set when the output folder was refused before anything was written (a usage error).
    public var outputFolderError: OutputFolderError?

    public var findings: Int { pairs.reduce(0) { $0 + $1.findings } + siteFindings }
    /// Findings about the site as a whole: a glossary term translated different ways.
    public var siteFindings = 0
}
