/// 64-bit FNV-1a. Chosen over `Hasher` because `Hasher` is seeded per process:
/// identifiers derived from it would change on every build.
enum FNV1a: Sendable {
    static func hash64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Sixteen lower-case hex digits, zero-padded so every identifier has the same length.
    static func hex64(_ text: String) -> String {
        let digits = String(hash64(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
