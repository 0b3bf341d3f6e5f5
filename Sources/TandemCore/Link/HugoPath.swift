import Foundation

/// How Hugo turns a file, folder or slug name into a URL path segment (its
/// `MakePath` with the default `disablePathToLower = false`): lowercased, spaces
/// become hyphens, letters, digits, marks and `. _ - ~ + #` are kept, anything
/// else is dropped. Accents stay (Hugo's default `removePathAccents = false`).
enum HugoPath {
    static func segment(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " || scalar == "\t" {
                result += "-"
            } else if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                        || ".-_~+#".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result.precomposedStringWithCanonicalMapping
    }
}
