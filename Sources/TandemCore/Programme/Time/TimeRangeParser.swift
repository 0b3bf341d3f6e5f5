/// Reads the time at the start of a session line, in the forms programme teams
/// actually type: `10:30-10:40`, `10:30 – 10:40`, `10:00 hrs.`, `14:00 h`,
/// `2:30 pm`, `10h30`, optionally followed by a duration in parentheses.
public enum TimeRangeParser: Sendable {
    public enum Outcome: Sendable, Equatable {
        case parsed(ParsedTimeRange)
        /// Something shaped like a time that cannot be one (`25:00`, `10:75`).
        case invalid(reason: String)
        /// The text does not start with a time at all.
        case noTime
    }

    public static func parse(_ text: String) -> Outcome {
        let characters = Array(text)
        var index = 0
        // Emphasis around the time (`**10:00 hrs.**`) may survive in hand-converted text.
        skip(in: characters, from: &index) { $0 == "*" || $0 == "_" || $0.isWhitespace }

        let first: ScannedTime
        switch scanTime(characters, at: index) {
        case .none: return .noTime
        case .invalid(let reason): return .invalid(reason: reason)
        case .time(let scanned): first = scanned
        }
        index = first.end

        var second: ScannedTime?
        var afterRange = index
        skip(in: characters, from: &afterRange) { $0.isWhitespace || $0 == "*" || $0 == "_" }
        if let separatorEnd = rangeSeparator(characters, at: afterRange) {
            var timeStart = separatorEnd
            skip(in: characters, from: &timeStart) { $0.isWhitespace }
            switch scanTime(characters, at: timeStart) {
            case .time(let scanned):
                second = scanned
                index = scanned.end
            case .invalid(let reason):
                return .invalid(reason: reason)
            case .none:
                break  // `10:00 - Apertura`: the dash separates the title, not a range.
            }
        }

        guard let times = resolveMeridiem(first, second) else {
            return .invalid(reason: "\(first.written) is not a valid time: with am/pm the hour goes from 1 to 12")
        }

        var duration: Int?
        var afterDuration = index
        skip(in: characters, from: &afterDuration) { $0.isWhitespace || $0 == "*" || $0 == "_" }
        if afterDuration < characters.count, characters[afterDuration] == "(",
           let close = characters[afterDuration...].firstIndex(of: ")"),
           let minutes = durationMinutes(String(characters[(afterDuration + 1)..<close])) {
            duration = minutes
            index = close + 1
        }

        return .parsed(ParsedTimeRange(
            start: times.start, end: times.end, statedDuration: duration,
            remainder: trimLeadingSeparators(characters[index...])))
    }

    /// Minutes in `20 minutos`, `1 hora`, `90 min`, `1 h 30 min`, `1,5 horas`, `1h30`;
    /// nil when the text is anything else (`(virtual)` is not a duration).
    public static func durationMinutes(_ text: String) -> Int? {
        let folded = TextFolding.characters(text)
        var index = 0
        var total = 0.0
        var sawUnit = false
        while true {
            skip(in: folded, from: &index) { $0.isWhitespace }
            if index >= folded.count { break }
            // A bare number after hours (`1h30`) means minutes.
            guard let number = scanNumber(folded, at: &index) else { return nil }
            skip(in: folded, from: &index) { $0.isWhitespace }
            let wordStart = index
            skip(in: folded, from: &index) { $0.isLetter || $0 == "." || $0 == "'" || $0 == "’" }
            let unit = String(folded[wordStart..<index]).trimmingDots
            if unit.isEmpty {
                guard sawUnit else { return nil }
                total += number
                continue
            }
            if minuteUnits.contains(unit) {
                total += number
            } else if hourUnits.contains(unit) {
                total += number * 60
            } else {
                return nil
            }
            sawUnit = true
        }
        guard sawUnit, total > 0, total < 24 * 60 else { return nil }
        return Int(total.rounded())
    }

    // MARK: - Scanning

