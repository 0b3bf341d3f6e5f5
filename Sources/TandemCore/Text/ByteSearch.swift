#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Byte searches over a string's UTF-8 storage. Rendering asks them of every page's HTML;
/// both Foundation's `contains` (which bridges to NSString) and the standard library's
/// generic `firstRange(of:)` were a large part of a build.
enum ByteSearch {
    /// `text.utf8.contains(byte)` with `memchr` over the contiguous bytes: the generic
    /// version walks the view one index at a time, and whole bodies and pages are asked.
    static func contains(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        guard !needle.isEmpty else { return true }
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            // Horspool's skip table: a long needle moves the search ahead by up to its length at
            // each step, where a memchr for its first byte stopped at every `<` of a page's HTML.
            // On the stack: an array here was an allocation per call, several per page.
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skip in
                skip.initialize(repeating: needle.count)
                for index in 0..<(needle.count - 1) { skip[Int(needle[index])] = needle.count - 1 - index }
                let lastOfNeedle = needle.count - 1
                var end = lastOfNeedle
                while end < haystack.count {
                    var matched = 0
                    while matched < needle.count, haystack[end - matched] == needle[lastOfNeedle - matched] { matched += 1 }
                    if matched == needle.count { return true }
                    end += skip[Int(haystack[end])]
                }
                return false
            }
        }
    }

    /// Where each of some ASCII bytes first occurs in the text, in one pass over its UTF-8
    /// (the generic `utf8.firstIndex(of:)` cost about 2,000 instructions per short URL).
    static func firstIndexes(of targets: [UInt8], in text: String) -> [String.Index?] {
        var copy = text
        let offsets = copy.withUTF8 { bytes -> [Int?] in
            var found = [Int?](repeating: nil, count: targets.count)
            var missing = targets.count
            for (offset, byte) in bytes.enumerated() where byte < 0x80 {
                for (position, target) in targets.enumerated() where target == byte && found[position] == nil {
                    found[position] = offset
                    missing -= 1
                }
                if missing == 0 { break }
            }
            return found
        }
        let utf8 = text.utf8
        return offsets.map { offset in offset.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
    }

    /// `text.replacingOccurrences(of: target, with: replacement)` for an ASCII
    /// target, found with `memchr`/`memcmp` instead of through NSString (which
    /// converted every page's HTML to UTF-16 and back). Foundation compares whole
    /// characters, so a match next to a non-ASCII byte (which may be a combining
    /// mark of the same character) is left to Foundation to keep its answer.
    static func replacing(_ text: String, _ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first, contains(text, needle) else { return text }
        // Foundation treats "\r\n" as one character; leave such text to it.
        if contains(text, byte: 13) { return text.replacingOccurrences(of: target, with: replacement) }
        var text = text
        let result: [UInt8]? = text.withUTF8 { haystack -> [UInt8]? in
            needle.withUnsafeBytes { pattern -> [UInt8]? in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                var output: [UInt8] = []
                output.reserveCapacity(haystack.count + 64)
                let last = haystack.count - pattern.count
                var copied = 0
                var offset = 0
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { break }
                    offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    if memcmp(found, patternBase, pattern.count) == 0 {
                        let end = offset + pattern.count
                        if offset > 0, haystack[offset - 1] >= 0x80 { return nil }
                        if end < haystack.count, haystack[end] >= 0x80 { return nil }
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: haystack[copied..<offset]))
                        output.append(contentsOf: replacement.utf8)
                        offset = end
                        copied = end
                    } else {
                        offset += 1
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: haystack[copied...]))
                return output
            }
        }
        guard let result else { return text.replacingOccurrences(of: target, with: replacement) }
        return String(decoding: result, as: UTF8.self)
    }
}
