import Testing
@testable import TandemCore

/// The line diff is the standard library's; these check how Tandem walks it: the lines
/// rebuild both versions, removed lines come before the lines that replace them, and
/// the unchanged lines are as many as the longest common subsequence allows.
@Suite("Review: line diff")
struct LineDiffTests {
    @Test func aChangedLineReadsOldThenNew() {
        let lines = LineDiff.diff(["a", "b", "c"], ["a", "B", "c"])
        #expect(lines == [.same("a"), .removed("b"), .added("B"), .same("c")])
    }

    @Test func additionsAndRemovalsAtTheEnds() {
        #expect(LineDiff.diff([], ["x"]) == [.added("x")])
        #expect(LineDiff.diff(["x"], []) == [.removed("x")])
        #expect(LineDiff.diff(["x", "y"], ["y"]) == [.removed("x"), .same("y")])
        #expect(LineDiff.diff(["y"], ["y", "z"]) == [.same("y"), .added("z")])
    }

    @Test func randomEditsRebuildBothSidesWithALongestCommonSubsequence() {
        var random = SplitMix(state: 11)
        for round in 0..<300 {
            let alphabet = ["a", "b", "c", "d"]
            let old = (0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" }
            let new = (0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" }
            let lines = LineDiff.diff(old, new)
            let rebuiltOld = lines.compactMap { line -> String? in
                switch line {
                case .same(let text), .removed(let text): text
                case .added: nil
                }
            }
            let rebuiltNew = lines.compactMap { line -> String? in
                switch line {
                case .same(let text), .added(let text): text
                case .removed: nil
                }
            }
            #expect(rebuiltOld == old, "round \(round)")
            #expect(rebuiltNew == new, "round \(round)")
            let same = lines.count { if case .same = $0 { true } else { false } }
            #expect(same == Self.longestCommonSubsequence(old, new), "round \(round): \(old) → \(new)")
        }
    }

    private static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        return lengths[0][0]
    }
}
