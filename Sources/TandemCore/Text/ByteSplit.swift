/// Splitting text on an ASCII separator by scanning its UTF-8 bytes. `split(separator:)` on a
/// String walks Characters and the generic split of a UTF-8 view goes through a closure per
/// byte; paths and file names are cut this way thousands of times per build. An ASCII byte is
/// always a character boundary here except before a combining mark, which paths do not hold.
enum ByteSplit {
    static func parts(of text: Substring, separator: UInt8, omittingEmpty: Bool = true) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == separator {
                if !omittingEmpty || start < index { parts.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if !omittingEmpty || start < utf8.endIndex { parts.append(text[start..<utf8.endIndex]) }
        return parts
    }

    static func parts(of text: String, separator: UInt8, omittingEmpty: Bool = true) -> [Substring] {
        parts(of: text[...], separator: separator, omittingEmpty: omittingEmpty)
    }

    /// The non-empty parts of a `/`-separated path.
    static func pathParts(_ path: Substring) -> [Substring] {
        parts(of: path, separator: UInt8(ascii: "/"))
    }
}