    private static let minuteUnits: Set<String> = ["m", "min", "mins", "minuto", "minutos", "minute", "minutes", "'", "’"]
    private static let hourUnits: Set<String> = ["h", "hr", "hrs", "hs", "hora", "horas", "hour", "hours"]
    /// Words that may follow a time; matched only when a non-letter follows, so
    /// `14:00 Homenaje` keeps its title.
    private static let clockSuffixes = ["horas", "hrs.", "hrs", "hr.", "hr", "hs.", "hs", "h.", "h"]

    private enum Meridiem: Sendable { case am, pm }

    private struct ScannedTime: Sendable {
        var hour: Int
        var minute: Int
        var meridiem: Meridiem?
        var written: String
        var end: Int
    }

    private enum Scan: Sendable {
        case time(ScannedTime)
        case invalid(String)
        case none
    }

    private static func scanTime(_ characters: [Character], at start: Int) -> Scan {
        var index = start
        guard let hour = digits(characters, at: &index, max: 2) else { return .none }
        // Three or more digits is a year or a count, not an hour.
        if index < characters.count, characters[index].isASCIIDigit { return .none }
        var minute = 0
        var hasMinutes = false
        if index < characters.count, [":", "h", "H", "."].contains(characters[index]) {
            var minuteIndex = index + 1
            if let value = digits(characters, at: &minuteIndex, max: 2), minuteIndex - index == 3,
               !(minuteIndex < characters.count && characters[minuteIndex].isASCIIDigit) {
                minute = value
                hasMinutes = true
                index = minuteIndex
            } else if characters[index] == ":" {
                return .none
            }
        }
        let written = String(characters[start..<index])
        let suffixEnd = suffix(characters, at: index)
        let meridiem = suffixEnd.meridiem
        // A bare number is a time only when a clock word says so (`10 am`, `14 h`).
        if !hasMinutes && suffixEnd.end == index { return .none }
        if let meridiem {
            guard (1...12).contains(hour), (0...59).contains(minute) else {
                return .invalid("\(written) \(meridiem == .am ? "am" : "pm") is not a valid time: with am/pm the hour goes from 1 to 12")
            }
        } else if hour > 24 || (hour == 24 && minute > 0) {
            return .invalid("\(written) is not a valid time: hours go from 0 to 23")
        }
        if minute > 59 { return .invalid("\(written) is not a valid time: minutes go from 00 to 59") }
        return .time(ScannedTime(hour: hour, minute: minute, meridiem: meridiem, written: written, end: suffixEnd.end))
    }

    /// Skips `hrs.`, `h`, `am`, `p.m.` after a time; returns where the time really ends.
    private static func suffix(_ characters: [Character], at start: Int) -> (end: Int, meridiem: Meridiem?) {
        var index = start
        skip(in: characters, from: &index) { $0 == " " || $0 == "\u{00A0}" }
        let rest = characters[index...].prefix(8).map { $0.lowercased() }.joined()
        for (word, meridiem) in [("a. m.", Meridiem.am), ("p. m.", .pm), ("a.m.", .am), ("p.m.", .pm), ("am", .am), ("pm", .pm)]
        where rest.hasPrefix(word) && isBoundary(characters, at: index + word.count) {
            return (index + word.count, meridiem)
        }
        for word in clockSuffixes where rest.hasPrefix(word) && isBoundary(characters, at: index + word.count) {
            return (index + word.count, nil)
        }
        return (start, nil)
    }

    private static func rangeSeparator(_ characters: [Character], at index: Int) -> Int? {
        guard index < characters.count else { return nil }
        if ["-", "–", "—", "‒", "−"].contains(characters[index]) { return index + 1 }
        for word in ["hasta", "until", "to", "al", "a"] {
            let end = index + word.count
            guard end < characters.count, characters[end].isWhitespace else { continue }
            if String(characters[index..<end]).lowercased() == word { return end }
        }
        return nil
    }

