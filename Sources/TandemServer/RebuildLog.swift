import Foundation
import Synchronization

/// Which files each rebuild after a change covered, so that a request that
/// wrote a file itself ("Mark as current") can wait until the watcher has
/// rebuilt the site with it, instead of rebuilding a second time.
final class RebuildLog: Sendable {
    private let state = Mutex<(finished: Int, lastSeen: [String: Int])>((0, [:]))

    /// How many rebuilds have finished: a mark to wait after.
    var finished: Int { state.withLock { $0.finished } }

    /// A rebuild after these changes (paths relative to the site folder) has finished.
    func record(_ paths: Set<String>) {
        state.withLock { state in
            state.finished += 1
            for path in paths { state.lastSeen[path] = state.finished }
        }
    }

    /// Waits until a rebuild finished after `mark` covered `path`; false after `timeout` seconds.
    func waitForRebuild(of path: String, after mark: Int, timeout: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if state.withLock({ ($0.lastSeen[path] ?? 0) > mark }) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}
