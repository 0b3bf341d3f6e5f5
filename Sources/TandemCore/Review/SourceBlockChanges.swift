/// Which blocks of a stale translation's source changed since the version the
/// translation was made from: added, changed (with the words that changed) or
/// removed. The review marks the rows and says "2 of 14 blocks changed since 2026-03-03".
public struct SourceBlockChanges: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        case added
        /// The words taken out and put in, in order.
        case changed(removed: [String], added: [String])
    }

    /// Current source block line → its change.
    public var byLine: [Int: Change] = [:]
    /// The texts of old blocks no longer in the source.
    public var removed: [String] = []
    /// Blocks of the current source.
    public var total = 0
    /// `YYYY-MM-DD` of the recorded version.
    public var since: String

    /// "2 of 14 blocks changed since 2026-03-03 (1 added, 1 removed)".
    public var summary: String {
        let added = byLine.values.filter { $0 == .added }.count
        var parts: [String] = []
        if added > 0 { parts.append("\(added) added") }
        if !removed.isEmpty { parts.append("\(removed.count) removed") }
        return "\(byLine.count) of \(total) block\(total == 1 ? "" : "s") changed since \(since)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    /// Compares the blocks of the recorded source with the current ones, by their text.
    public static func compare(old: [ReviewBlock], new: [ReviewBlock], since: String) -> SourceBlockChanges {
        var changes = SourceBlockChanges(total: new.count, since: since)
        let key = { (block: ReviewBlock) in ReviewChecks.normalized(block.displayText) }
        let lines = LineDiff.diff(old.map(key), new.map(key))
        var oldIndex = 0, newIndex = 0
        var pendingRemoved: [Int] = [], pendingAdded: [Int] = []
        func flush() {
            // A run of removed blocks followed by added ones: the first of each pair up as "changed".
            for (offset, added) in pendingAdded.enumerated() {
                if offset < pendingRemoved.count {
                    let words = LineDiff.diff(Self.words(old[pendingRemoved[offset]]), Self.words(new[added]))
                    changes.byLine[new[added].block.line] = .changed(
                        removed: words.compactMap { if case .removed(let word) = $0 { word } else { nil } },
                        added: words.compactMap { if case .added(let word) = $0 { word } else { nil } })
                } else {
                    changes.byLine[new[added].block.line] = .added
                }
            }
            for removed in pendingRemoved.dropFirst(pendingAdded.count) { changes.removed.append(old[removed].displayText) }
            pendingRemoved = []
            pendingAdded = []
        }
        for line in lines {
            switch line {
            case .same:
                flush()
                oldIndex += 1
                newIndex += 1
            case .removed:
                if !pendingAdded.isEmpty { flush() }
                pendingRemoved.append(oldIndex)
                oldIndex += 1
            case .added:
                pendingAdded.append(newIndex)
                newIndex += 1
            }
        }
        flush()
        return changes
    }

    static func words(_ block: ReviewBlock) -> [String] {
        block.displayText.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
