#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The permission bits a new file (`open(…, 0o666)`) and a new folder (`mkdir(…, 0o777)`)
/// get under this process's umask: what a fresh staging folder holds. A reused spare folder
/// is set to the same, so that it ends up as a fresh build would have left it.
enum CreationModes {
    static var file: mode_t { 0o666 & ~umaskBits }
    static var folder: mode_t { 0o777 & ~umaskBits }

    /// Read once. Linux reports it in /proc (no process-wide change); elsewhere it is set and
    /// put back at once, before any build writes.
    private static let umaskBits: mode_t = {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let bits = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
            return bits
        }
        #endif
        let bits = umask(0o022)
        umask(bits)
        return bits
    }()
}
