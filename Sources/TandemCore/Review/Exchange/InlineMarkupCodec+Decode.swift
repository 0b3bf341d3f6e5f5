extension InlineMarkupCodec {
    /// Why a translator's pieces cannot go back into the file.
    struct Mismatch: Error, Equatable {
        var message: String
    }

    /// Checks a target's elements against its source's (same ids, each once, pairs
    /// properly nested; order may change) and returns the target with each
    /// element's code and kind taken from the source, whatever the file said.
    static func check(_ target: [InlinePiece], against source: [InlinePiece]) -> Result<[InlinePiece], Mismatch> {
        var expected: [String: InlinePiece] = [:]
        for piece in source where piece.id != nil { expected[key(piece)] = piece }
        var seen = Set<String>()
        var stack: [Int] = []
        var result: [InlinePiece] = []
        for piece in target {
            guard piece.id != nil else {
                result.append(piece)
                continue
            }
            let pieceKey = key(piece)
            guard let original = expected[pieceKey] else {
                return .failure(Mismatch(message: "\(describe(piece)) is not in the source"))
            }
            guard seen.insert(pieceKey).inserted else {
                return .failure(Mismatch(message: "\(describe(original)) appears twice"))
            }
            switch original {
            case .open(let id, _, _):
                stack.append(id)
            case .close(let id, _):
                guard stack.last == id else {
                    return .failure(Mismatch(message: stack.contains(id)
                        ? "\(describe(original)) closes across another element: keep the pairs nested"
                        : "\(describe(original)) comes before its opening <bpt id=\"\(id)\">"))
                }
                stack.removeLast()
            default:
                break
            }
            result.append(original)
        }
        let missing = source.filter { $0.id != nil && !seen.contains(key($0)) }
        if !missing.isEmpty {
            return .failure(Mismatch(message: "missing " + missing.map(describe).joined(separator: ", ")))
        }
        return .success(result.mergingText())
    }

    private static func key(_ piece: InlinePiece) -> String {
        switch piece {
        case .text: ""
        case .open(let id, _, _): "bpt\(id)"
        case .close(let id, _): "ept\(id)"
        case .placeholder(let id, _, _): "ph\(id)"
        }
    }

    /// `<ph id="2"> (footnote reference [^1])`: what the translator sees in a CAT tool and what it stands for.
    static func describe(_ piece: InlinePiece) -> String {
        switch piece {
        case .text(let text): "text \"\(text)\""
        case .open(let id, let kind, let code): "<bpt id=\"\(id)\"> (\(kind.label) \(code))"
        case .close(let id, let code): "<ept id=\"\(id)\"> (\(code))"
        case .placeholder(let id, let kind, let code): "<ph id=\"\(id)\"> (\(kind.label) \(code.replacingOccurrences(of: "\n", with: "⏎")))"
        }
    }

    /// The elements of a unit as an order-free list, to compare a unit after import with its source.
    static func signature(_ pieces: [InlinePiece]) -> [String] {
        pieces.compactMap { piece -> String? in
            switch piece {
            case .text: nil
            case .open(_, let kind, let code): "open \(kind.rawValue) \(code)"
            case .close(_, let code): "close \(code)"
            case .placeholder(_, let kind, let code): "\(kind.rawValue) \(code)"
            }
        }.sorted()
    }

    /// The Markdown for checked pieces. Newlines stay "\n"; the caller indents them.
    static func decode(_ pieces: [InlinePiece], context: Context) -> String {
        let pieces = movingSpacesOutOfEmphasis(pieces)
        var output = ""
        // Text `[` is always escaped, so a text `]` can close nothing but the link it is in.
        var openLinks = Set<Int>()
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text):
                output += escape(text, context: context, lineStart: output.isEmpty || output.hasSuffix("\n"),
                                 isLast: index == pieces.count - 1, insideLink: !openLinks.isEmpty)
            case .open(let id, let kind, var code):
                if kind == .link || kind == .image { openLinks.insert(id) }
                if (kind == .italic || kind == .bold), code.hasPrefix("_"), output.last?.isLetterOrDigit == true {
                    code = String(repeating: "*", count: code.count)  // `_` does not open inside a word
                }
                output += code
            case .close(let id, var code):
                openLinks.remove(id)
                if code.hasPrefix("_"), index + 1 < pieces.count, case .text(let next) = pieces[index + 1], next.first?.isLetterOrDigit == true {
                    code = String(repeating: "*", count: code.count)
                    // …and its opening must match: rewrite the last unmatched `_` run of the same length.
                    if let range = output.range(of: code.replacingOccurrences(of: "*", with: "_"), options: .backwards) {
                        output.replaceSubrange(range, with: code)
                    }
                }
                output += code
            case .placeholder(_, _, let code):
                output += code
            }
        }
        if context != .paragraph { output = output.replacingOccurrences(of: "\n", with: " ") }
        return output
    }

    /// `*Title: *` does not close: a space just inside a delimiter moves outside it.
    static func movingSpacesOutOfEmphasis(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var result = pieces
        func isDelimited(_ kind: InlinePiece.InlineKind) -> Bool { kind == .italic || kind == .bold || kind == .strike }
        var index = 0
        while index < result.count {
            if case .open(_, let kind, _) = result[index], isDelimited(kind), index + 1 < result.count,
               case .text(let text) = result[index + 1], let first = text.first, first.isWhitespace {
                let trimmed = String(text.drop { $0.isWhitespace }), spaces = String(text.prefix { $0.isWhitespace })
                result[index + 1] = .text(trimmed)
                result.insert(.text(spaces), at: index)
                index += 1
            }
            index += 1
        }
        var openKinds: [Int: InlinePiece.InlineKind] = [:]
        for piece in result { if case .open(let id, let kind, _) = piece { openKinds[id] = kind } }
        index = 0
        while index < result.count {
            if case .close(let id, _) = result[index], let kind = openKinds[id], isDelimited(kind), index > 0,
               case .text(let text) = result[index - 1], let last = text.last, last.isWhitespace {
                var trimmed = text
                while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
                let spaces = String(text.dropFirst(trimmed.count))
                result[index - 1] = .text(trimmed)
                result.insert(.text(spaces), at: index + 1)
            }
            index += 1
        }
        return result.mergingText()
    }

    /// Text as Markdown that reads back as the same text.
    static func escape(_ text: String, context: Context, lineStart: Bool, isLast: Bool, insideLink: Bool = true) -> String {
        let characters = Array(text)
        var output = ""
        var atLineStart = lineStart
        var escapeAt: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "\n" {
                while output.last == " " || output.last == "\t" { output.removeLast() }  // two spaces would be a hard break
                output.append(context == .paragraph ? "\n" : " ")
                atLineStart = context == .paragraph
                index += 1
                continue
            }
            if atLineStart {
                if character == " " || character == "\t" {
                    index += 1
                    continue
                }
                atLineStart = false
                escapeAt = lineStartEscape(characters, at: index, context: context)
            }
            if escapeAt == index { output.append("\\") }
            switch character {
            case "\\", "*", "`", "[", "~":
                output.append("\\")
            case "]":
                if insideLink { output.append("\\") }
            case "_":
                if !(previous?.isLetterOrDigit == true && next?.isLetterOrDigit == true) { output.append("\\") }
            case "<":
                if let next, next.isLetter || next == "/" || next == "!" || next == "?" { output.append("\\") }
            case "&":
                if looksLikeEntity(characters, at: index) { output.append("\\") }
            case "|":
                if context == .cell { output.append("\\") }
            case "#":
                if context == .heading && isLast && characters[index...].allSatisfy({ $0 == "#" || $0 == " " }) { output.append("\\") }
            default:
                break
            }
            output.append(character)
            index += 1
        }
        return output
    }

    /// `# `, `> `, `- `, `+ `, `1. `, `===` at the start of a line would begin a block:
    /// where a backslash goes (before the marker, or before the `.` of a number).
    private static func lineStartEscape(_ characters: [Character], at index: Int, context: Context) -> Int? {
        guard context == .paragraph else { return nil }
        let character = characters[index]
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        switch character {
        case "#", ">", "=": return index
        case "-", "+": return next == nil || next == " " || next == "\t" || next == character ? index : nil
        default:
            guard character.isASCII, character.isNumber else { return nil }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end < characters.count, characters[end] == "." || characters[end] == ")", end - index <= 9 else { return nil }
            let after: Character? = end + 1 < characters.count ? characters[end + 1] : nil
            return after == nil || after == " " || after == "\t" ? end : nil
        }
    }

    /// `&amp;`, `&#38;`, `&#x26;`: an `&` that cmark would read as a character reference.
    private static func looksLikeEntity(_ characters: [Character], at index: Int) -> Bool {
        var end = index + 1
        while end < characters.count, end - index <= 32, characters[end].isASCII, characters[end].isLetter || characters[end].isNumber || characters[end] == "#" {
            end += 1
        }
        return end > index + 1 && end < characters.count && characters[end] == ";"
    }
}
