import Foundation

/// The search index's keywords worked out on UTF-8 bytes, for pages whose texts are simple
/// (`SearchIndexWriter.isSimple`: every scalar below U+0300, or general punctuation other
/// than the joiners). There every scalar is a whole character and folds on its own, so
/// folding is a table look-up per scalar and words are deduplicated as bytes: the same
/// keywords as `SearchIndexWriter.keywords(of:excluding:)` with the words of the shown
/// texts excluded, without a `String`, a `Substring` hash or a Foundation call per word
/// (that was ~7 % of a 10k build).
///
/// Byte equality stands in for `String` equality because every word here is made of
/// precomposed scalars without combining marks (those below U+0300 and the few they fold
/// to, µ to Greek μ, Ⱥ to ⱥ), which is NFC already.
struct SearchWordScanner {
    private var seen = ByteWordSet(capacity: 512)

    /// The keywords of `body` minus the words of `shown` (the title, text and headings, as
    /// `SearchIndexWriter.words` splits them joined by spaces), or nil when a text is not
    /// simple and the general path has to decide.
    static func keywords(of body: String, excluding shown: [String]) -> String? {
        var scanner = SearchWordScanner()
        var folded: [UInt8] = []
        for text in shown {
            var text = text
            let simple = text.withUTF8 { bytes -> Bool in
                guard SearchIndexWriter.isSimple(bytes) else { return false }
                foldScalars(bytes, into: &folded)
                return true
            }
            guard simple else { return nil }
            // Joined by a space in the general path: a separator, so the words are the same.
            folded.append(UInt8(ascii: " "))
        }
        // A few scalars fold out of the simple ones (µ to Greek μ): then the general path splits.
        let foldedIsSimple = folded.withUnsafeBufferPointer { folded in
            guard SearchIndexWriter.isSimple(folded) else { return false }
            scanner.addWords(of: folded)
            return true
        }
        guard foldedIsSimple else { return nil }
        var body = body
        return body.withUTF8 { bytes in
            guard SearchIndexWriter.isSimple(bytes) else { return nil }
            return scanner.keywords(bytes)
        }
    }

    /// Adds each word of an already folded text, as folding the whole text and splitting it does.
    private mutating func addWords(of folded: UnsafeBufferPointer<UInt8>) {
        var position = 0
        while position < folded.count {
            let (slot, length) = Self.decode(folded, position)
            if Self.isWord[slot] {
                seen.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: folded[position..<position + length]))
            } else if seen.hasPending {
                _ = seen.insertPending()
            }
            position += length
        }
        if seen.hasPending { _ = seen.insertPending() }
    }

    /// Capitalised words first, then the rest, each once and not among the shown words, up to
    /// `keywordLimit`, joined by spaces. Nil for a word with a scalar of U+2000 or above, which
    /// `SearchIndexWriter.fold` leaves to Foundation (no such scalar is a letter or number today).
    private mutating func keywords(_ body: UnsafeBufferPointer<UInt8>) -> String? {
        let isWord = Self.isWord
        var named: [Int] = []
        var plain: [Int] = []
        var position = 0
        let end = body.count
        while position < end {
            let (slot, length) = Self.decode(body, position)
            if !isWord[slot] {
                position += length
                continue
            }
            let start = position
            var characters = 0
            var isASCII = true
            while position < end {
                let (slot, length) = Self.decode(body, position)
                guard isWord[slot] else { break }
                if length > 1 {
                    if length > 2 { return nil }
                    isASCII = false
                }
                characters += 1
                position += length
            }
            guard characters >= 4 else { continue }
            let lead = body[start]
            let startsUppercase = lead < 0x80 ? (lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z")) : Self.isUppercase[Self.decode(body, start).slot]
            if isASCII {
                for index in start..<position {
                    let byte = body[index]
                    seen.bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                }
            } else {
                Self.foldScalars(UnsafeBufferPointer(rebasing: body[start..<position]), into: &seen.bytes)
            }
            guard let number = seen.insertPending() else { continue }
            if startsUppercase {
                named.append(number)
                // Capitalised words fill the list before any other: later words cannot get in.
                if named.count >= SearchIndexWriter.keywordLimit { break }
            } else {
                plain.append(number)
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(SearchIndexWriter.keywordLimit * 9)
        for number in (named + plain).prefix(SearchIndexWriter.keywordLimit) {
            if !result.isEmpty { result.append(UInt8(ascii: " ")) }
            result.append(contentsOf: seen.bytes[seen.range(of: number)])
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends Foundation's folding of each scalar of simple text.
    private static func foldScalars(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let packed = packedFoldings
        var position = 0
        while position < text.count {
            let (slot, length) = decode(text, position)
            var folding = packed[slot]
            let count = folding >> 24
            if count <= 3 {
                for _ in 0..<count {
                    output.append(UInt8(truncatingIfNeeded: folding))
                    folding >>= 8
                }
            } else {
                output.append(contentsOf: foldedBytes[foldedStarts[slot]..<foldedStarts[slot + 1]])
            }
            position += length
        }
    }

    /// The table slot and UTF-8 length of the scalar at `position` of simple text: the scalar
    /// itself below U+0300, 0x300 + its offset for U+2000–U+206F.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> (slot: Int, length: Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Int(lead), 1) }
        if lead < 0xE0 { return ((Int(lead & 0x1F) << 6) | Int(bytes[position + 1] & 0x3F), 2) }
        let value = (Int(lead & 0x0F) << 12) | (Int(bytes[position + 1] & 0x3F) << 6) | Int(bytes[position + 2] & 0x3F)
        return (0x300 + value - 0x2000, 3)
    }

    static let slotCount = 0x300 + 0x70

    static func scalar(ofSlot slot: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt32(slot < 0x300 ? slot : slot - 0x300 + 0x2000))!
    }

    /// For each slot: is the scalar (as a character) a letter or a number?
    static let isWord: [Bool] = SearchIndexWriter.wordScalars + SearchIndexWriter.punctuationWordScalars

    /// For each slot below U+0300: `Character.isUppercase`.
    static let isUppercase: [Bool] = (0..<0x300).map { Character(scalar(ofSlot: $0)).isUppercase }

    /// Foundation's folding of each slot's scalar on its own, as UTF-8, back to back.
    static let foldedBytes: [UInt8] = foldings.flatMap { Array($0.utf8) }
    static let foldedStarts: [Int] = foldings.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.utf8.count) }

    /// Each slot's folding of up to three bytes packed in one word, its length in the top
    /// byte (0xFF for a longer one, left to `foldedBytes`): one load per scalar.
    static let packedFoldings: [UInt32] = foldings.map { folding in
        let bytes = Array(folding.utf8)
        guard bytes.count <= 3 else { return 0xFF00_0000 }
        var packed = UInt32(bytes.count) << 24
        for (index, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * index) }
        return packed
    }

    static let foldings: [String] = (0..<slotCount).map { slot in
        String(Character(scalar(ofSlot: slot))).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: TextFolding.spanish)
    }
}
