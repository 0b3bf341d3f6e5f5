import Foundation

/// URL- and anchor-safe names made from titles, Spanish-aware:
/// `Slug.make("Municipalización de los ODM")` → `municipalizacion-de-los-odm`.
public enum Slug {
    public static func make(_ text: String) -> String {
        var text = text
        return text.withUTF8(latinSlug) ?? foldedSlug(text)
    }

    /// A heading id as GitHub and Hugo (`autoHeadingIDType = "github"`) make it: lowercased,
    /// letters (accented too), digits, marks, `-` and `_` kept, spaces turned into `-`,
    /// everything else dropped. `¿Estás listo?` → `estás-listo`.
    public static func github(_ text: String) -> String {
        var result = ""
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                result += "-"
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic || properties.numericType == .decimal
                        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The general path, for any text.
    static func foldedSlug(_ text: String) -> String {
        // Fold accents and ñ to ASCII first, so "Año" gives "ano", not "a-o".
        let folded = text.precomposedStringWithCanonicalMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "es"))
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let isAlnum = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isAlnum {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar >= "A" && scalar <= "Z" {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// `foldedSlug` for text whose scalars are all below U+0300 (titles and headings in Latin
    /// scripts, accents precomposed), or nil. Such text is NFC already and Foundation folds it
    /// scalar by scalar, so each scalar's share of the slug comes from a table Foundation
    /// filled once; folding every heading through NSString was ~1 % of a 10k build.
    private static func latinSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingHyphen = false
        var position = 0
        while position < bytes.count {
            let lead = bytes[position]
            let value: Int
            if lead < 0x80 {
                value = Int(lead)
                position += 1
            } else if lead < 0xCC {
                value = (Int(lead & 0x1F) << 6) | Int(bytes[position + 1] & 0x3F)
                position += 2
            } else {
                return nil
            }
            for byte in latinParts[latinStarts[value]..<latinStarts[value + 1]] {
                if byte == 0 {
                    pendingHyphen = true
                } else {
                    if pendingHyphen && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    result.append(byte)
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// For each scalar below U+0300, what its folding adds to a slug: a lower-case letter or
    /// digit as itself, anything else as 0 (a break between words). Back to back, by scalar.
    private static let latinTable: [[UInt8]] = (0..<0x300).map { value in
        let folded = String(Character(Unicode.Scalar(UInt32(value))!))
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "es"))
        return folded.unicodeScalars.map { scalar in
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") { return UInt8(scalar.value) }
            if scalar >= "A" && scalar <= "Z" { return UInt8(scalar.value + 32) }
            return 0
        }
    }
    private static let latinParts: [UInt8] = latinTable.flatMap { $0 }
    private static let latinStarts: [Int] = latinTable.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }

    /// True for a value safe as one URL path segment: what `make` produces.
    public static func isValidSegment(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_" || $0 == "." }
            && text != "." && text != ".." && !text.hasPrefix(".")
    }
}
