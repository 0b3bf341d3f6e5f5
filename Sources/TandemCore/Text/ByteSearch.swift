#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Whether a string contains some bytes, with the C library's `memchr` and `memcmp` over the
/// string's UTF-8 storage. Rendering asks this of every page's HTML; both
/// Foundation's `contains` (which bridges to NSString) and the standard
/// library's generic `firstRange(of:)` were a large part of a build.
enum ByteSearch {
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        guard let first = needle.first else { return true }
        return text.withUTF8 { haystack in
            needle.withUnsafeBytes { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress, haystack.count >= pattern.count else { return false }
                let last = haystack.count - pattern.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    if memcmp(found, patternBase, pattern.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }
}
