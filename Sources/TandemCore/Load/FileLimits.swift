/// What Tandem agrees to read from a site folder, set under `files:` in `tandem.yaml`:
///
/// ```yaml
/// files:
///   maxSize: 32MB               # per file; a number of bytes, or with KB, MB or GB (1024-based)
///   allowSymlinksOutside: false # true lets symbolic links point outside the site folder
/// ```
public struct FileLimits: Sendable, Equatable {
    public static let defaultMaxSize = 32 * 1024 * 1024

    /// The largest file read, in bytes.
    public var maxSize: Int
    /// Whether a symbolic link may name a file outside the site folder (and so publish it).
    public var allowSymlinksOutside: Bool

    public init(maxSize: Int = FileLimits.defaultMaxSize, allowSymlinksOutside: Bool = false) {
        self.maxSize = maxSize
        self.allowSymlinksOutside = allowSymlinksOutside
    }

    /// `32MB` → 33554432; plain digits are bytes. Nil for anything else or a size below 1.
    static func size(parsing text: String) -> Int? {
        let trimmed = text.trimmingSpaces().uppercased()
        let units: [(suffix: String, factor: Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("B", 1)]
        var digits = Substring(trimmed)
        var factor = 1
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            digits = trimmed.dropLast(unit.suffix.count)
            factor = unit.factor
            break
        }
        guard let number = Int(digits.trimmingSpaces()), number > 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product
    }

    /// `33554432` → "32 MB", for messages.
    static func describe(_ bytes: Int) -> String {
        for (suffix, factor) in [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] where bytes >= factor && bytes % factor == 0 {
            return "\(bytes / factor) \(suffix)"
        }
        return "\(bytes) bytes"
    }
}
