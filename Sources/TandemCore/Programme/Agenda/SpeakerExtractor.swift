import Foundation

/// Finds people's names in session text, conservatively: only names introduced by
/// an honorific ("Sr. Sergio Arredondo") or by a speaker line ("Ponente: Ana Pérez").
/// A missed speaker costs little; a job title shown as a speaker looks broken.
enum SpeakerExtractor: Sendable {
    static let honorifics: Set<String> = ["sr.", "sra.", "srta.", "d.", "dna.", "dr.", "dra.", "mr.", "ms.", "mrs.", "prof."]
    static let speakerLabels: Set<String> = [
        "ponente", "ponentes", "speaker", "speakers", "moderador", "moderadora", "moderadores",
        "moderator", "moderators", "panelista", "panelistas", "panelist", "panelists",
        "presenta", "presentan", "presenter", "presenters", "facilitador", "facilitadora", "facilitator",
    ]
    /// Lower-case words allowed inside a name ("María de la Cruz").
    private static let connectors: Set<String> = ["de", "del", "la", "las", "los", "van", "von", "da", "do", "dos", "das", "y"]

    static func speakers(in lines: [String]) -> [String] {
        var names: [String] = []
        for line in lines {
            names += afterSpeakerLabel(line) ?? []
            names += afterHonorifics(line)
        }
        var seen = Set<String>()
        return names.filter { seen.insert(TextFolding.key($0)).inserted }
    }

    /// `Ponentes: Ana Pérez (CEPAL); Juan Gómez y Luisa Díaz` → the names; nil when the line has no such label.
    static func afterSpeakerLabel(_ line: String) -> [String]? {
        guard let colon = line.firstIndex(of: ":"),
              speakerLabels.contains(TextFolding.key(ScalarTrim.trimming(line[..<colon], where: ScalarTrim.isWhitespace)))
        else { return nil }
        let rest = String(line[line.index(after: colon)...])
        let withHonorifics = afterHonorifics(rest)
        if !withHonorifics.isEmpty { return withHonorifics }
        var pieces = [rest]
        for separator in [";", " y ", " and ", " & "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        // Text after a comma is usually a role or an organisation, not another person.
        return pieces.compactMap { piece in
            let name = ScalarTrim.trimming(removingParenthesised(piece.split(separator: ",").first.map(String.init) ?? "")) {
                ScalarTrim.isWhitespaceOrNewline($0) || ScalarTrim.isPunctuation($0)
            }
            return looksLikeName(name) ? name : nil
        }
    }

    /// Names after `Sr.`, `Dra.`, `Mr.`: the capitalised words that follow, up to punctuation.
    static func afterHonorifics(_ line: String) -> [String] {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        var names: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let previous: String? = index > 0 ? words[index - 1] : nil
            // "Juan D. Pérez": an initial inside a name is not an honorific.
            let startsClause = previous.map { p in p.last.map { ",;:(–-".contains($0) } ?? true || p.first?.isLowercase == true } ?? true
            guard honorifics.contains(TextFolding.key(word.drop { $0 == "(" })), startsClause else {
                index += 1
                continue
            }
            var parts: [String] = []
            var next = index + 1
            while next < words.count, parts.count < 6 {
                var candidate = words[next]
                let endsName = candidate.last.map { ",;:.)".contains($0) } ?? false
                candidate = ScalarTrim.trimming(candidate) { ",;:.()".unicodeScalars.contains($0) }
                guard let first = candidate.first else { break }
                if first.isUppercase {
                    parts.append(candidate)
                } else if connectors.contains(candidate), next + 1 < words.count, words[next + 1].first?.isUppercase == true, !endsName {
                    parts.append(candidate)
                } else {
                    break
                }
                next += 1
                if endsName { break }
            }
            while let last = parts.last, connectors.contains(last) { parts.removeLast() }
            if !parts.isEmpty { names.append(parts.joined(separator: " ")) }
            index = max(next, index + 1)
        }
        return names
    }

    /// `text.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)`
    /// without a regular expression per speaker: each "(…)" goes with the spaces (ICU's `\s`)
    /// before it; a "(" never closed stays, and so does everything after it.
    static func removingParenthesised(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains("(") else { return text }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            var afterSpaces = index
            while afterSpaces < scalars.endIndex, ScalarRuns.isRegexSpace(scalars[afterSpaces]) {
                afterSpaces = scalars.index(after: afterSpaces)
            }
            if afterSpaces < scalars.endIndex, scalars[afterSpaces] == "(" {
                guard let close = scalars[afterSpaces...].firstIndex(of: ")") else {
                    result.append(contentsOf: scalars[index...])
                    break
                }
                index = scalars.index(after: close)
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

    private static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || connectors.contains(String(word))
        } && words.contains { $0.contains { $0.isLowercase } }
    }
}
