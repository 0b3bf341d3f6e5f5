import Synchronization

/// Earlier versions of sources found in git, by file and recorded hash, kept
/// for the life of a `tandem serve` run: a stale home page is rendered again
/// at every save, and looking through a file's history runs git once per commit.
/// A commit's copy of a file never changes, so a version found stays right; a
/// lookup that found nothing is kept too (say so with a restart after committing).
public final class SourceVersionCache: Sendable {
    private let lookups = Mutex<[String: SourceHistory.Lookup]>([:])

    public init() {}

    func lookup(_ path: String, _ recorded: String, in history: SourceHistory) -> SourceHistory.Lookup {
        let key = path + "\u{0}" + recorded
        if let known = lookups.withLock({ $0[key] }) { return known }
        let found = history.version(of: path, matching: recorded)
        lookups.withLock { $0[key] = found }
        return found
    }
}
