import Foundation

/// Turns a file's bytes into text, or says exactly where it stops being UTF-8.
enum TextDecoder {
    enum Failure: Error, Equatable {
        case invalidUTF8(line: Int, column: Int)
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            // The bytes are searched for a carriage return: the String's UTF-8 view is slower to scan.
            return .success(body.contains(13) ? normalizingLineEndings(text) : text)
        }
        return .failure(firstInvalidPosition(in: body))
    }

    /// `\r\n` and lone `\r` become `\n`; line numbers stay those an editor shows.
    static func normalizingLineEndings(_ text: String) -> String {
        guard ByteSearch.contains(text, byte: 13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func firstInvalidPosition(in bytes: ArraySlice<UInt8>) -> Failure {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return .invalidUTF8(line: line, column: column)
            case .error:
                return .invalidUTF8(line: line, column: column)
            }
        }
    }
}
