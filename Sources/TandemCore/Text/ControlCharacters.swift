/// Control characters that content may carry (a U+0001 pasted from a PDF, a vertical
/// tab from a word processor, an ESC) and no output file should: HTML calls them parse
/// errors, XML forbids them, iCalendar readers choke. Tab, line feed and carriage
/// return stay; a vertical tab, form feed or NEL becomes a space (it separated words);
/// every other C0 control, DEL and C1 control is dropped.
enum ControlCharacters: Sendable {
    /// The text without unwanted controls; the text itself (no copy) when it has none,
    /// which one pass over its UTF-8 decides.
    static func removing(from text: String) -> String {
        guard containsUnwanted(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                result.append(" ")
            } else if !isUnwanted(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0B || scalar.value == 0x0C || scalar.value == 0x85
    }

    /// C0 controls and DEL are single bytes; C1 controls are 0xC2 0x80…0x9F in UTF-8.
    /// Run on every page's HTML: a loop over the contiguous bytes, not the generic UTF-8
    /// view (which made this check 3 % of a 10k-page build).
    private static func containsUnwanted(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                // One comparison passes nearly every byte: printable ASCII other than DEL.
                if byte >= 0x20, byte < 0x7F {
                    previous = byte
                    continue
                }
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
                if byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
                previous = byte
            }
            return false
        }
    }
}
