/// What must survive translation unchanged, read from a block's plain text:
/// numbers, times, months next to a number (so "1 de noviembre" and
/// "November 1" agree), percentages, e-mail addresses and URLs; and the
/// capitalised words that are probably names, for alignment.
///
///     TextFacts("Más de 711 personas, 45 %, junio 2013").numbers  // ["711", "45", "2013"]
public struct TextFacts: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case number, percentage, time, date, email, url

        /// How a finding names it: "number 711", "time 10:30".
        var label: String {
            switch self {
            case .number: "number"
            case .percentage: "percentage"
            case .time: "time"
            case .date: "month"
            case .email: "e-mail address"
            case .url: "URL"
            }
        }
    }

    /// A fact in comparable form ("1000", "10:30", "month:11", "example.org/x") with how it was written.
    public struct Fact: Sendable, Hashable {
        public var kind: Kind
        public var key: String
        public var written: String
    }

    public var facts: [Fact] = []
    /// Folded capitalised words that do not start a sentence: "ilpes", "quito".
    public var names: Set<String> = []
    /// Words of three letters or more, folded, that are neither names nor numbers: what a translation changes.
    public var commonWords: [String] = []
    /// Figures the text gives in words or other forms ("dos", "third", "II", the "3.5" of "3,5 millones"):
    /// they answer a figure on the other side but are never a finding themselves.
    public var softKeys: Set<String> = []
    /// Words of the text, and how many are Spanish and English function words outside names:
    /// what `LanguageProfile` reads a block's language from.
    var wordCount = 0
    var spanishFunctionWords = 0
    var englishFunctionWords = 0

    public var keys: Set<String> { Set(facts.map(\.key)) }
    /// What a figure on the other side may match: the facts and the soft keys.
    public var matchableKeys: Set<String> { keys.union(softKeys) }
    public var numbers: [String] { facts.filter { $0.kind == .number || $0.kind == .percentage }.map(\.key) }

    static let fullMonths: [String: Int] = {
        var table: [String: Int] = [:]
        for index in 0..<12 {
            table[fold(Substring(CalendarWords.spanishMonths[index]))] = index + 1
            table[fold(Substring(CalendarWords.englishMonths[index]))] = index + 1
        }
        table["setiembre"] = 9
        table["sept"] = 9
        return table
    }()

    static let trimmedPunctuation: Set<Character> = ["(", ")", "[", "]", "{", "}", "\"", "'", "«", "»", "“", "”", "‘", "’", ",", ";", ":", "!", "?", ".", "¡", "¿", "*", "_", "<", ">", "|"]

    public init(_ text: String) {
        let chunks = Self.words(text)
        let hasDigit = chunks.map { $0.utf8.contains { $0 >= 48 && $0 <= 57 } }
        var sentenceStart = true
        // Folded words in order, "" where a run of number words must break (a figure, a comma).
        var numberWordRun: [String] = []
        var sawNumberWord = false
        for (index, rawChunk) in chunks.enumerated() {
            let chunk = Self.trimmed(rawChunk)
            defer {
                if let last = rawChunk.last { sentenceStart = last == "." || last == "!" || last == "?" || last == ":" }
            }
            guard !chunk.isEmpty else { continue }
            // Byte checks first: Foundation's substring search is slow on thousands of words.
            let bytes = chunk.utf8
            if bytes.contains(58) || bytes.first == 119 || bytes.first == 87, let url = Self.url(chunk) {
                facts.append(Fact(kind: .url, key: url, written: String(chunk)))
                // "https://doi.org/10.5281/zenodo.8215455" on one side, "DOI: 10.5281/zenodo.8215455" on the other: same figures.
                if bytes.contains(where: { $0 >= 48 && $0 <= 57 }) {
                    var inURL = TextFacts("")
                    inURL.scanNumbers(Substring(url.map { $0.isASCIIDigit || $0 == "." ? $0 : " " }.split(separator: " ").joined(separator: " ")), percentNext: false)
                    for fact in inURL.facts { softKeys.insert(fact.key) }
                }
                continue
            }
            if bytes.contains(64), Self.isEmail(chunk) {
                facts.append(Fact(kind: .email, key: chunk.lowercased(), written: String(chunk)))
                continue
            }
            if hasDigit[index] {
                let before = facts.count
                scanNumbers(chunk, percentNext: index + 1 < chunks.count && chunks[index + 1].hasPrefix("%"))
                applyScale(after: index, chunks: chunks, factsFrom: before)
                if numberWordRun.last != "" { numberWordRun.append("") }
                continue
            }
            let folded = Self.fold(chunk)
            let traits = folded.utf8.count <= 14 ? LanguageProfile.wordTraits[folded] ?? 0 : 0
            if traits & 3 != 0 { countFunctionWord(traits, at: index, in: chunks) }
            // Only number words (and the joiners between them) are kept; any other word breaks a run, once.
            if traits & 12 != 0 {
                sawNumberWord = true
                numberWordRun.append(folded)
                if let last = rawChunk.last, last == "," || last == ";" || last == "." || last == ":" { numberWordRun.append("") }
            } else if numberWordRun.last != "" {
                numberWordRun.append("")
            }
            if let month = Self.fullMonths[folded] {
                // A month counts only beside a number ("junio 2013", "1 de noviembre"); "may" alone is a verb.
                let near = (max(0, index - 3)...min(chunks.count - 1, index + 3)).contains { $0 != index && hasDigit[$0] }
                if near {
                    facts.append(Fact(kind: .date, key: "month:\(month)", written: String(chunk)))
                    continue
                }
            }
            guard Self.isWord(chunk) else { continue }
            if let first = chunk.first, first.isUppercase, let value = NumberWords.roman(chunk) {
                softKeys.insert(String(value))
                continue
            }
            if let first = chunk.first, first.isUppercase {
                // A capital at the start of a sentence says nothing: neither a name nor a common word.
                if !sentenceStart || chunk.count > 1 && chunk.allSatisfy({ !$0.isLowercase }) { names.insert(folded) }
            } else if chunk.count >= 3 {
                commonWords.append(folded)
            }
        }
        wordCount = chunks.count
        if sawNumberWord {
            for value in NumberWords.values(numberWordRun) { softKeys.insert(String(value)) }
        }
    }

    /// Counts a function word unless it sits inside a name: the "de" and "y" of "Facultad de Filosofía y Letras".
    private mutating func countFunctionWord(_ traits: UInt8, at index: Int, in chunks: [Substring]) {
        let spanish = traits & 1 != 0, english = traits & 2 != 0
        func isCapitalised(_ other: Int) -> Bool {
            chunks.indices.contains(other) && chunks[other].first(where: { $0.isLetter })?.isUppercase == true
        }
        if isCapitalised(index - 1) && (isCapitalised(index + 1) || isCapitalised(index + 2)) { return }
        if spanish { spanishFunctionWords += 1 }
        if english { englishFunctionWords += 1 }
    }

    /// "3,5 millones", "3.5 million", "5 mil", "1.500 mil millones": the figure before a scale word
    /// becomes its full value, so both languages' ways of writing it agree; the figure as written stays a soft key.
    private mutating func applyScale(after index: Int, chunks: [Substring], factsFrom first: Int) {
        guard facts.count > first, index + 1 < chunks.count, let last = facts.indices.last,
              facts[last].kind == .number || facts[last].kind == .percentage else { return }
        let next = Self.fold(Self.trimmed(chunks[index + 1]))
        guard var scale = NumberWords.scales[next] else { return }
        if next == "mil", index + 2 < chunks.count, let following = NumberWords.scales[Self.fold(Self.trimmed(chunks[index + 2]))],
           following == 1_000_000 {
            scale = 1_000_000_000  // "mil millones": a thousand millions
        }
        guard let value = NumberWords.scaled(facts[last].key, by: scale) else { return }
        softKeys.insert(facts[last].key)
        facts[last].key = value
    }

    /// Numbers and times inside one whitespace-free chunk: "10:30-10:40", "2024-11-01", "1.000", "45%".
    private mutating func scanNumbers(_ chunk: Substring, percentNext: Bool) {
        let characters = Array(chunk)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index].isASCIIDigit { index += 1 }
            let leading = String(characters[start..<index])
            // A time: 10:30, 9h00 (hours of one or two digits).
            if leading.count <= 2, index < characters.count, ":hH".contains(characters[index]),
               Self.digitsAt(characters, index + 1, count: 2),
               let hours = Int(leading), let minutes = Int(String(characters[(index + 1)...(index + 2)])), hours < 24, minutes < 60 {
                let end = index + 3
                guard end >= characters.count || !characters[end].isASCIIDigit else {
                    index = end
                    continue
                }
                facts.append(Fact(kind: .time, key: "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)", written: String(characters[start..<end])))
                index = end
                continue
            }
            // An ISO date: 2024-11-01 → the year, the month as a month, the day.
            if leading.count == 4, index + 5 < characters.count, characters[index] == "-", Self.digitsAt(characters, index + 1, count: 2),
               characters[index + 3] == "-", Self.digitsAt(characters, index + 4, count: 2),
               let month = Int(String(characters[(index + 1)...(index + 2)])), (1...12).contains(month) {
                let day = String(characters[(index + 4)...(index + 5)])
                let written = String(characters[start..<(index + 6)])
                facts.append(Fact(kind: .number, key: Self.normalizedNumber(leading), written: written))
                facts.append(Fact(kind: .date, key: "month:\(month)", written: written))
                facts.append(Fact(kind: .number, key: Self.normalizedNumber(day), written: written))
                index += 6
                continue
            }
            // Grouping and decimal separators: 1.000.000, 1,000, 2,5, 2.5.
            var raw = leading
            while index + 1 < characters.count, characters[index] == "." || characters[index] == ",", characters[index + 1].isASCIIDigit {
                raw.append(characters[index])
                index += 1
                while index < characters.count, characters[index].isASCIIDigit {
                    raw.append(characters[index])
                    index += 1
                }
            }
            let isPercent = (index < characters.count && characters[index] == "%") || (index == characters.count && percentNext)
            facts.append(Fact(kind: isPercent ? .percentage : .number, key: Self.normalizedNumber(raw), written: raw + (isPercent ? "%" : "")))
        }
    }

    /// Lowercase without accents ("Perú" → "peru"): much cheaper than Foundation's
    /// locale-aware folding, which matters on pages of thousands of blocks.
    static func fold(_ word: Substring) -> String {
        let lower = word.lowercased()
        guard !lower.utf8.allSatisfy({ $0 < 128 }) else { return lower }
        var scalars = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // a combining accent
            scalars.append(accentless[scalar] ?? scalar)
        }
        return String(scalars)
    }

    /// Letters, hyphens and apostrophes only; ASCII is checked byte by byte, the rest by Unicode properties.
    static func isWord(_ chunk: Substring) -> Bool {
        var ascii = true
        for byte in chunk.utf8 {
            if byte >= 128 {
                ascii = false
                break
            }
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            if !isLetter && byte != 45 && byte != 39 { return false }
        }
        return ascii || chunk.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// The accented letters of Spanish, Portuguese and French, lowercase, and their base letters.
    static let accentless: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = ["áa", "àa", "âa", "äa", "ãa", "ée", "èe", "êe", "ëe", "íi", "ìi", "îi", "ïi", "óo", "òo", "ôo", "öo", "õo", "úu", "ùu", "ûu", "üu", "ñn", "çc"]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for pair in pairs {
            let scalars = Array(pair.unicodeScalars)
            table[scalars[0]] = scalars[1]
        }
        return table
    }()

    /// The text split at white space, scanning bytes: ASCII spaces directly, other white space by its Unicode property.
    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isSpace = scalar.value < 128
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                : scalar.properties.isWhitespace
            if isSpace {
                if let begin = start { words.append(text[begin..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let begin = start { words.append(text[begin...]) }
        return words
    }

    /// "1.000" and "1,000" → "1000"; "2,5" and "2.5" → "2.5"; "007" → "7".
    static func normalizedNumber(_ raw: String) -> String {
        let parts = raw.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
        var integer: String
        var fraction = ""
        if parts.count == 1 {
            integer = parts[0]
        } else if parts.dropFirst().allSatisfy({ $0.count == 3 }) && parts[0].count <= 3 {
            integer = parts.joined()
        } else {
            integer = parts.dropLast().joined()
            fraction = parts.last ?? ""
        }
        while integer.count > 1, integer.first == "0" { integer.removeFirst() }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    static func digitsAt(_ characters: [Character], _ start: Int, count: Int) -> Bool {
        guard start >= 0, start + count <= characters.count else { return false }
        return characters[start..<(start + count)].allSatisfy(\.isASCIIDigit)
    }

    static func trimmed(_ chunk: Substring) -> Substring {
        // Most words start and end with a letter or digit: no need to look further.
        if let first = chunk.utf8.first, let last = chunk.utf8.last, Self.isPlainEdge(first), Self.isPlainEdge(last) { return chunk }
        var result = chunk
        while let first = result.first, trimmedPunctuation.contains(first) { result = result.dropFirst() }
        while let last = result.last, trimmedPunctuation.contains(last) { result = result.dropLast() }
        return result
    }

    static func isPlainEdge(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    /// `https://Example.org/x/` → `example.org/x`: scheme, `www.` and a final slash do not matter.
    static func url(_ chunk: Substring) -> String? {
        var value = chunk.lowercased()
        if let range = value.range(of: "://") {
            let scheme = value[..<range.lowerBound]
            guard scheme == "http" || scheme == "https" || scheme == "ftp" else { return nil }
            value = String(value[range.upperBound...])
        } else if !value.hasPrefix("www.") {
            return nil
        }
        if value.hasPrefix("www.") { value.removeFirst(4) }
        while value.hasSuffix("/") { value.removeLast() }
        return value.isEmpty ? nil : value
    }

    static func isEmail(_ chunk: Substring) -> Bool {
        guard let at = chunk.firstIndex(of: "@"), at != chunk.startIndex else { return false }
        let domain = chunk[chunk.index(after: at)...]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex else { return false }
        return domain[domain.index(after: dot)...].count >= 2 && !domain.contains("@")
    }
}
