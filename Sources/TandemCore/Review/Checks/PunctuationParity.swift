/// Punctuation and inline markup that a translation keeps, row by row:
/// Spanish ¿…? and ¡…! in pairs, brackets and quotes balanced, a question
/// still a question, inline code unchanged, and as many emphases, strong
/// spans, links, images and footnote references on both sides.
///
/// A side is flagged only when it differs from the other side: a list written
/// "a) … b) …" is unbalanced in both languages alike and is not a finding.
struct PunctuationParity: Sendable {
    var leftLanguage: String
    var rightLanguage: String

    static let pairs: [(open: Character, close: Character, name: String)] = [
        ("(", ")", "parentheses ( )"), ("[", "]", "brackets [ ]"), ("{", "}", "braces { }"),
        ("“", "”", "quotes “ ”"), ("«", "»", "quotes « »"),
    ]

    func check(_ rows: inout [PairReview.Row]) {
        for index in rows.indices {
            guard let left = rows[index].left, let right = rows[index].right else { continue }
            rows[index].findings += findings(left, right)
        }
    }

    /// The characters the punctuation checks look at; a text with none of them is skipped in one byte scan.
    /// A byte scan: the ASCII marks, ¿ ¡ « » (C2 BF, C2 A1, C2 AB, C2 BB) and “ ” (E2 80 9C, E2 80 9D).
    static func hasPunctuation(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x3F, 0x21, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22: return true
            case 0xBF, 0xA1, 0xAB, 0xBB where previous == 0xC2: return true
            case 0x9C, 0x9D where previous == 0x80: return true
            default: break
            }
            previous = byte
        }
        return false
    }

    func findings(_ left: ReviewBlock, _ right: ReviewBlock) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let leftText = left.displayText, rightText = right.displayText
        guard Self.hasPunctuation(leftText) || Self.hasPunctuation(rightText) else {
            return markupFindings(left, right)
        }
        // Spanish opening marks: each ¿ has its ?, each ¡ its !.
        for (text, language) in [(leftText, leftLanguage), (rightText, rightLanguage)] where language == "es" {
            for (open, close) in [("¿", "?"), ("¡", "!")] as [(Character, Character)] {
                let opens = Self.count(open, in: text), closes = Self.sentenceMarks(text, close)
                if opens != closes {
                    findings.append(ReviewFinding(.punctuation, "unpaired \(open) \(close) in \(language): \(opens) \(open), \(closes) \(close)"))
                }
            }
        }
        for pair in Self.pairs {
            let l = Self.imbalance(leftText, pair.open, pair.close), r = Self.imbalance(rightText, pair.open, pair.close)
            if l != r {
                let language = l != 0 ? leftLanguage : rightLanguage
                findings.append(ReviewFinding(.punctuation, "unpaired \(pair.name) in \(language)"))
            }
        }
        let straight = (Self.count("\"", in: leftText) % 2, Self.count("\"", in: rightText) % 2)
        if straight.0 != straight.1 {
            findings.append(ReviewFinding(.punctuation, "unpaired quote \" in \(straight.0 == 1 ? leftLanguage : rightLanguage)"))
        }
        let endings = (Self.ending(leftText), Self.ending(rightText))
        if endings.0 != endings.1, endings.0 != .other, endings.1 != .other, endings.0 == .question || endings.1 == .question {
            findings.append(ReviewFinding(
                .punctuation, "ends as a \(endings.0.rawValue) in \(leftLanguage), as a \(endings.1.rawValue) in \(rightLanguage)"))
        }
        return findings + markupFindings(left, right)
    }

    func markupFindings(_ left: ReviewBlock, _ right: ReviewBlock) -> [ReviewFinding] {
        var findings = markupFindings(InlineMarkupCounts(left.block.source), InlineMarkupCounts(right.block.source))
        if left.links.count != right.links.count {
            findings.append(ReviewFinding(.markup, "links: \(left.links.count) in \(leftLanguage), \(right.links.count) in \(rightLanguage)"))
        }
        if left.images != right.images {
            findings.append(ReviewFinding(.markup, "images: \(left.images) in \(leftLanguage), \(right.images) in \(rightLanguage)"))
        }
        return findings
    }

    func markupFindings(_ left: InlineMarkupCounts, _ right: InlineMarkupCounts) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let leftCode = left.code.sorted(), rightCode = right.code.sorted()
        if leftCode != rightCode {
            var rest = rightCode
            for code in leftCode {
                if let found = rest.firstIndex(of: code) { rest.remove(at: found) } else {
                    findings.append(ReviewFinding(.markup, "inline code `\(code)` only in \(leftLanguage)"))
                }
            }
            var restLeft = leftCode
            for code in rightCode {
                if let found = restLeft.firstIndex(of: code) { restLeft.remove(at: found) } else {
                    findings.append(ReviewFinding(.markup, "inline code `\(code)` only in \(rightLanguage)"))
                }
            }
        }
        // Emphasis is a matter of style a translator may change: worth a look, rarely wrong.
        for (name, l, r, severity) in [
            ("emphasis", left.emphasis, right.emphasis, ReviewFinding.Severity.info), ("strong", left.strong, right.strong, .info),
            ("footnote references", left.footnotes, right.footnotes, .warning),
        ] where l != r {
            findings.append(ReviewFinding(.markup, "\(name): \(l) in \(leftLanguage), \(r) in \(rightLanguage)", severity: severity))
        }
        return findings
    }

    /// Opening marks minus closing ones; a closing mark with nothing open counts too.
    static func imbalance(_ text: String, _ open: Character, _ close: Character) -> Int {
        guard let open = open.unicodeScalars.first, let close = close.unicodeScalars.first else { return 0 }
        var depth = 0, stray = 0
        for character in text.unicodeScalars {
            if character == open { depth += 1 } else if character == close {
                if depth > 0 { depth -= 1 } else { stray += 1 }
            }
        }
        return depth * 1000 + stray
    }

    /// How many `mark`s end a question or exclamation: not the `!` of a name ("useR!")
    /// nor one glued to the next word ("useR!2020").
    static func sentenceMarks(_ text: String, _ mark: Character) -> Int {
        guard let mark = mark.unicodeScalars.first else { return 0 }
        var count = 0
        var previous: Unicode.Scalar = " "
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let scalar = current {
            let next = iterator.next()
            // Only "!" makes names ("useR!"); "¿utilizar R?" is a question.
            let isName = mark == "!" && previous.properties.isUppercase
            let glued = next.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
            if scalar == mark, !isName, !glued { count += 1 }
            previous = scalar
            current = next
        }
        return count
    }

    /// How many times a one-scalar mark occurs.
    static func count(_ mark: Character, in text: String) -> Int {
        guard let scalar = mark.unicodeScalars.first else { return 0 }
        return text.unicodeScalars.reduce(0) { $0 + ($1 == scalar ? 1 : 0) }
    }

    enum Ending: String { case question, exclamation, statement, other }

    /// How a block's last sentence ends, closing quotes and brackets aside.
    static func ending(_ text: String) -> Ending {
        let closing = Set("”\"'’»)]*_".unicodeScalars)
        let trimmed = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace || closing.contains($0) }
        switch trimmed.first {
        case "?": return .question
        case "!": return .exclamation
        case ".": return .statement
        default: return .other
        }
    }
}
