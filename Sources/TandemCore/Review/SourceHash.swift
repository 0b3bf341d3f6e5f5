import Crypto
import Foundation

/// The `source_hash` a translation records: which version of its source it was
/// made from. Only the Markdown body counts, after a normalization that ignores
/// what an editor may change without changing the text:
///
/// 1. the body is everything after the front matter's closing `---` line;
/// 2. CRLF and lone CR become LF;
/// 3. the text is put in Unicode NFC (so "é" typed either way hashes alike);
/// 4. spaces and tabs at the end of each line are removed;
/// 5. runs of blank lines become one blank line;
/// 6. blank lines at the start and end are removed;
/// 7. SHA-256 of the UTF-8 bytes of the lines joined with LF (no final newline).
///
/// It is written `sha256:` followed by the first 16 hex digits of the digest
/// (`sha256:3f2a9c…`); a recorded value with more digits, or without the
/// `sha256:` prefix, matches too.
public enum SourceHash: Sendable {
    public static let prefix = "sha256:"
    /// Hex digits written into front matter: 64 bits are plenty to tell versions of one file apart.
    public static let writtenDigits = 16

    /// The body as it is hashed (steps 2–6).
    public static func normalize(_ body: String) -> String {
        var unified = body
        if unified.utf8.contains(13) {
            unified = unified.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Lines are cut on bytes: a 1 MB body split Character by Character is slow.
        // Text made only of code points below U+0300 has no combining marks and is NFC
        // already; only other text goes through Foundation's (slow) normalization.
        let isPlainLatin = unified.utf8.allSatisfy { $0 < 0xCC }
        let bytes = Array((isPlainLatin ? unified : unified.precomposedStringWithCanonicalMapping).utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingBlank = false
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
            var trimmedEnd = lineEnd
            while trimmedEnd > lineStart && (bytes[trimmedEnd - 1] == 32 || bytes[trimmedEnd - 1] == 9) { trimmedEnd -= 1 }
            if trimmedEnd == lineStart {
                pendingBlank = !output.isEmpty  // leading blank lines are dropped, runs become one
            } else {
                if !output.isEmpty { output.append(10) }
                if pendingBlank { output.append(10) }
                output.append(contentsOf: bytes[lineStart..<trimmedEnd])
                pendingBlank = false
            }
            lineStart = lineEnd + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// All 64 hex digits of the normalized body's digest.
    public static func fullHex(of body: String) -> String {
        sha256Hex(Array(normalize(body).utf8))
    }

    /// All 64 hex digits of the SHA-256 digest of `bytes` (swift-crypto's), lowercase.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The value to write as `source_hash`: `sha256:` + 16 hex digits.
    public static func of(body: String) -> String {
        prefix + fullHex(of: body).prefix(writtenDigits)
    }

    /// True when `recorded` names this body's version.
    public static func matches(_ recorded: String, body: String) -> Bool {
        matches(recorded, fullHex: fullHex(of: body))
    }

    /// The same, with the body's digest already worked out (`fullHex(of:)`).
    public static func matches(_ recorded: String, fullHex: String) -> Bool {
        guard let digits = digits(of: recorded) else { return false }
        return fullHex.hasPrefix(digits)
    }

    /// The hex digits of a recorded value, or nil when it is not a hash Tandem wrote.
    static func digits(of recorded: String) -> String? {
        var value = recorded.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix(prefix) { value.removeFirst(prefix.count) }
        guard value.count >= 8, value.count <= 64, value.allSatisfy(\.isHexDigit) else { return nil }
        return value
    }
}
