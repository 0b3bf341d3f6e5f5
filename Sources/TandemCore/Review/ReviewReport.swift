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
    public var filesWritten = 0
    public var seconds = 0.0
    /// Set when the output folder was refused before anything was written (a usage error).
    public var outputFolderError: OutputFolderError?

    public var findings: Int { pairs.reduce(0) { $0 + $1.findings } }
}
