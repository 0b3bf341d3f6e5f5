import Dispatch
import Foundation
import Testing

/// Runs one fuzz input on its own thread with a time budget, so that a hang fails the
/// test naming the input's seed instead of stalling the suite for ever.
///
/// `TANDEM_FUZZ_BUDGET` sets the budget in seconds (default 60: the deepest generated
/// nesting takes about 11 s in a debug build on a loaded 2-core machine, and over 20 s
/// when the rest of the suite runs beside it; a hang is a hang at any budget). `TANDEM_FUZZ_SEED` replays
/// one input.
enum FuzzBudget {
    static let seconds = Double(ProcessInfo.processInfo.environment["TANDEM_FUZZ_BUDGET"] ?? "") ?? 60
    static let replaySeed = ProcessInfo.processInfo.environment["TANDEM_FUZZ_SEED"].flatMap { UInt64($0) }

    /// The seed of input `index` of a run started from `base`: every input has its own,
    /// so any one can be replayed without the ones before it.
    static func seed(base: UInt64, index: Int) -> UInt64 {
        var mix = SplitMix(state: base &+ UInt64(index))
        return mix.next()
    }

    /// False (with an issue recorded) when `body` ran past the budget. The thread is left
    /// running: a hang cannot be stopped from outside, only reported.
    @discardableResult
    static func run(seed: UInt64, what: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let start = DispatchTime.now()
        Thread.detachNewThread {
            body()
            done.signal()
        }
        guard done.wait(timeout: start + seconds) == .success else {
            Issue.record(
                "\(what) ran past \(Int(seconds)) s: replay with TANDEM_FUZZ_SEED=\(seed)",
                sourceLocation: sourceLocation)
            return false
        }
        return true
    }
}
