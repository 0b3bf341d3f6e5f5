import Foundation

/// JSON that stays inert if a browser or a careless host ever treats it as
/// HTML: `<`, `>` and `&` only occur inside JSON strings, so replacing them
/// with `\u` escapes keeps the document's meaning and removes every tag.
enum HTMLSafeJSON {
    static func escape(_ json: Data) -> Data {
        guard json.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }) else { return json }
        var result = Data(capacity: json.count + 64)
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): result.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): result.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): result.append(contentsOf: Array("\\u0026".utf8))
            default: result.append(byte)
            }
        }
        return result
    }
}
