import Dispatch

/// The time of each step of the write (`SiteWriter.write`'s `lap`), for `TANDEM_TIMINGS`:
/// each lap is the time since the one before, or since the timer was made.
struct StepTimes {
    private(set) var steps: [(String, Double)] = []
    private var start = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        steps.append((name, Double(now - start) / 1e9))
        start = now
    }
}
