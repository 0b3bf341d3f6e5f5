/// Which language a block reads as, from its function words: the short words
/// every sentence of a language is full of ("de", "que", "los"; "the", "and",
/// "which") and that the other language does not use. Names, numbers and
/// acronyms are none of them, so "ILPES, Quito" reads as neither.
///
///     LanguageProfile.readsAsSource(TextFacts("…"), source: "es", translation: "en")
struct LanguageProfile: Sendable {
    var code: String
    var words: Set<String>

    static let spanish = LanguageProfile(code: "es", words: [
        "de", "la", "que", "el", "en", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su", "al", "lo", "como",
        "mas", "pero", "sus", "le", "ya", "fue", "este", "porque", "esta", "entre", "cuando", "muy", "sobre", "tambien", "hasta",
        "hay", "donde", "quien", "desde", "todo", "nos", "durante", "todos", "les", "ni", "contra", "otros", "ese", "eso", "ellos",
        "esto", "antes", "algunos", "unos", "yo", "otro", "otras", "otra", "tanto", "esa", "estos", "mucho", "quienes", "nada",
        "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo", "nosotros", "y", "es", "son", "ser", "tiene", "sido",
    ])

    static let english = LanguageProfile(code: "en", words: [
        "the", "and", "of", "to", "is", "that", "it", "for", "with", "as", "was", "on", "are", "be", "this", "by", "from", "or",
        "have", "an", "they", "which", "you", "were", "her", "his", "their", "has", "been", "would", "will", "there", "what",
        "about", "when", "can", "more", "these", "other", "into", "than", "them", "its", "also", "only", "such", "our", "we",
        "not", "but", "all", "how", "who", "should", "in", "at", "my", "your", "she", "he", "do", "does", "each", "many", "while",
    ])

    /// Per folded word, what the review's word checks need, found with one lookup per word of a page:
    /// a Spanish function word (1), an English one (2), a number word or joiner (4), an ordinal (8).
    static let wordTraits: [String: UInt8] = {
        var traits: [String: UInt8] = [:]
        for word in spanish.words { traits[word, default: 0] |= 1 }
        for word in english.words { traits[word, default: 0] |= 2 }
        for word in NumberWords.table.keys { traits[word, default: 0] |= 4 }
        for word in NumberWords.ordinals.keys { traits[word, default: 0] |= 8 }
        return traits
    }()

    static func profile(_ code: String) -> LanguageProfile? {
        switch code.lowercased().prefix(2) {
        case "es": spanish
        case "en": english
        default: nil
        }
    }

    /// Whether a block meant to be in `translation` still reads as `source`: at least eight words, four or more of
    /// the source's function words (outside names), and more than twice as many as the translation's own.
    /// Counted once by `TextFacts`, which splits and folds the words anyway.
    static func readsAsSource(_ facts: TextFacts, source: String, translation: String) -> (source: Int, translation: Int)? {
        guard let sourceProfile = profile(source), let translationProfile = profile(translation), sourceProfile.code != translationProfile.code,
              facts.wordCount >= 8 else { return nil }
        let (spanish, english) = (facts.spanishFunctionWords, facts.englishFunctionWords)
        let (inSource, inTranslation) = sourceProfile.code == "es" ? (spanish, english) : (english, spanish)
        guard inSource >= 4, inSource > 2 * inTranslation else { return nil }
        return (inSource, inTranslation)
    }
}
