/// Replaces each maximal run of scalars of one class, as
/// `replacingOccurrences(of: "X+", with: …, options: .regularExpression)` does for a
/// one-scalar class X (or `X{2,}` with `minimum: 2`), without building and running an
/// `NSRegularExpression` on every call. The programme parsers did that for every event,
/// partner and session line; the result is the same scalars the regular expression gives.
enum ScalarRuns {
    static func replace(_ text: String, minimum: Int = 1, with replacement: String, where matches: (Unicode.Scalar) -> Bool) -> String {
        guard changes(text, minimum: minimum, replacement: replacement, where: matches) else { return text }
        var result = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            if run.isEmpty { return }
            if run.count >= minimum { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(contentsOf: run) }
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if matches(scalar) {
                run.append(scalar)
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return String(result)
    }

    /// Whether any run would change: one at least `minimum` long that is not already
    /// `replacement` (the single spaces between the words of a name are left as they are).
    /// One pass that allocates nothing: most texts have nothing to replace.
    private static func changes(_ text: String, minimum: Int, replacement: String, where matches: (Unicode.Scalar) -> Bool) -> Bool {
        var length = 0
        var isReplacement = true
        var expected = replacement.unicodeScalars.makeIterator()
        func runChanges() -> Bool {
            length >= minimum && !(isReplacement && expected.next() == nil)
        }
        for scalar in text.unicodeScalars {
            if matches(scalar) {
                if isReplacement { isReplacement = expected.next() == scalar }
                length += 1
            } else if length > 0 {
                if runChanges() { return true }
                length = 0
                isReplacement = true
                expected = replacement.unicodeScalars.makeIterator()
            }
        }
        return length > 0 && runChanges()
    }

    /// ICU's `\s`, which is the Unicode White_Space property (it matches vertical tab and
    /// U+0085 too, not only `[\t\n\f\r\p{Z}]`; checked against NSRegularExpression).
    static func isRegexSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
