#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Swaps two folders in one step, so a web server reading the output folder
/// sees the old site or the new one and never a missing folder.
///
/// Linux: `renameat2(…, RENAME_EXCHANGE)` (kernel 3.15+; ext4, xfs, btrfs, tmpfs…).
/// Glibc declares it only under `_GNU_SOURCE`, which Swift's Glibc module does not
/// see, so it is looked up at run time. macOS: `renamex_np(…, RENAME_SWAP)`.
/// Where neither works (an old kernel, or a file system without support such as
/// some network mounts: EINVAL, ENOSYS, ENOTSUP), `exchange` reports `false` and the
/// caller falls back to two renames, with a moment between them without the folder.
enum FolderExchange {
    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>

    private static let renameat2: RenameAt2? = {
        // nil is RTLD_DEFAULT: the C library the process already loaded.
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif

    /// Swaps `a` and `b` (both must exist). True when swapped; false when the system cannot
    /// swap atomically here; throws on any other failure (permissions, …).
    static func exchange(_ a: String, _ b: String) throws -> Bool {
        #if os(Linux)
        guard let renameat2 else { return false }
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchangeFlag) == 0 { return true }
        #elseif canImport(Darwin)
        if renamex_np(a, b, UInt32(RENAME_SWAP)) == 0 { return true }
        #else
        return false
        #endif
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP { return false }
        throw WriteError(code: code, path: b)
    }
}
