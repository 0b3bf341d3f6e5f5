/// Escaping for XML and HTML text and attribute values: `&`, `<`, `>`, `"` and `'`.
public enum XMLText {
    /// Most text has nothing to escape and comes back as it is; the rest is escaped byte by
    /// byte. Escaping goes by whole characters, so a `<` that makes one character with a
    /// neighbouring non-ASCII scalar (a combining mark after it) stays as it is; such text
    /// goes character by character to keep that.
    public static func escape(_ text: String) -> String {
        var text = text
        enum Outcome { case unchanged, characterwise, escaped(String) }
        let outcome = text.withUTF8 { bytes -> Outcome in
            var special = false
            for (offset, byte) in bytes.enumerated() where isSpecial(byte) {
                special = true
                if offset > 0, bytes[offset - 1] >= 0x80 { return .characterwise }
                if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return .characterwise }
            }
            guard special else { return .unchanged }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): result.append(contentsOf: lessThan)
                case UInt8(ascii: ">"): result.append(contentsOf: greaterThan)
                case UInt8(ascii: "&"): result.append(contentsOf: ampersand)
                case UInt8(ascii: "\""): result.append(contentsOf: quote)
                case UInt8(ascii: "'"): result.append(contentsOf: apostrophe)
                default: result.append(byte)
                }
            }
            return .escaped(String(decoding: result, as: UTF8.self))
        }
        switch outcome {
        case .unchanged: return text
        case .characterwise: return escapeCharacters(text)
        case .escaped(let escaped): return escaped
        }
    }

    /// `escape(text)` appended to UTF-8 output, without a `String` for text that has nothing
    /// to escape or escapes byte by byte (nearly all of it).
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var special = false
            for offset in bytes.indices where isSpecial(bytes[offset]) {
                special = true
                if offset > 0, bytes[offset - 1] >= 0x80 { return false }
                if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return false }
            }
            guard special else {
                output.append(contentsOf: bytes)
                return true
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): output.append(contentsOf: lessThan)
                case UInt8(ascii: ">"): output.append(contentsOf: greaterThan)
                case UInt8(ascii: "&"): output.append(contentsOf: ampersand)
                case UInt8(ascii: "\""): output.append(contentsOf: quote)
                case UInt8(ascii: "'"): output.append(contentsOf: apostrophe)
                default: output.append(byte)
                }
            }
            return true
        }
        if done != true { output.append(contentsOf: escape(text).utf8) }
    }

    private static func escapeCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let ampersand = Array("&amp;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
