import Foundation

/// URL- and anchor-safe names made from titles, Spanish-aware:
/// `Slug.make("Municipalización de los ODM")` → `municipalizacion-de-los-odm`.
public enum Slug {
    public static func make(_ text: String) -> String {
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

    /// True for a value safe as one URL path segment: what `make` produces.
    public static func isValidSegment(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_" || $0 == "." }
            && text != "." && text != ".." && !text.hasPrefix(".")
    }
}
