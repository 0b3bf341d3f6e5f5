/// The secret of one `tandem serve` run that the review's forms carry, so that
/// only pages this server served can change files: 128 random bits from the
/// system's generator, written as 32 hex digits, never stored on disk.
struct ActionToken: Sendable {
    let value: String

    init() {
        var generator = SystemRandomNumberGenerator()
        value = Self.hex(generator.next()) + Self.hex(generator.next())
    }

    /// Compares every byte whatever the first difference, so that the time an answer
    /// takes says nothing about how much of a guess was right.
    func matches(_ candidate: String) -> Bool {
        let expected = Array(value.utf8), given = Array(candidate.utf8)
        guard expected.count == given.count else { return false }
        var difference: UInt8 = 0
        for index in expected.indices { difference |= expected[index] ^ given[index] }
        return difference == 0
    }

    /// 16 lowercase hex digits.
    static func hex(_ number: UInt64) -> String {
        let digits = String(number, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
