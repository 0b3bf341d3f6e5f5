/// `trimmingCharacters(in: .whitespaces)` without Foundation: bridging every
/// table cell, link and title to `NSString` for it was 3 % of a 10k-page build.
/// The set is Foundation's: tab and the Unicode space separators (category Zs).
extension StringProtocol {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !WhitespaceTrim.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !WhitespaceTrim.isSpace($0) })!
        return String(self[first...last])
    }
}

enum WhitespaceTrim {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
