import Foundation
import Synchronization
import TandemCore

/// The translation review (what `tandem review` writes), served by `tandem serve`
/// and rebuilt only when someone asks for it after the site changed: reviewing
/// a 10,000-page site takes seconds, which no save should pay for unless a
/// reviewer is looking. Review pages reload with the site, so an open one asks
/// again after every good build.
final class ReviewCache: Sendable {
    /// Where the review is served, outside any base-URL sub-path.
    static let pathPrefix = "/__tandem/review/"

    let siteFolder: URL
    let folder: URL
    /// Pair pages carry the "Mark as current" form (see `DevServer.markCurrent`).
    let offersMarkCurrent: Bool
    private let onRebuilt: @Sendable (ReviewReport) -> Void
    /// Bumped after every good build; the review is current when it was built at the same number.
    private let generations = Mutex((wanted: 1, built: 0))
    /// One review at a time; requests that arrive meanwhile wait and then find it current.
    private let building = NSLock()

    init(siteFolder: URL, folder: URL, offersMarkCurrent: Bool, onRebuilt: @escaping @Sendable (ReviewReport) -> Void) {
        self.siteFolder = siteFolder
        self.folder = folder
        self.offersMarkCurrent = offersMarkCurrent
        self.onRebuilt = onRebuilt
    }

    /// The site changed: the next request rebuilds the review.
    func invalidate() {
        generations.withLock { $0.wanted += 1 }
    }

    /// Rebuilds the review if the site changed since it was built, off the server's threads.
    func ensureCurrent() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async { [self] in
                ensureCurrentNow()
                done.resume()
            }
        }
    }

    func ensureCurrentNow() {
        building.lock()
        defer { building.unlock() }
        let wanted = generations.withLock { $0.wanted }
        guard generations.withLock({ $0.built }) != wanted else { return }
        var builder = ReviewSiteBuilder(siteFolder: siteFolder, outputFolder: folder)
        builder.offersMarkCurrent = offersMarkCurrent
        let report = builder.build()
        generations.withLock { $0.built = wanted }
        onRebuilt(report)
    }
}
