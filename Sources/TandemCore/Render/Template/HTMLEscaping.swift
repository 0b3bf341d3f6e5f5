/// How `{{name}}` escapes: `<`, `>`, `&`, `"` and `'` become entities, as
/// swift-mustache's HTML content type does. Most values have nothing to escape
/// and are appended as they are; the others are escaped byte by byte. The
/// library escaped whole characters only, so a `<` that shares a character
/// with a neighbouring non-ASCII scalar (a combining mark after it) stays as
/// it is there; such text goes character by character to keep that output.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout String) {
        var text = text
        let escaped: String? = text.withUTF8 { bytes -> String? in
            var special = false
            for (offset, byte) in bytes.enumerated() where isSpecial(byte) {
                special = true
                // A neighbour that is not ASCII may make one character with it.
                if offset > 0, bytes[offset - 1] >= 0x80 { return XMLText.escape(String(decoding: bytes, as: UTF8.self)) }
                if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return XMLText.escape(String(decoding: bytes, as: UTF8.self)) }
            }
            guard special else { return nil }
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
            return String(decoding: result, as: UTF8.self)
        }
        output += escaped ?? text
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
