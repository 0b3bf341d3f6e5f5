import Foundation

/// `trimmingCharacters(in:)` without building a `CharacterSet` and bridging the text on
/// every call: the programme parsers trim every event, partner and session line, and
/// Foundation's version showed in profiles. Like Foundation, it drops Unicode scalars (not
/// characters) from both ends, so a combining mark after a trimmed space stays.
/// The predicates below are the Foundation sets the parsers used; tests compare them with
/// `CharacterSet` over every scalar.
enum ScalarTrim {
    /// Foundation's punctuation table predates the newest Unicode punctuation, which the
    /// standard library's General Category knows; asking the set keeps the old answer.
    private static let foundationPunctuation = CharacterSet.punctuationCharacters

    static func trimming(_ text: String, where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        trimming(text[...], where: shouldTrim)
    }

    static func trimming(_ text: Substring, where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, shouldTrim(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard shouldTrim(scalars[before]) else { break }
            end = before
        }
        // Scalar indexes are string indexes: slicing the text keeps its UTF-8 as it is.
        return String(text[start..<end])
    }

    /// `CharacterSet.whitespaces`: General Category Zs, tab, and U+200B ZERO WIDTH SPACE
    /// (a format character, but in Foundation's table).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: true
        case 0..<0xA0: false
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `CharacterSet.whitespacesAndNewlines`: the above, U+000A–U+000D, U+0085, U+2028 and U+2029.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isWhitespace(scalar)
        }
    }

    /// `CharacterSet.punctuationCharacters`: the General Categories P* as Foundation's table has them.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            // ASCII punctuation, less the symbols ($ + < = > ^ ` | ~), which are S*.
            switch scalar {
            case "!", "\"", "#", "%", "&", "'", "(", ")", "*", ",", "-", ".", "/", ":", ";", "?", "@",
                 "[", "\\", "]", "_", "{", "}": return true
            default: return false
            }
        }
        return foundationPunctuation.contains(scalar)
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation; text whose ends are
    /// visible ASCII (nearly all of it) comes back at once.
    func trimmingSpaces() -> String {
        let text = Substring(self)
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return String(text) }
        return ScalarTrim.trimming(text, where: ScalarTrim.isWhitespace)
    }
}