    /// Applies am/pm written on one end of a range to the other end too
    /// (`11:00-1:00 pm` starts at 11 am; `10:30-11:30 am` is all morning).
    private static func resolveMeridiem(_ first: ScannedTime, _ second: ScannedTime?) -> (start: TimeOfDay, end: TimeOfDay?)? {
        func clock(_ time: ScannedTime, _ meridiem: Meridiem?) -> TimeOfDay? {
            guard let meridiem else { return TimeOfDay(hour: time.hour, minute: time.minute) }
            guard (1...12).contains(time.hour) else { return nil }
            let base = time.hour % 12
            return TimeOfDay(hour: meridiem == .pm ? base + 12 : base, minute: time.minute)
        }
        guard let second else {
            guard let start = clock(first, first.meridiem) else { return nil }
            return (start, nil)
        }
        var startMeridiem = first.meridiem
        var endMeridiem = second.meridiem
        if startMeridiem == nil, let shared = endMeridiem, (1...12).contains(first.hour) {
            startMeridiem = shared
            if let candidate = clock(first, shared), let end = clock(second, shared), candidate > end {
                startMeridiem = shared == .pm ? .am : .pm
            }
        }
        if endMeridiem == nil, let shared = startMeridiem, first.meridiem != nil, (1...12).contains(second.hour) {
            endMeridiem = shared
            if let start = clock(first, shared), let candidate = clock(second, shared), candidate < start {
                endMeridiem = shared == .am ? .pm : .am
            }
        }
        guard let start = clock(first, startMeridiem), let end = clock(second, endMeridiem) else { return nil }
        return (start, end)
    }

    // MARK: - Small helpers

    private static func digits(_ characters: [Character], at index: inout Int, max: Int) -> Int? {
        var value = 0
        var count = 0
        while index < characters.count, count < max, let digit = characters[index].wholeNumberValue, characters[index].isASCIIDigit {
            value = value * 10 + digit
            index += 1
            count += 1
        }
        return count > 0 ? value : nil
    }

    private static func scanNumber(_ characters: [Character], at index: inout Int) -> Double? {
        let start = index
        skip(in: characters, from: &index) { $0.isASCIIDigit }
        guard index > start else { return nil }
        var text = String(characters[start..<index])
        if index + 1 < characters.count, characters[index] == "," || characters[index] == ".", characters[index + 1].isASCIIDigit {
            index += 1
            let fractionStart = index
            skip(in: characters, from: &index) { $0.isASCIIDigit }
            text += "." + String(characters[fractionStart..<index])
        }
        return Double(text)
    }

    private static func isBoundary(_ characters: [Character], at index: Int) -> Bool {
        index >= characters.count || !characters[index].isLetterOrDigit
    }

    static func skip(in characters: [Character], from index: inout Int, while predicate: (Character) -> Bool) {
        while index < characters.count, predicate(characters[index]) { index += 1 }
    }

    private static func trimLeadingSeparators(_ rest: ArraySlice<Character>) -> String {
        var slice = rest
        while let first = slice.first, first.isWhitespace || "-–—:|.,*_".contains(first) { slice = slice.dropFirst() }
        return String(slice).trimmingTrailingWhitespace
    }
}

extension Character {
    // These run on every character of every date phrase; `isNumber`, `isLetter` and
    // `isWhitespace` look up Unicode properties, while for ASCII (nearly all of it)
    // a comparison gives the same answer.
    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }

    /// `isLetter`, answered without the property table for ASCII.
    var isLetterQuickly: Bool {
        guard let ascii = asciiValue else { return isLetter }
        let lower = ascii | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    /// `isWhitespace`, answered without the property table for ASCII
    /// (tab to carriage return, and space; `\r\n` counts as `\n`).
    var isWhitespaceQuickly: Bool {
        guard let ascii = asciiValue else { return isWhitespace }
        return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D)
    }
}

extension String {
    var trimmingDots: String {
        var text = self
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
