/// A CLDR plural category: which form of a word a number takes in a language
/// ("1 día" is `one`, "5 días" is `other`). Only whole numbers are counted here.
///
///     PluralCategory.of(1, language: "es")  // .one
///     PluralCategory.of(0, language: "fr")  // .one (French says "0 jour")
///     PluralCategory.of(0, language: "en")  // .other
public enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (a: PluralCategory, b: PluralCategory) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }

    /// The category of a whole number in a language (its code, `es` or `pt-BR`),
    /// after the CLDR rules for integers. Languages without a rule here use the
    /// rule of Spanish and English (`one` for 1, `other` for everything else).
    public static func of(_ count: Int, language: String) -> PluralCategory {
        let base = language.split(separator: "-").first.map { String($0).lowercased() } ?? ""
        let n = abs(count)
        switch base {
        case "fr", "pt":
            // CLDR: one when the integer part is 0 or 1; `many` for exact millions (fr, pt).
            if n == 0 || n == 1 { return .one }
            return n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "es", "it", "ca":
            if n == 1 { return .one }
            return n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "ja", "zh", "ko", "vi", "th", "id", "ms":
            return .other
        case "ru", "uk", "be":
            if n % 10 == 1 && n % 100 != 11 { return .one }
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
            return .many
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
            return .many
        case "cs", "sk":
            if n == 1 { return .one }
            return (2...4).contains(n) ? .few : .other
        case "ar":
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(n % 100) { return .few }
            if (11...99).contains(n % 100) { return .many }
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }
}
