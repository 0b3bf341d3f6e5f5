import Foundation

/// The order `String.compare(_:options:range:locale:)` gives with a locale (the
/// locale's collation), with most pairs decided without asking it.
///
/// Each locale-aware comparison costs about 1.6 µs here, and a partner directory of
/// 3,000 names makes 35,000 of them per language (5 % of a 10k-page build). But a
/// collation compares the first letters' primary weights before anything else, and in
/// the alphabets listed in `plainLatinLanguages` the letters a–z weigh in a–z order,
/// with no contraction (like Danish "aa") starting with one of them. So two names that
/// begin with different ASCII letters (case folded) are ordered by those letters alone;
/// any other pair (same first letter, an accent, a digit, punctuation) is left to the
/// collation itself, and the result is the same as asking it every time.
struct CollationOrder {
    let locale: Locale
    let options: String.CompareOptions
    /// False for a language (or a collation variant, such as traditional Spanish's
    /// "ch" and "ll") whose first letters could weigh otherwise: every pair then goes
    /// to the collation.
    let decidesFirstLetters: Bool

    /// Languages whose collation (CLDR) orders the ASCII letters alphabetically and has no
    /// tailoring that starts with one of them. Others are always compared in full.
    static let plainLatinLanguages: Set<String> = ["en", "es", "fr", "it", "pt", "ca", "gl", "eu", "de", "nl", "id", "ms", "sw"]

    init(locale: Locale, options: String.CompareOptions = [.caseInsensitive]) {
        self.locale = locale
        self.options = options
        let identifier = locale.identifier.lowercased()
        let language = String(identifier.prefix { $0.isLetter })
        decidesFirstLetters = Self.plainLatinLanguages.contains(language)
            && !identifier.contains("-u-") && !identifier.contains("@") && !identifier.contains("_u_")
    }

    func compare(_ a: String, _ b: String) -> ComparisonResult {
        if decidesFirstLetters, let first = Self.asciiLetter(a), let second = Self.asciiLetter(b), first != second {
            return first < second ? .orderedAscending : .orderedDescending
        }
        return a.compare(b, options: options, range: nil, locale: locale)
    }

    func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) == .orderedAscending }

    /// The first scalar lowercased when it is an ASCII letter.
    private static func asciiLetter(_ text: String) -> UInt8? {
        guard let byte = text.utf8.first else { return nil }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        default: return nil
        }
    }
}
