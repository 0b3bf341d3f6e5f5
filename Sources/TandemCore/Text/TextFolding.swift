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
        text.map { character in
            // ASCII folds to its lower case; skipping Foundation there keeps parsers linear and fast.
            if character.utf8.count == 1, let ascii = character.asciiValue {
                return Character(Unicode.Scalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii))
            }
            let folded = key(String(character))
            if folded.count == 1, let first = folded.first { return first }
            return Character(character.lowercased().count == 1 ? character.lowercased() : String(character))
        }
    }
}
