import Foundation
import Synchronization
import TandemCore

/// Keeps the translation review (what `tandem review` writes) in step with the
/// served site. It is rebuilt on a background thread after every good build, so
/// it never delays the page reload, and at most one run is queued behind the
/// one in progress: a burst of saves costs two reviews, not one per save.
final class ReviewRefresher: Sendable {
    /// Where the review is served, outside any base-URL sub-path.
    static let pathPrefix = "/__tandem/review/"

    let siteFolder: URL
    let folder: URL
    private let onRefreshed: @Sendable (ReviewReport) -> Void
    private let state = Mutex(RunState())

    private struct RunState {
        var running = false
        var pending = false
    }

    init(siteFolder: URL, folder: URL, onRefreshed: @escaping @Sendable (ReviewReport) -> Void) {
        self.siteFolder = siteFolder
        self.folder = folder
        self.onRefreshed = onRefreshed
    }

    func refresh() {
        let start = state.withLock { state -> Bool in
            if state.running {
                state.pending = true
                return false
            }
            state.running = true
            return true
        }
        guard start else { return }
        Thread.detachNewThread { [self] in runUntilCurrent() }
    }

    /// Blocks until no review is running (tests, shutdown).
    func waitUntilIdle(timeout: TimeInterval = 30) {
        let deadline = Date().addingTimeInterval(timeout)
        while state.withLock({ $0.running }), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    }

    private func runUntilCurrent() {
        while true {
            onRefreshed(ReviewSiteBuilder(siteFolder: siteFolder, outputFolder: folder).build())
            let again = state.withLock { state -> Bool in
                if state.pending {
                    state.pending = false
                    return true
                }
                state.running = false
                return false
            }
            if !again { return }
        }
    }
}
