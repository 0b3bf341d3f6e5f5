import Foundation

/// The order `String.compare(_:options:range:locale:)` gives with a locale (the
/// locale's collation), with most pairs decided without asking it.
///
/// Each locale-aware comparison costs about 1.6 µs here, and a partner directory of
/// 3,000 names makes 35,000 of them per language (5 % of a 10k-page build). But a
/// collation compares primary weights (letters, not case or accents) from the start of
/// both texts, and in the alphabets listed in `plainLatinLanguages` the letters a–z weigh
/// in a–z order, with no contraction (like Danish "aa" or Czech "ch") among ASCII
/// characters. So when two names are the same ASCII text (case folded) up to a place
/// where each has an ASCII letter and the letters differ, those letters decide: the
/// identical start weighs the same in both, and the first primary difference wins. Any
/// other pair (an accent or other non-ASCII character before the difference, a digit,
/// a space or punctuation at it, one name the start of the other) is left to the
/// collation itself, so the result is the same as asking it every time.
struct CollationOrder {
    let locale: Locale
    let options: String.CompareOptions
    /// False for a language (or a collation variant, such as traditional Spanish's
    /// "ch" and "ll") whose ASCII letters could weigh otherwise: every pair then goes
    /// to the collation.
    let decidesASCIILetters: Bool

    /// Languages whose collation (CLDR) orders the ASCII letters alphabetically and has no
    /// contraction of ASCII characters. Others are always compared in full.
    static let plainLatinLanguages: Set<String> = ["en", "es", "fr", "it", "pt", "ca", "gl", "eu", "de", "nl", "id", "ms", "sw"]

    init(locale: Locale, options: String.CompareOptions = [.caseInsensitive]) {
        self.locale = locale
        self.options = options
        let identifier = locale.identifier.lowercased()
        let language = String(identifier.prefix { $0.isLetter })
        decidesASCIILetters = Self.plainLatinLanguages.contains(language)
            && !identifier.contains("-u-") && !identifier.contains("@") && !identifier.contains("_u_")
    }

    func compare(_ a: String, _ b: String) -> ComparisonResult {
        if decidesASCIILetters, let order = Self.asciiLetterDifference(a, b) { return order }
        return a.compare(b, options: options, range: nil, locale: locale)
    }

    func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) == .orderedAscending }

    /// The order of the first differing ASCII letters after an identical ASCII start (case
    /// folded), or nil when anything else comes first.
    static func asciiLetterDifference(_ a: String, _ b: String) -> ComparisonResult? {
        var first = a.utf8.makeIterator(), second = b.utf8.makeIterator()
        while let x = first.next(), let y = second.next() {
            guard x < 0x80, y < 0x80 else { return nil }
            let lowerX = Self.isUpper(x) ? x | 0x20 : x, lowerY = Self.isUpper(y) ? y | 0x20 : y
            if lowerX == lowerY { continue }
            guard Self.isLower(lowerX), Self.isLower(lowerY) else { return nil }
            return lowerX < lowerY ? .orderedAscending : .orderedDescending
        }
        return nil
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
