/// A line diff (the standard library's `difference(from:)`): what changed in a source
/// between the version a translation was made from and now.
public enum LineDiff: Sendable {
    public enum Line: Sendable, Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// Above this many line pairs the middle part is shown as removed then added, rather than
    /// compared line by line: Myers' trace grows with the square of the differences.
    static let cellLimit = 4_000_000

    public static func diff(_ old: [String], _ new: [String]) -> [Line] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)]), b = Array(new[prefix..<(new.count - suffix)])
        var middle: [Line] = []
        if a.count * b.count > cellLimit || a.isEmpty || b.isEmpty {
            middle = a.map(Line.removed) + b.map(Line.added)
        } else {
            // The standard library's Myers diff; walked in order with removed lines first,
            // so a changed line reads old then new.
            let difference = b.difference(from: a)
            var removed = Set<Int>(), inserted = Set<Int>()
            for change in difference {
                switch change {
                case .remove(let offset, _, _): removed.insert(offset)
                case .insert(let offset, _, _): inserted.insert(offset)
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, removed.contains(i) {
                    middle.append(.removed(a[i]))
                    i += 1
                } else if j < b.count, inserted.contains(j) {
                    middle.append(.added(b[j]))
                    j += 1
                } else {
                    middle.append(.same(a[i]))
                    i += 1
                    j += 1
                }
            }
        }
        return old[..<prefix].map(Line.same) + middle + old[(old.count - suffix)...].map(Line.same)
    }
}
