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
        let folded = TextFolding.characters(text)
        var tokens: [DateToken] = []
        var index = 0
        while index < folded.count {
            let character = folded[index]
            let start = index
            if character.isWhitespaceQuickly {
                index += 1
            } else if character.isASCIIDigit {
                TimeRangeParser.skip(in: folded, from: &index) { $0.isASCIIDigit }
                let digits = String(folded[start..<index])
                if digits.count == 4, let iso = isoDate(folded, at: start) {
                    index = start + 10
                    tokens.append(DateToken(kind: .isoDate(iso), range: start..<index))
                    continue
                }
                guard let value = Int(digits) else { continue }
                if digits.count == 4 {
                    tokens.append(DateToken(kind: .year(value), range: start..<index))
                } else if digits.count <= 2 {
                    index = afterOrdinalMark(folded, at: index)
                    tokens.append(DateToken(kind: .number(value), range: start..<index))
                } else {
                    tokens.append(DateToken(kind: .word(digits), range: start..<index))
                }
            } else if character.isLetterQuickly {
                TimeRangeParser.skip(in: folded, from: &index) { $0.isLetterQuickly }
                let word = Self.string(folded[start..<index])
                // In "Sat. Nov. 2" the dots mark abbreviations and belong to the words; after a
                // full name ("noviembre.") a dot ends a sentence and must stay a separator.
                if word.count <= 4, index < folded.count, folded[index] == ".",
                   CalendarWords.months[word] != nil || CalendarWords.weekdays[word] != nil {
                    index += 1
                }
                if let month = CalendarWords.months[word] {
                    tokens.append(DateToken(kind: .month(month), range: start..<index))
                } else if let weekday = CalendarWords.weekdays[word] {
                    tokens.append(DateToken(kind: .weekday(weekday), range: start..<index))
                } else {
                    tokens.append(DateToken(kind: .word(word), range: start..<index))
                }
            } else {
                index += 1
                tokens.append(DateToken(kind: .mark(character), range: start..<index))
            }
        }
        return tokens
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
        let candidate = String(characters[start..<(start + 10)])
        if start + 10 < characters.count, characters[start + 10].isASCIIDigit { return nil }
        return CalendarDate(iso: candidate)
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
}
