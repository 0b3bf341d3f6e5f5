import Foundation

/// Just enough of Markdown's inline syntax to read list items as written:
/// which words were emphasised (a session's kind label, an event's bold title)
/// and what a span reads as once its markers are gone.
enum InlineMarkup: Sendable {
    /// A span of emphasis as written: where it is in the source and its plain text.
    struct Span: Sendable {
        var range: Range<String.Index>
        var marker: Character
        var strength: Int
        var text: String
    }

    /// Removes emphasis markers, code ticks, backslash escapes and link targets,
    /// keeping the words; close to what cmark's plain-text rendering gives.
    static func plainText(_ source: some StringProtocol) -> String {
        let characters = Array(source)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                result.append(characters[index + 1])
                index += 2
            case "*", "`":
                index += 1
            case "_":
                // Underscores inside words (snake_case, file names) are text, not emphasis.
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if before.isLetterOrDigit && after.isLetterOrDigit { result.append(character) }
                index += 1
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                index += 1
            case "[":
                if let link = link(in: characters, at: index) {
                    result += plainText(String(characters[(index + 1)..<link.textEnd]))
                    index = link.end
                } else {
                    result.append(character)
                    index += 1
                }
            default:
                result.append(character)
                index += 1
            }
        }
        return result
    }

    /// The inline links `[text](url)` of a source, in order, with plain link text.
    static func links(_ source: String) -> [(text: String, url: String)] {
        let characters = Array(source)
        var result: [(text: String, url: String)] = []
        var index = 0
        while index < characters.count {
            if characters[index] == "[", let link = link(in: characters, at: index) {
                let text = plainText(String(characters[(index + 1)..<link.textEnd]))
                let url = String(characters[(link.textEnd + 2)..<(link.end - 1)]).trimmingCharacters(in: .whitespaces)
                // A title after the URL (`(url "title")`) is not part of the address.
                result.append((text, String(url.prefix { $0 != " " })))
                index = link.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Emphasis spans (`*a*`, `**a**`, `_a_`, `__a__`) in source order, not nested.
    static func emphasisSpans(_ source: String) -> [Span] {
        var spans: [Span] = []
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            guard character == "*" || character == "_" else {
                index = source.index(after: index)
                continue
            }
            let runEnd = source[index...].firstIndex { $0 != character } ?? source.endIndex
            let strength = source.distance(from: index, to: runEnd)
            // An opening run must be followed by text, not by a space.
            guard runEnd < source.endIndex, !source[runEnd].isWhitespace, strength <= 3,
                  let close = closingRun(in: source, from: runEnd, marker: character, strength: strength)
            else {
                index = runEnd
                continue
            }
            let inner = source[runEnd..<close.lowerBound]
            spans.append(Span(range: index..<close.upperBound, marker: character, strength: strength,
                              text: plainText(inner).trimmingCharacters(in: .whitespacesAndNewlines)))
            index = close.upperBound
        }
        return spans
    }

    private static func closingRun(in source: String, from start: String.Index, marker: Character, strength: Int) -> Range<String.Index>? {
        var index = start
        while index < source.endIndex {
            if source[index] == marker {
                let runEnd = source[index...].firstIndex { $0 != marker } ?? source.endIndex
                let length = source.distance(from: index, to: runEnd)
                let before = source[source.index(before: index)]
                if length == strength && !before.isWhitespace { return index..<runEnd }
                index = runEnd
            } else {
                index = source.index(after: index)
            }
        }
        return nil
    }

    /// `[text](url)` starting at `start`: where the text ends and the link ends.
    private static func link(in characters: [Character], at start: Int) -> (textEnd: Int, end: Int)? {
        var depth = 0
        var index = start
        var textEnd: Int?
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { textEnd = index; break }
            }
            index += 1
        }
        guard let textEnd, textEnd + 1 < characters.count, characters[textEnd + 1] == "(" else { return nil }
        // As in CommonMark, a destination may hold balanced parentheses and escaped ones:
        // `(https://es.wikipedia.org/wiki/Rocha_(Uruguay))` ends at the second `)`.
        var open = 1
        var position = textEnd + 2
        while position < characters.count {
            switch characters[position] {
            case "\\": position += 1
            case "(": open += 1
            case ")":
                open -= 1
                if open == 0 { return (textEnd, position + 1) }
            default: break
            }
            position += 1
        }
        return nil
    }
}

extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
