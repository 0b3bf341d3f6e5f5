/// Escaping for XML and HTML text and attribute values: `&`, `<`, `>`, `"` and `'`.
public enum XMLText {
    /// Most text has nothing to escape and comes back as it is; the rest is escaped byte by
    /// byte. Escaping goes by whole characters, so a `<` that makes one character with a
    /// neighbouring non-ASCII scalar (a combining mark after it) stays as it is; such text
    /// goes character by character to keep that.
    public static func escape(_ text: String) -> String {
        var text = text
        let (found, escaped) = text.withUTF8 { bytes -> (Need, String?) in
            let found = need(bytes)
            guard found == .bytes else { return (found, nil) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            appendEscapingBytes(bytes, to: &result)
            return (found, String(decoding: result, as: UTF8.self))
        }
        switch found {
        case .nothing: return text
        case .characters: return escapeCharacters(text)
        case .bytes: return escaped ?? text
        }
    }

    /// `escape(text)` appended to UTF-8 output, without a `String` for text that has nothing
    /// to escape or escapes byte by byte (nearly all of it).
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            switch need(bytes) {
            case .nothing: output.append(contentsOf: bytes)
            case .bytes: appendEscapingBytes(bytes, to: &output)
            case .characters: return false
            }
            return true
        }
        if done != true { output.append(contentsOf: escape(text).utf8) }
    }

    /// What escaping `bytes` takes: nothing, a byte at a time, or whole characters (a special
    /// byte next to a non-ASCII one may be part of one character with it).
    private enum Need { case nothing, bytes, characters }

    private static func need(_ bytes: UnsafeBufferPointer<UInt8>) -> Need {
        var special = false
        for offset in bytes.indices where isSpecial(bytes[offset]) {
            special = true
            if offset > 0, bytes[offset - 1] >= 0x80 { return .characters }
            if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return .characters }
        }
        return special ? .bytes : .nothing
    }

    private static func appendEscapingBytes(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
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
