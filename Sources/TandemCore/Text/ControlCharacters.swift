/// Control characters that content may carry (a U+0001 pasted from a PDF, a vertical
/// tab from a word processor, an ESC) and no output file should: HTML calls them parse
/// errors, XML forbids them, iCalendar readers choke. Tab, line feed and carriage
/// return stay; a vertical tab, form feed or NEL becomes a space (it separated words);
/// every other C0 control, DEL and C1 control is dropped.
enum ControlCharacters: Sendable {
    /// The text without unwanted controls; the text itself (no copy) when it has none,
    /// which one pass over its UTF-8 decides.
    static func removing(from text: String) -> String {
        guard containsUnwanted(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                result.append(" ")
            } else if !isUnwanted(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0B || scalar.value == 0x0C || scalar.value == 0x85
    }

    /// C0 controls and DEL are single bytes; C1 controls are 0xC2 0x80…0x9F in UTF-8.
    /// Run on every page's HTML: a loop over the contiguous bytes, not the generic UTF-8
    /// view (which made this check 3 % of a 10k-page build), that passes eight bytes of
    /// printable ASCII (most of any page) with one test.
    static func containsUnwanted(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsUnwanted($0) }
    }

    /// The same over UTF-8 bytes.
    static func containsUnwanted(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var previous: UInt8 = 0
        var start = 0
        while start + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
            if isPrintableASCII(word) {
                start += 8
                previous = 0x20
                continue
            }
            for byte in UnsafeBufferPointer(rebasing: bytes[start..<start + 8]) {
                if isUnwanted(byte, after: previous) { return true }
                previous = byte
            }
            start += 8
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[start...]) {
            if isUnwanted(byte, after: previous) { return true }
            previous = byte
        }
        return false
    }

    /// Whether every byte of `word` is in 0x20…0x7E. A byte below 0x20 makes
    /// `byte - 0x20` borrow into its top bit while its own top bit is clear; a byte of
    /// 0x7F or more has its top bit set in `byte + 1` or in itself. (Borrows and carries
    /// that cross into a neighbour only ever come from a byte that is flagged already.)
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x20 &* ones) & ~word & tops
        let above = ((word &+ ones) | word) & tops
        return below | above == 0
    }

    @inline(__always)
    private static func isUnwanted(_ byte: UInt8, after previous: UInt8) -> Bool {
        if byte >= 0x20, byte < 0x7F { return false }
        if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
        return byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F)
    }
}
