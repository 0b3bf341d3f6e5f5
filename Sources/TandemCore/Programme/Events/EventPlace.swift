import Foundation

/// Turns what is left of an event item after its title and date into a place:
/// ", Santa Fe. Argentina." → "Santa Fe, Argentina"; "Montevideo-Uruguay" →
/// "Montevideo, Uruguay"; "FLACMA. Pachuca- México" → organiser FLACMA, place
/// "Pachuca, México"; "Cochabamba Bolivia" → "Cochabamba, Bolivia".
enum EventPlace: Sendable {
    static func clean(_ text: String) -> (place: String?, organizer: String?) {
        let flattened = ByteSearch.replacing(text, "\n", with: " ")
        // Separators: commas, pipes, semicolons, dashes (spaced or not), and full stops ending a word.
        let marked = markingSeparators(flattened)
        var segments = marked.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            .map { ScalarTrim.trimming($0) { ScalarTrim.isWhitespace($0) || ".:()\"“”'".unicodeScalars.contains($0) } }
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

    /// `text.replacingOccurrences(of: #"\s*(?:[|;,–—]|\.(?=\s|$)|-)\s*"#, with: "\u{1F}", options: .regularExpression)`
    /// without a regular expression per event: each separator, with the spaces around it, becomes
    /// U+001F; spaces next to no separator stay. `\s` is ICU's.
    static func markingSeparators(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func skipSpaces(from start: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            var index = start
            while index < scalars.endIndex, ScalarRuns.isRegexSpace(scalars[index]) { index = scalars.index(after: index) }
            return index
        }
        func isSeparator(at index: String.UnicodeScalarView.Index) -> Bool {
            switch scalars[index] {
            case "|", ";", ",", "\u{2013}", "\u{2014}", "-":
                return true
            case ".":
                let next = scalars.index(after: index)
                return next == scalars.endIndex || ScalarRuns.isRegexSpace(scalars[next])
            default:
                return false
            }
        }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let afterSpaces = skipSpaces(from: index)
            if afterSpaces < scalars.endIndex, isSeparator(at: afterSpaces) {
                result.append("\u{1F}")
                index = skipSpaces(from: scalars.index(after: afterSpaces))
            } else if afterSpaces > index {
                result.append(contentsOf: scalars[index..<afterSpaces])
                index = afterSpaces
            } else {
                result.append(scalars[index])
                index = scalars.index(after: index)
            }
        }
        return String(result)
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
