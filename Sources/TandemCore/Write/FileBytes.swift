#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes bytes to a file with plain POSIX calls. Foundation's `Data.write`
/// syncs every file to disk, which made a 10k-page build wait on the disk for
/// each page; the build's output does not need that (a failed build throws its
/// staging folder away whole, and the dev server renames finished files in).
enum FileBytes {
    /// Creates or replaces the file, making its folder when it is missing.
    static func write(_ data: Data, to url: URL) throws {
        try write(data, toPath: url.path)
    }

    /// `folderIsLikelyNew`: the caller expects the file's folder not to exist yet (a page's
    /// own folder in a new staging folder), so it is made before the file is opened rather
    /// than after an open that fails (~10k failed opens saved at 10k pages).
    static func write(_ data: Data, toPath path: String, folderIsLikelyNew: Bool = false) throws {
        if folderIsLikelyNew { try makeFolder(of: path) }
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if fd < 0, errno == ENOENT, !folderIsLikelyNew {
            try makeFolder(of: path)
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        }
        guard fd >= 0 else { throw WriteError(code: errno, path: path) }
        defer { close(fd) }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(code: errno, path: path)
                }
                offset += written
            }
        }
    }

    /// Nearly always only the page's own folder is missing: one mkdir instead of FileManager's
    /// walk over every parent (a stat each), ~10k times at 10k pages.
    private static func makeFolder(of path: String) throws {
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? "."
        guard mkdir(folder, 0o777) != 0, errno != EEXIST else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(error, path: folder)
        }
    }

    /// Writes beside the target and renames over it, so a reader sees the old file or the new one.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".tandem-tmp")
        try write(data, to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let failure = WriteError(code: errno, path: url.path)
            unlink(temporary.path)
            throw failure
        }
    }

    /// The failed read's `errno` as a Foundation file error naming the path (writes throw `WriteError`).
    private static func error(_ path: String, _ kind: CocoaError.Code) -> Error {
        let code = errno
        return CocoaError(kind, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)])
    }
}
