import Foundation

/// A reviewed exception written in a page's Markdown, so a checked finding
/// does not come back on every review:
///
///     <!-- tandem-review: ignore terminology — the seed says "sub-regional" on purpose -->
///     El objetivo del taller es fortalecer…
///
/// On a line of its own it waives the next block's findings of those kinds;
/// inside a block, that block's. Kinds are check names (`fact` or `number`,
/// `terminology`, `forbiddenTerm`, `punctuation`, `markup`, `untranslated`,
/// `unmatched`, `moved`, `linkLanguage`) or `all`. Waived findings stay
/// listed, marked, and are counted apart.
struct ReviewWaiver: Sendable, Equatable {
    static let marker = "tandem-review:"

    var checks: Set<ReviewFinding.Check>
    var reason: String

    static let aliases: [String: [ReviewFinding.Check]] = [
        "number": [.fact], "numbers": [.fact], "facts": [.fact], "term": [.terminology], "terms": [.terminology],
        "glossary": [.terminology, .forbiddenTerm], "forbidden": [.forbiddenTerm], "structure": [.count],
        "all": ReviewFinding.Check.allCases,
    ]

    /// The waivers in a block's Markdown source; empty when it has none.
    static func waivers(in source: String) -> [ReviewWaiver] {
        guard source.contains(marker) else { return [] }
        var waivers: [ReviewWaiver] = []
        var rest = Substring(source)
        while let start = rest.range(of: "<!--"), let end = rest[start.upperBound...].range(of: "-->") {
            let body = rest[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            rest = rest[end.upperBound...]
            guard body.hasPrefix(marker) else { continue }
            var words = body.dropFirst(marker.count).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })[...]
            guard words.first == "ignore" else { continue }
            words = words.dropFirst()
            var checks = Set<ReviewFinding.Check>()
            while let word = words.first {
                let name = word.trimmingCharacters(in: CharacterSet(charactersIn: ":;."))
                if let check = ReviewFinding.Check(rawValue: name) {
                    checks.insert(check)
                } else if let named = aliases[name.lowercased()] {
                    checks.formUnion(named)
                } else {
                    break
                }
                words = words.dropFirst()
                if word.hasSuffix(":") || word.hasSuffix(";") { break }
            }
            // The reason as written, commas included: what follows the last kind.
            let rest = words.first.map { body[$0.startIndex...] } ?? ""
            let reason = rest.trimmingCharacters(in: CharacterSet(charactersIn: " \n—–-:"))
            if !checks.isEmpty { waivers.append(ReviewWaiver(checks: checks, reason: reason)) }
        }
        return waivers
    }

    /// Whether a block is nothing but waiver comments: it waives the next block and is not itself reviewed.
    static func isWaiverOnly(_ source: String) -> Bool {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), trimmed.contains(marker) else { return false }
        var rest = Substring(trimmed)
        while let start = rest.range(of: "<!--"), let end = rest[start.upperBound...].range(of: "-->") {
            guard rest[..<start.lowerBound].allSatisfy(\.isWhitespace) else { return false }
            rest = rest[end.upperBound...]
        }
        return rest.allSatisfy(\.isWhitespace)
    }

    /// The waiver comments of a page by the file line where each ends, with whether it stands on a line of its own.
    static func byLine(in page: Page) -> [(line: Int, ownLine: Bool, waivers: [ReviewWaiver])] {
        guard page.body.contains(marker) else { return [] }
        var found: [(line: Int, ownLine: Bool, waivers: [ReviewWaiver])] = []
        let lines = page.body.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            guard lines[index].contains("<!--") else {
                index += 1
                continue
            }
            let start = index
            var text = String(lines[index])
            while !text.contains("-->"), index + 1 < lines.count {
                index += 1
                text += "\n" + lines[index]
            }
            let waivers = waivers(in: text)
            if !waivers.isEmpty {
                let ownLine = lines[start].trimmingCharacters(in: .whitespaces).hasPrefix("<!--")
                found.append((page.bodyFirstLine + index, ownLine, waivers))
            }
            index += 1
        }
        return found
    }

    /// The waivers for the block starting at `line`: comments on their own line just before it (after the block before),
    /// and comments within it (up to the next block).
    static func waivers(for line: Int, blockLines: [Int], comments: [(line: Int, ownLine: Bool, waivers: [ReviewWaiver])]) -> [ReviewWaiver] {
        let previous = blockLines.filter { $0 < line }.max() ?? 0
        let next = blockLines.filter { $0 > line }.min() ?? Int.max
        return comments.flatMap { comment -> [ReviewWaiver] in
            if comment.ownLine, comment.line < line, comment.line > previous { return comment.waivers }
            if !comment.ownLine, comment.line >= line, comment.line < next { return comment.waivers }
            return []
        }
    }
}
