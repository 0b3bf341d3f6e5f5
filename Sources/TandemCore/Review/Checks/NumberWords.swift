import Foundation

/// Numbers written as words or in other forms a translation may use for a
/// figure: "dos", "two", "veintiuno", "twenty-one", "dos mil veinticuatro",
/// ordinals ("primero", "third"), Roman numerals ("Capítulo II") and scales
/// ("3,5 millones" ↔ "3.5 million").
///
/// Words are *soft* evidence: they let "capítulo 2" agree with "chapter two",
/// but a number word alone never makes a finding ("one of the…", "un taller"
/// are not figures a translation must carry).
///
///     NumberWords.values(["dos", "mil", "veinticuatro"])  // [2, 1000, 24, 2024]
enum NumberWords {
    /// What a folded word means: a value to add, a multiplier, or a joiner inside a number.
    enum Meaning: Sendable, Equatable {
        case value(Int)
        /// "hundred": multiplies what came before ("two hundred"); in Spanish "cien(to)" adds 100.
        case hundred
        /// "mil", "thousand", "million", "millones", "billion": closes a group.
        case scale(Int)
        /// "y", "and": allowed between number words.
        case joiner
    }

    static let table: [String: Meaning] = {
        var table: [String: Meaning] = [:]
        let spanish = [
            "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte",
        ]
        let english = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        for (index, word) in spanish.enumerated() { table[word] = .value(index) }
        for (index, word) in english.enumerated() { table[word] = .value(index) }
        for word in ["un", "una"] { table[word] = .value(1) }
        let spanishUnits = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
        for (index, unit) in spanishUnits.enumerated() where index > 0 { table["veinti" + unit] = .value(20 + index) }
        table["veintiun"] = .value(21)
        table["veintiuna"] = .value(21)
        let spanishTens = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
        let englishTens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let englishUnits = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        for index in 0..<7 {
            table[spanishTens[index]] = .value(30 + 10 * index)
            table[englishTens[index]] = .value(30 + 10 * index)
        }
        for (tenIndex, ten) in (["twenty"] + englishTens).enumerated() {
            for (unitIndex, unit) in englishUnits.enumerated() where unitIndex > 0 {
                table[ten + "-" + unit] = .value(20 + 10 * tenIndex + unitIndex)
            }
        }
        table["cien"] = .value(100)
        table["ciento"] = .value(100)
        let spanishHundreds = ["dos", "tres", "cuatro", "quin", "seis", "sete", "ocho", "nove"]
        let hundredValues = [2, 3, 4, 5, 6, 7, 8, 9]
        for (index, stem) in spanishHundreds.enumerated() {
            let base = stem == "quin" ? "quinient" : stem + "cient"
            table[base + "os"] = .value(hundredValues[index] * 100)
            table[base + "as"] = .value(hundredValues[index] * 100)
        }
        table["hundred"] = .hundred
        table["hundreds"] = .hundred
        table["mil"] = .scale(1000)
        table["thousand"] = .scale(1000)
        for word in ["millon", "millones", "million", "millions"] { table[word] = .scale(1_000_000) }
        for word in ["billion", "billions", "millardo", "millardos"] { table[word] = .scale(1_000_000_000) }
        table["y"] = .joiner
        table["and"] = .joiner
        return table
    }()

    /// Ordinal words, both languages, folded: "primero", "tercera", "first", "twentieth".
    static let ordinals: [String: Int] = {
        var table: [String: Int] = [:]
        let spanish = ["primer", "segund", "tercer", "cuart", "quint", "sext", "septim", "octav", "noven", "decim"]
        for (index, stem) in spanish.enumerated() {
            for ending in ["o", "a", "os", "as"] { table[stem + ending] = index + 1 }
        }
        table["primer"] = 1
        table["tercer"] = 3
        table["setimo"] = 7
        let english = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ]
        for (index, word) in english.enumerated() { table[word] = index + 1 }
        for (index, word) in ["thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth"].enumerated() {
            table[word] = index < 7 ? 30 + 10 * index : 100
        }
        return table
    }()

    /// A word after a figure that multiplies it: "3,5 millones", "3.5 million", "5 mil", "two billion".
    /// Spanish "billón" is a million millions; English "billion" a thousand millions.
    static let scales: [String: Int] = [
        "mil": 1000, "thousand": 1000, "thousands": 1000,
        "millon": 1_000_000, "millones": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
        "millardo": 1_000_000_000, "millardos": 1_000_000_000, "billion": 1_000_000_000, "billions": 1_000_000_000,
        "billon": 1_000_000_000_000, "billones": 1_000_000_000_000, "trillion": 1_000_000_000_000,
    ]

    /// The values a run of folded words may stand for: each number word on its own and
    /// each run of them read as one number ("dos mil veinticuatro" → 2, 1000, 24, 2024).
    static func values(_ words: [String]) -> Set<Int> {
        var values = Set<Int>()
        var total = 0, group = 0, inRun = false
        func close() {
            if inRun { values.insert(total + group) }
            total = 0
            group = 0
            inRun = false
        }
        for word in words {
            if let ordinal = ordinals[word] {
                close()
                values.insert(ordinal)
                continue
            }
            switch table[word] {
            case .value(let value)?:
                // "dos tres" is two numbers, not five: a unit after a unit starts again.
                if inRun, group % 10 != 0 || (value >= 10 && group % 100 != 0 && value < 100) { close() }
                values.insert(value)
                group += value
                inRun = true
            case .hundred?:
                group = max(group, 1) * 100
                values.insert(100)
                inRun = true
            case .scale(let scale)?:
                // "mil millones": the scale applies to everything before it.
                if scale > 1000, total + group > 0 {
                    total = (total + group) * scale
                    group = 0
                } else {
                    total += max(group, 1) * scale
                    group = 0
                }
                values.insert(scale)
                inRun = true
            case .joiner?:
                if !inRun { continue }
            case nil:
                close()
            }
        }
        close()
        return values
    }

    /// The value of an upper-case Roman numeral of two letters or more up to 100 ("II", "XIV"); nil otherwise.
    /// One letter ("I", "V") is too often a pronoun or an initial.
    static func roman(_ word: Substring) -> Int? {
        guard word.count >= 2, word.count <= 8 else { return nil }
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for character in word.reversed() {
            guard let value = digits[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, total <= 100, romanNumeral(total) == String(word) else { return nil }
        return total
    }

    static func romanNumeral(_ value: Int) -> String {
        let parts: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (amount, letters) in parts {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }

    /// `key` (a normalized figure: "3.5", "1000") times `scale`, normalized the same way: "3.5" × 10⁶ → "3500000".
    static func scaled(_ key: String, by scale: Int) -> String? {
        guard let value = Decimal(string: key, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let product = value * Decimal(scale)
        var rounded = Decimal()
        var copy = product
        NSDecimalRound(&rounded, &copy, 6, .plain)
        return "\(rounded)"
    }
}
