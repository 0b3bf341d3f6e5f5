/// The pages' bodies held for the Markdown pass of a build: each body is given to the one
/// worker that renders its page and let go there, so the content files' texts leave memory
/// while the HTML comes in, not after (holding both at once was the peak of a build).
///
/// A body is a slice of its file's text: the text goes when the page's slice and the
/// page's `source.text` are both gone, which `NoStageCache` sees to at the link stage.
final class PageBodyHandOff: @unchecked Sendable {
    // Unchecked: each index is taken once, by the one worker rendering that page, so no two
    // threads touch the same slot; the buffer itself is never resized.
    private let slots: UnsafeMutableBufferPointer<Substring?>

    init(_ bodies: [Substring?]) {
        slots = .allocate(capacity: bodies.count)
        _ = slots.initialize(from: bodies)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The body of page `index`, once; nil afterwards, or when the page kept its body.
    func take(_ index: Int) -> Substring? {
        guard slots.indices.contains(index) else { return nil }
        return slots[index].take()
    }
}
