/// What a stale translation's review page says about its source: the changes
/// since the recorded version, when git has that version, or just that it changed.
public enum SourceChange: Sendable, Equatable {
    case diff(SourceHistory.Version, [LineDiff.Line])
    case unknown(reason: String)

    /// Compares the recorded version (from git) with the source as it is now.
    public static func find(sourcePath: String, currentBody: String, recordedHash: String, history: SourceHistory?) -> SourceChange {
        guard let history else { return .unknown(reason: "git history was not consulted (--no-git)") }
        switch history.version(of: sourcePath, matching: recordedHash) {
        case .found(let version):
            let old = SourceHash.normalize(version.body).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let new = SourceHash.normalize(currentBody).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return .diff(version, LineDiff.diff(old, new))
        case .unavailable(let reason):
            return .unknown(reason: reason)
        }
    }
}
