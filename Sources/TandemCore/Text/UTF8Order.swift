#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Code-point order of two strings, decided on their UTF-8 bytes (UTF-8 byte order is
/// code-point order): the order of the search shards' keys. `String`'s `<` normalises
/// first, and the generic `utf8.lexicographicallyPrecedes` walks the bytes one index at a
/// time, which for a language's tens of thousands of terms was a noticeable part of a build.
enum UTF8Order {
    static func precedes(_ first: String, _ second: String) -> Bool {
        if let answer = first.utf8.withContiguousStorageIfAvailable({ left in
            second.utf8.withContiguousStorageIfAvailable { right -> Bool in
                let common = min(left.count, right.count)
                if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }), let result = answer {
            return result
        }
        return first.utf8.lexicographicallyPrecedes(second.utf8)
    }
}
