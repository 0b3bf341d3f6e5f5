/// Values by page index, each given once to the one worker that needs it and let go there:
/// a build hands the pages' bodies to the Markdown pass this way (so the files' texts leave
/// memory while the HTML comes in, not after) and each page's HTML to its render (so the
/// HTML is gone by the time the search index and the other site files are made). Holding
/// all of either at once was the peak of a build.
final class HandOffSlots<Value: Sendable>: @unchecked Sendable {
    // Unchecked: each index is taken once, by the one worker that works on that page, so
    // no two threads touch the same slot; the buffer itself is never resized.
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(_ values: [Value?]) {
        slots = .allocate(capacity: values.count)
        _ = slots.initialize(from: values)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The value at `index`, once; nil afterwards, or when there was none.
    func take(_ index: Int) -> Value? {
        guard slots.indices.contains(index) else { return nil }
        return slots[index].take()
    }
}
