/// One word, number or mark of a date phrase, with its place in the original
/// text so a parser can cut the phrase out and keep what surrounds it.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(Int)        // 1 or 2 digits, ordinal marks dropped: "1°", "1st"
        case year(Int)          // 4 digits
        case isoDate(CalendarDate)
        case month(Int)
        case weekday(Weekday)
        case word(String)       // folded
        case mark(Character)    // punctuation and dashes
    }

    var kind: Kind
    /// Character offsets in the original text.
    var range: Range<Int>

    /// Splits text into date tokens; line breaks and spaces only separate.
    static func tokenize(_ text: some StringProtocol) -> [DateToken] {
        tokenize(text, limit: .max)
    }

    /// The first `limit` tokens of `tokenize(text)` (fewer if the text has fewer).
    /// Callers that look only at how a text starts (every event page paragraph is asked
    /// whether it opens with a year) then fold and scan a few characters, not the text.
    static func tokenize(_ text: some StringProtocol, limit: Int) -> [DateToken] {
        // All-ASCII text without carriage returns has one character per byte and folds to
        // its lower case (as `TextFolding.characters` does), so bytes stand for characters.
        if !text.utf8.contains(where: { $0 >= 0x80 || $0 == 13 }) {
            if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenizeASCII($0, limit: limit) }) { return tokens }
            return Array(text.utf8).withUnsafeBufferPointer { tokenizeASCII($0, limit: limit) }
        }
        if limit < Int.max {
            // Folding is per character, so the head of the text folds to the head of the folded
            // text; a token is the same as in the whole text when everything the scanner looked
            // at to make it (at most 10 characters past its start, 2 past its end) is in the head.
            let headLength = 48
            let head = text.prefix(headLength)
            if head.endIndex < text.endIndex {
                let tokens = tokenize(folded: TextFolding.characters(head), limit: limit)
                if tokens.count == limit, let last = tokens.last, last.range.upperBound + 12 <= headLength { return tokens }
            }
        }
        return tokenize(folded: TextFolding.characters(text), limit: limit)
    }

    private static func tokenize(folded: [Character], limit: Int) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        while index < folded.count, tokens.count < limit {
            let character = folded[index]
            let start = index
            if character.isWhitespaceQuickly {
                index += 1
            } else if character.isASCIIDigit {
                TimeRangeParser.skip(in: folded, from: &index) { $0.isASCIIDigit }
                let count = index - start
                if count == 4, let iso = isoDate(folded, at: start) {
                    index = start + 10
                    tokens.append(DateToken(kind: .isoDate(iso), range: start..<index))
                    continue
                }
                if count == 4 || count <= 2 {
                    var value = 0
                    for digit in folded[start..<index] { value = value * 10 + Int(digit.asciiValue! - UInt8(ascii: "0")) }
                    if count == 4 {
                        tokens.append(DateToken(kind: .year(value), range: start..<index))
                    } else {
                        index = afterOrdinalMark(folded, at: index)
                        tokens.append(DateToken(kind: .number(value), range: start..<index))
                    }
                } else {
                    let digits = String(folded[start..<index])
                    guard Int(digits) != nil else { continue }
                    tokens.append(DateToken(kind: .word(digits), range: start..<index))
                }
            } else if character.isLetterQuickly {
                TimeRangeParser.skip(in: folded, from: &index) { $0.isLetterQuickly }
                let word = Self.string(folded[start..<index])
                let month = CalendarWords.months[word]
                let weekday = month == nil ? CalendarWords.weekdays[word] : nil
                // In "Sat. Nov. 2" the dots mark abbreviations and belong to the words; after a
                // full name ("noviembre.") a dot ends a sentence and must stay a separator.
                if word.count <= 4, index < folded.count, folded[index] == ".", month != nil || weekday != nil {
                    index += 1
                }
                tokens.append(DateToken(kind: token(word, month: month, weekday: weekday), range: start..<index))
            } else {
                index += 1
                tokens.append(DateToken(kind: .mark(character), range: start..<index))
            }
        }
        return tokens
    }

    /// `tokenize(folded:)` for ASCII text without carriage returns, byte by byte.
    private static func tokenizeASCII(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [DateToken] {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var tokens: [DateToken] = []
        var index = 0
        let count = bytes.count
        while index < count, tokens.count < limit {
            let byte = bytes[index]
            let start = index
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
            } else if isDigit(byte) {
                var value = 0
                while index < count, isDigit(bytes[index]) {
                    value = value &* 10 &+ Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                }
                let length = index - start
                if length == 4, let iso = isoDate(bytes, at: start) {
                    index = start + 10
                    tokens.append(DateToken(kind: .isoDate(iso), range: start..<index))
                    continue
                }
                if length == 4 {
                    tokens.append(DateToken(kind: .year(value), range: start..<index))
                } else if length <= 2 {
                    index = afterOrdinalMark(bytes, at: index)
                    tokens.append(DateToken(kind: .number(value), range: start..<index))
                } else {
                    let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    guard Int(digits) != nil else { continue }
                    tokens.append(DateToken(kind: .word(digits), range: start..<index))
                }
            } else if isLetter(byte) {
                while index < count, isLetter(bytes[index]) { index += 1 }
                let word = String(unsafeUninitializedCapacity: index - start) { buffer in
                    for offset in 0..<(index - start) { buffer[offset] = lower(bytes[start + offset]) }
                    return index - start
                }
                var month: Int?
                var weekday: Weekday?
                if index - start <= CalendarWords.longestFoldedWord {
                    month = CalendarWords.months[word]
                    weekday = month == nil ? CalendarWords.weekdays[word] : nil
                }
                if index - start <= 4, index < count, bytes[index] == UInt8(ascii: "."), month != nil || weekday != nil {
                    index += 1
                }
                tokens.append(DateToken(kind: token(word, month: month, weekday: weekday), range: start..<index))
            } else {
                index += 1
                tokens.append(DateToken(kind: .mark(Character(Unicode.Scalar(byte))), range: start..<index))
            }
        }
        return tokens
    }

    private static func token(_ word: String, month: Int?, weekday: Weekday?) -> Kind {
        if let month { return .month(month) }
        if let weekday { return .weekday(weekday) }
        return .word(word)
    }

    /// `String(characters)`: the generic initialiser appends through a dynamic cast
    /// per call and was ~1 % of a 10k build; appending each character is the same text.
    private static func string(_ characters: ArraySlice<Character>) -> String {
        var result = ""
        result.reserveCapacity(characters.count)
        for character in characters { result.append(character) }
        return result
    }

    private static func isoDate(_ characters: [Character], at start: Int) -> CalendarDate? {
        guard start + 10 <= characters.count else { return nil }
        if start + 10 < characters.count, characters[start + 10].isASCIIDigit { return nil }
        // Four digits not followed by "-" are never a date (`CalendarDate(iso:)` needs a
        // four-character first field): the common case of a year, without building a string.
        guard characters[start + 4] == "-" else { return nil }
        if let strict = strictISODate(characters[start..<(start + 10)].map { $0.utf8.count == 1 ? $0.asciiValue ?? 0 : 0 }) {
            return strict.isValid ? strict : nil
        }
        return CalendarDate(iso: String(characters[start..<(start + 10)]))
    }

    private static func isoDate(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> CalendarDate? {
        guard start + 10 <= bytes.count else { return nil }
        if start + 10 < bytes.count, bytes[start + 10] >= UInt8(ascii: "0"), bytes[start + 10] <= UInt8(ascii: "9") { return nil }
        guard bytes[start + 4] == UInt8(ascii: "-") else { return nil }
        if let strict = strictISODate(bytes[start..<(start + 10)]) { return strict.isValid ? strict : nil }
        let folded = bytes[start..<(start + 10)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return CalendarDate(iso: String(decoding: folded, as: UTF8.self))
    }

    /// The fields of exactly `dddd-dd-dd`, which `CalendarDate(iso:)` reads as the same
    /// numbers; anything else (signs, spaces, a `T`) is left to it.
    private static func strictISODate(_ bytes: some Collection<UInt8>) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        var fields = [0, 0, 0]
        var field = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                field += 1
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        return CalendarDate(year: fields[0], month: fields[1], day: fields[2])
    }

    /// `1°`, `1º`, `1ª`, `1st`, `2nd`, `3rd`, `4th`: the mark is part of the number.
    private static func afterOrdinalMark(_ characters: [Character], at index: Int) -> Int {
        guard index < characters.count else { return index }
        if ["°", "º", "ª"].contains(characters[index]) { return index + 1 }
        // Folding may turn "º" and "ª" into plain "o" and "a"; "1o" is also typed by hand.
        for suffix in ["st", "nd", "rd", "th", "o", "a"] {
            let end = index + suffix.count
            guard end <= characters.count, String(characters[index..<end]) == suffix else { continue }
            if end == characters.count || !characters[end].isLetter { return end }
        }
        return index
    }

    private static func afterOrdinalMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        for suffix in ordinalSuffixes {
            let end = index + suffix.count
            // Folding lower-cases: "1ST" reads as "1st".
            guard end <= bytes.count, bytes[index..<end].lazy.map({ $0 | 0x20 }).elementsEqual(suffix) else { continue }
            let next = end < bytes.count ? bytes[end] | 0x20 : 0
            if !(next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) { return end }
        }
        return index
    }

    private static let ordinalSuffixes: [[UInt8]] = ["st", "nd", "rd", "th", "o", "a"].map { Array($0.utf8) }
}
