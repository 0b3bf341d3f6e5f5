import Mustache

/// swift-mustache's HTML escaping, with the same output and without its cost.
/// The library escapes every `{{name}}` by looking up each `Character` in a
/// dictionary and appending it to a new string, which was about 7 % of a 10k
/// build. Most values have nothing to escape; the others are escaped byte by
/// byte. The library escapes whole characters only, so a `<` that shares a
/// character with a neighbouring non-ASCII scalar (a combining mark after it,
/// a prepended mark before it) stays as it is there; such text takes the
/// library's own path, character by character, to keep its output.
struct FastHTMLEscaping: MustacheContentType {
    /// The name the theme loader's `{{% CONTENT_TYPE: … }}` line refers to.
    static let name = "TANDEM_HTML"

    /// Registers the content type once; registering again is harmless.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLEscaping(), named: name)
        return true
    }()

    /// What the theme loader puts before every template: a standalone tag, so
    /// the parser drops the line and its line break and the output is unchanged.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name) }}\n"

    func escapeText(_ text: String) -> String {
        let original = text
        var text = text
        return text.withUTF8 { bytes -> String in
            var special = false
            for (offset, byte) in bytes.enumerated() where Self.isSpecial(byte) {
                special = true
                // A neighbour that is not ASCII may make one character with it.
                if offset > 0, bytes[offset - 1] >= 0x80 { return Self.characterwise(original) }
                if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return Self.characterwise(original) }
            }
            guard special else { return original }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): result.append(contentsOf: Self.lessThan)
                case UInt8(ascii: ">"): result.append(contentsOf: Self.greaterThan)
                case UInt8(ascii: "&"): result.append(contentsOf: Self.ampersand)
                case UInt8(ascii: "\""): result.append(contentsOf: Self.quote)
                case UInt8(ascii: "'"): result.append(contentsOf: Self.apostrophe)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
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

    /// swift-mustache's own algorithm (String.htmlEscape: the same five
    /// characters, the same entities), for the rare text above.
    private static func characterwise(_ text: String) -> String { XMLText.escape(text) }
}
