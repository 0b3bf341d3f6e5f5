/// Finds a glossary's terms in text, forgiving what translators and authors
/// vary: accents and case (unless an entry is case-sensitive), plurals
/// (-s, -es, -ies; Spanish -ces), and Spanish gender (-o/-a) where an entry
/// allows it. "Gobiernos Subnacionales" is found for "gobierno subnacional".
///
///     let matcher = TermMatcher(glossary)
///     matcher.matches(in: "Los ODM y la CEPAL", language: "es")  // ODM, CEPAL
struct TermMatcher: Sendable {
    enum Kind: Sendable, Equatable { case accepted, forbidden }

    /// One way of writing an entry's term in a language.
    struct Form: Sendable {
        var entry: Int
        var language: String
        var kind: Kind
        var text: String
        /// Per word: the folded forms it may take (plural and, if allowed, gender stripped).
        var words: [Set<String>]
        /// Per word, accent-folded with case kept: checked when the entry is case-sensitive.
        var cased: [String]
        var caseSensitive: Bool
        var gender: Bool
    }

    struct Match: Sendable, Equatable {
        var form: Int
        var start: Int
        var end: Int
    }

    let glossary: Glossary
    let forms: [Form]
    /// Language → a folded form of a first word → the forms starting with it.
    let index: [String: [String: [Int]]]

    init(_ glossary: Glossary) {
        self.glossary = glossary
        var forms: [Form] = []
        var index: [String: [String: [Int]]] = [:]
        for (entryIndex, entry) in glossary.entries.enumerated() {
            var written: [(String, String, Kind)] = []
            for (language, _) in entry.terms.sorted(by: { $0.key < $1.key }) {
                for text in entry.accepted(in: language) { written.append((language, text, .accepted)) }
            }
            for (language, texts) in entry.forbidden.sorted(by: { $0.key < $1.key }) {
                for text in texts { written.append((language, text, .forbidden)) }
            }
            for (language, text, kind) in written {
                let tokens = Self.tokens(text)
                // "+1" or "#" has no word to find: matching its digits would find every "1".
                guard tokens.contains(where: { $0.contains(where: \.isLetter) }) else { continue }
                let words = tokens.map { token in
                    var set = Self.inflections(TextFacts.fold(token), language: language)
                    if entry.gender, language == "es" { set.formUnion(set.map(Self.genderless)) }
                    return set
                }
                let form = Form(
                    entry: entryIndex, language: language, kind: kind, text: text, words: words,
                    cased: tokens.map { Self.foldAccents(String($0)) }, caseSensitive: entry.caseSensitive, gender: entry.gender)
                for key in words[0] { index[language, default: [:]][key, default: []].append(forms.count) }
                forms.append(form)
            }
        }
        self.forms = forms
        self.index = index
    }

    var isEmpty: Bool { forms.isEmpty }

    /// Every form found in `text`, longest first where two start at the same word.
    func matches(in text: String, language: String) -> [Match] {
        guard let languageIndex = index[language] else { return [] }
        let tokens = Self.tokens(text)
        let folded = tokens.map { TextFacts.fold($0) }
        let plain = folded.map { Self.inflections($0, language: language) }
        var matches: [Match] = []
        for start in tokens.indices {
            var candidates = Set<Int>()
            for key in plain[start] { candidates.formUnion(languageIndex[key] ?? []) }
            if language == "es" {
                for key in plain[start].map(Self.genderless) { candidates.formUnion((languageIndex[key] ?? []).filter { forms[$0].gender }) }
            }
            for candidate in candidates.sorted() {
                let form = forms[candidate]
                let end = start + form.words.count
                guard end <= tokens.count else { continue }
                let fits = (0..<form.words.count).allSatisfy { offset in
                    let token = start + offset
                    let wordFits = !form.words[offset].isDisjoint(with: plain[token])
                        || (form.gender && language == "es" && !form.words[offset].isDisjoint(with: plain[token].map(Self.genderless)))
                    guard wordFits else { return false }
                    guard form.caseSensitive else { return true }
                    let cased = Self.foldAccents(String(tokens[token]))
                    let length = min(cased.count, form.cased[offset].count)
                    return cased.prefix(length) == form.cased[offset].prefix(length)
                }
                if fits { matches.append(Match(form: candidate, start: start, end: end)) }
            }
        }
        return matches.sorted { ($0.start, -$0.end, $0.form) < ($1.start, -$1.end, $1.form) }
    }

    /// Matches that no longer match covers: "Objetivos de Desarrollo del Milenio" hides a "Desarrollo" entry inside it.
    func outermost(_ matches: [Match]) -> [Match] {
        matches.filter { match in
            !matches.contains { other in
                other != match && other.start <= match.start && other.end >= match.end && (other.end - other.start) > (match.end - match.start)
            }
        }
    }

    /// Words: letters and digits; anything else separates ("sub-national" is two words on both sides alike).
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(text[begin..<index])
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { tokens.append(text[begin...]) }
        return tokens
    }

    /// A folded word and the singulars it may be: "policies" → policy; "gobiernos" → gobierno; "capaces" → capaz.
    static func inflections(_ word: String, language: String) -> Set<String> {
        var forms: Set<String> = [word]
        guard word.count >= 4 else {
            if word.count == 3, word.hasSuffix("s") { forms.insert(String(word.dropLast())) }
            return forms
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { forms.insert(String(word.dropLast())) }
        if word.hasSuffix("es") { forms.insert(String(word.dropLast(2))) }
        if language == "en", word.hasSuffix("ies") { forms.insert(String(word.dropLast(3)) + "y") }
        if language == "es", word.hasSuffix("ces") { forms.insert(String(word.dropLast(3)) + "z") }
        return forms
    }

    /// A Spanish form without its gender ending: "municipalizada", "municipalizado" → "municipalizad";
    /// "concejala" → "concejal".
    static func genderless(_ word: String) -> String {
        word.count > 3 && (word.hasSuffix("a") || word.hasSuffix("o")) ? String(word.dropLast()) : word
    }

    /// Accents removed, case kept: "Perú" → "Peru".
    static func foldAccents(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if (0x300...0x36F).contains(scalar.value) { return nil }
            let lower = Character(scalar).lowercased()
            guard let base = lower.unicodeScalars.first.flatMap({ TextFacts.accentless[$0] }) else { return scalar }
            return Character(scalar).isUppercase ? Character(base).uppercased().unicodeScalars.first : base
        }))
    }
}
