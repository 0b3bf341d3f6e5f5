import Dispatch

/// Runs independent work on every core. Results come back in input order, so
/// parallel stages stay deterministic.
enum Parallel {
    /// Set (with `$isSerial.withValue(true) { … }`) to run every stage on the calling
    /// thread, so tests can compare parallel output with serial output.
    @TaskLocal static var isSerial = false

    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1, !isSerial else { return (0..<count).map(transform) }
        let slots = ResultSlots<T>(count: count)
        // Chunks of a few dozen items keep scheduling overhead small against ~0.1 ms per page.
        let chunkSize = max(1, min(64, count / 16))
        let chunks = (count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            for index in start..<min(count, start + chunkSize) { slots.store(transform(index), at: index) }
        }
        return slots.collect()
    }
}

extension Parallel {
    /// `first` and `second` side by side (one on each core), for two independent steps of a
    /// stage that would otherwise run one after the other on one core.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        guard !isSerial else { return (first(), second()) }
        let a = ResultSlots<A>(count: 1), b = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
        }
        return (a.collect()[0], b.collect()[0])
    }
}

/// A fixed buffer that threads fill at distinct indexes.
private final class ResultSlots<T>: @unchecked Sendable {
    // Safe because every index is written by exactly one thread, and read only
    // after concurrentPerform has returned (which is a full barrier).
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    func collect() -> [T] { (0..<count).compactMap { buffer[$0] } }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }
}
