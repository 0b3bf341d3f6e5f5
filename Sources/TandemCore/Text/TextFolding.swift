import Foundation

/// Case- and accent-blind comparison keys, so "Sábado", "sabado" and "SÁBADO"
/// name the same day and "México" matches "Mexico".
enum TextFolding: Sendable {
    static let spanish = Locale(identifier: "es")

    static func key(_ text: some StringProtocol) -> String {
        String(text).precomposedStringWithCanonicalMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: spanish)
    }

    /// Folds character by character so that positions in the result line up with
    /// positions in the original: parsers match on the folded copy and cut the original.
    static func characters(_ text: some StringProtocol) -> [Character] {
        // All-ASCII text without carriage returns (so no "\r\n" character): one character
        // per byte, lower-cased, the same as below without breaking the text into grapheme
        // clusters (which was ~3 % of a 10k build, for every event list line).
        if !text.utf8.contains(where: { $0 >= 0x80 || $0 == 13 }) {
            return text.utf8.map { Character(Unicode.Scalar($0 >= 65 && $0 <= 90 ? $0 + 32 : $0)) }
        }
        // Below U+0300 (Latin with precomposed accents) and again without "\r\n", every scalar
        // is a character of its own: its folding comes from a table, with neither grapheme
        // breaking nor a dictionary of the text's characters.
        if !text.utf8.contains(where: { $0 >= 0xCC || $0 == 13 }) {
            return text.unicodeScalars.map { latinFolded[Int($0.value)] }
        }
        return charactersOneByOne(text)
    }

    /// The general path of `characters`.
    static func charactersOneByOne(_ text: some StringProtocol) -> [Character] {
        // Each distinct non-ASCII character goes through Foundation once per text.
        var known: [Character: Character] = [:]
        return text.map { character in
            if character.utf8.count == 1 { return fold(character) }
            if let folded = known[character] { return folded }
            let folded = fold(character)
            known[character] = folded
            return folded
        }
    }

    /// One character folded, kept one character long.
    static func fold(_ character: Character) -> Character {
        // ASCII folds to its lower case; skipping Foundation there keeps parsers linear and fast.
        if character.utf8.count == 1, let ascii = character.asciiValue {
            return Character(Unicode.Scalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii))
        }
        let folded = key(String(character))
        if folded.count == 1, let first = folded.first { return first }
        return Character(character.lowercased().count == 1 ? character.lowercased() : String(character))
    }

    /// `fold` of each scalar below U+0300 as a character.
    static let latinFolded: [Character] = (0..<0x300).map { fold(Character(Unicode.Scalar(UInt32($0))!)) }
}
