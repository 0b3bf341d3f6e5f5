import Foundation

/// Turns what is left of an event item after its title and date into a place:
/// ", Santa Fe. Argentina." → "Santa Fe, Argentina"; "Montevideo-Uruguay" →
/// "Montevideo, Uruguay"; "FLACMA. Pachuca- México" → organiser FLACMA, place
/// "Pachuca, México"; "Cochabamba Bolivia" → "Cochabamba, Bolivia".
enum EventPlace: Sendable {
    static func clean(_ text: String) -> (place: String?, organizer: String?) {
        let flattened = ByteSearch.replacing(text, "\n", with: " ")
        // Separators: commas, pipes, semicolons, dashes (spaced or not), and full stops ending a word.
        let marked = flattened.replacingOccurrences(of: #"\s*(?:[|;,–—]|\.(?=\s|$)|-)\s*"#, with: "\u{1F}", options: .regularExpression)
        var segments = marked.components(separatedBy: "\u{1F}")
            .map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".:()\"“”'"))) }
            .filter { !$0.isEmpty }

        var organizer: String?
        if segments.count > 1, let first = segments.first, isAcronym(first) {
            organizer = first
            segments.removeFirst()
        }
        if segments.count == 1, let only = segments.first, let split = splitTrailingCountry(only) {
            segments = split
        }
        return (segments.isEmpty ? nil : segments.joined(separator: ", "), organizer)
    }

    /// "FLACMA", "FAMSÍ": one word, all capitals.
    private static func isAcronym(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !text.contains(" ") && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// "Sao Leopoldo Brasil" → ["Sao Leopoldo", "Brasil"] when the last words name a country.
    private static func splitTrailingCountry(_ text: String) -> [String]? {
        let words = text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for count in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let country = words.suffix(count).joined(separator: " ")
            let remaining = words.dropLast(count)
            // "Ciudad de México" is a city: a name ending in "de" is not followed by a country.
            if CountryNames.code(for: country) != nil, let last = remaining.last, !["de", "del", "of"].contains(last.lowercased()) {
                return [words.dropLast(count).joined(separator: " "), country]
            }
        }
        return nil
    }
}
