/// A set of short UTF-8 words kept back to back in one buffer, so deduplicating the words of
/// a page costs no `String` per word. A word is written at the end of `bytes` and then either
/// kept (it is new) or cut off again (it was there): no copy either way.
///
/// Byte equality is `String` equality only for text in the same normal form; callers put in
/// NFC words (or words of scalars below U+0300 without combining marks, which are NFC).
struct ByteWordSet {
    /// The words, back to back, and after them the word being added.
    var bytes: [UInt8] = []
    /// Where each word starts in `bytes`, plus the end of the last one.
    private var starts: [Int] = [0]
    /// Word number + 1 for each slot of the open-addressing table; 0 is empty.
    private var slots: [Int32]
    private var hashes: [UInt64] = []

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        bytes.reserveCapacity(capacity * 8)
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
    }

    var count: Int { hashes.count }

    /// Whether bytes have been written after the last word.
    var hasPending: Bool { bytes.count > starts[starts.count - 1] }

    /// Where word `number` lies in `bytes`.
    func range(of number: Int) -> Range<Int> { starts[number]..<starts[number + 1] }

    /// Keeps the bytes after the last word as a new word and returns its number, or cuts them
    /// off and returns nil when that word is already in the set.
    mutating func insertPending() -> Int? {
        let start = starts[starts.count - 1]
        let end = bytes.count
        let hash = bytes.withUnsafeBufferPointer { Self.hash($0, start, end) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if hashes[number] == hash, equals(number, start, end) {
                bytes.removeLast(end - start)
                return nil
            }
            slot = (slot + 1) & mask
        }
        let number = hashes.count
        slots[slot] = Int32(number + 1)
        hashes.append(hash)
        starts.append(end)
        if hashes.count * 2 > slots.count { grow() }
        return number
    }

    /// Adds a whole word (from outside `bytes`).
    mutating func insert(_ word: some Sequence<UInt8>) {
        bytes.append(contentsOf: word)
        _ = insertPending()
    }

    private func equals(_ number: Int, _ start: Int, _ end: Int) -> Bool {
        let known = range(of: number)
        guard known.count == end - start else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < known.count {
                if buffer[known.lowerBound + offset] != buffer[start + offset] { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[number]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// FNV-1a: deterministic, and cheap for words of a few bytes.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var position = start
        while position < end {
            hash ^= UInt64(buffer[position])
            hash = hash &* 0x0000_0100_0000_01b3
            position += 1
        }
        // The low bits pick the slot; fold the high bits in so they count too.
        return hash ^ (hash >> 29)
    }
}
