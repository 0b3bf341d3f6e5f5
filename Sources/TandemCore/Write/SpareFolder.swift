#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The site the previous build replaced, kept beside the output folder under one fixed name
/// (`.output.tandem-spare`) and taken by the next build as its staging folder: each file is
/// written only when its bytes differ, everything the run does not write is deleted, and the
/// folder is then swapped in as a fresh one would be.
///
/// Why: on ext4 without a journal, creating files soon after deleting many pays for every
/// deleted one (BENCHMARKS.md, "The disk"), so writing a whole new site and deleting the old
/// one made each build into the same folder slower than the last. Updating the spare creates
/// and deletes only what changed.
///
/// The spare is only ever a staging folder, never the output, so a run killed while updating it
/// leaves the output whole, and the next run goes on from whatever the spare holds. It ends as a
/// fresh staging folder would: the run's files with exactly their bytes, nothing else (other
/// files, folders left empty, links and special files are deleted; a link is never followed),
/// and the modes new files and folders get. A file shared with another path (a hard link, e.g. a
/// `cp -al` backup) or owned by someone else is replaced, never written into.
///
/// A file of the same size is read back and compared rather than written again: reading what
/// the page cache holds costs less than writing and leaves unchanged files untouched. A changed
/// file is overwritten in place (same inode, no inode freed): only a reader that kept it open
/// since the spare was the output, two builds ago, could see it change.
final class SpareFolder: Sendable {
    let path: String
    /// Relative paths of the regular files found before the run.
    private let filesFound: [PathBytes]
    /// Relative paths of the folders found with nothing in them.
    private let emptyFoldersFound: [PathBytes]
    /// Relative paths of every file this run wrote (or found already right).
    private let claimed = Mutex(Set<PathBytes>())
    private let owner = geteuid()

    /// A path as the bytes the file system holds. Not `String`: two names Unicode counts as equal
    /// (an accent composed or not) are two files on disk, and the one the run did not write
    /// must still be deleted; a name that is not UTF-8 must still be found again.
    struct PathBytes: Hashable {
        var bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        init(_ text: some StringProtocol) { bytes = Array(text.utf8) }

        /// The folder holding it; empty at the top.
        var parent: PathBytes { PathBytes(bytes.lastIndex(of: UInt8(ascii: "/")).map { Array(bytes[..<$0]) } ?? []) }
        var depth: Int { bytes.isEmpty ? 0 : bytes.count { $0 == UInt8(ascii: "/") } + 1 }
        func hasPrefix(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        func appending(_ name: [UInt8]) -> PathBytes { PathBytes(bytes.isEmpty ? name : bytes + [UInt8(ascii: "/")] + name) }
    }

    /// Takes the folder at `path` for reuse, after walking it (making its folders writable and
    /// deleting links and special files). Nil when it cannot be reused: not a folder of this user,
    /// or a folder in it that cannot be read or made writable. The caller checks the marker.
    init?(reusing path: String) {
        var files: [PathBytes] = [], empty: [PathBytes] = []
        guard Self.walk(Array(path.utf8), owner: geteuid(), files: &files, empty: &empty) else { return nil }
        self.path = path
        filesFound = files
        emptyFoldersFound = empty
    }

    /// Collects the regular files and empty folders below `root`; false when it cannot be reused.
    /// A loop over a list of folders, not recursion: a deep tree cannot exhaust the stack.
    private static func walk(_ root: [UInt8], owner: uid_t, files: inout [PathBytes], empty: inout [PathBytes]) -> Bool {
        var pending = [(full: root, relative: PathBytes([]))]
        while let (full, relative) = pending.popLast() {
            var info = stat()
            guard withCPath(full, { lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == owner else { return false }
            // A read-only folder (a site made read-only after it was published) gets a new folder's mode back.
            if (info.st_mode & 0o7777) != CreationModes.folder, withCPath(full, { chmod($0, CreationModes.folder) }) != 0 { return false }
            guard let directory = withCPath(full, { opendir($0) }) else { return false }
            defer { closedir(directory) }
            var entries = 0
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
                let childFull = full + [UInt8(ascii: "/")] + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var childInfo = stat()
                    guard withCPath(childFull, { lstat($0, &childInfo) }) == 0 else { return false }
                    type = switch childInfo.st_mode & S_IFMT {
                    case S_IFDIR: Int32(DT_DIR)
                    case S_IFREG: Int32(DT_REG)
                    default: Int32(DT_LNK)
                    }
                }
                if type == Int32(DT_DIR) {
                    pending.append((childFull, relative.appending(name)))
                } else if type == Int32(DT_REG) {
                    files.append(relative.appending(name))
                } else {
                    // A link (the run would write through it, perhaps outside the folder), a pipe, a
                    // socket: never in a fresh staging folder, deleted (a link's target is untouched).
                    guard withCPath(childFull, { unlink($0) }) == 0 || errno == ENOENT else { return false }
                    continue
                }
                entries += 1
            }
            if entries == 0, !relative.bytes.isEmpty { empty.append(relative) }
        }
        return true
    }

    /// Calls `body` with `bytes` as a NUL-terminated C path.
    private static func withCPath<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// `relative` inside the spare, as a C call on its absolute path.
    private func onPath<T>(_ relative: PathBytes, _ body: (UnsafePointer<CChar>) -> T) -> T {
        Self.withCPath(Array(path.utf8) + [UInt8(ascii: "/")] + relative.bytes, body)
    }

    /// Makes `relative` (inside the spare; `full` is its absolute path) hold exactly `data`.
    /// True when bytes were written, false when the file already held them.
    /// Safe to call concurrently for distinct paths.
    func write(_ data: Data, relative: String, full: String) throws -> Bool {
        // Claimed before touching the disk, so a concurrent write that meets this path in its
        // way knows it belongs to the run (see `makeFolders`).
        claimed.withLock { _ = $0.insert(PathBytes(relative)) }
        var attempts = 0
        while true {
            attempts += 1
            let fd = open(full, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd < 0 {
                let code = errno
                guard attempts < 4, try clearWay(to: relative, full: full, code: code) else { throw WriteError(code: code, path: full) }
                continue
            }
            var info = stat()
            guard fstat(fd, &info) == 0 else {
                let code = errno
                close(fd)
                throw WriteError(code: code, path: full)
            }
            if (info.st_mode & S_IFMT) != S_IFREG || info.st_uid != owner || info.st_nlink != 1 {
                close(fd)
                guard attempts < 4, unlink(full) == 0 || errno == ENOENT else { throw WriteError(code: EEXIST, path: full) }
                continue
            }
            defer { close(fd) }
            if (info.st_mode & 0o7777) != CreationModes.file { fchmod(fd, CreationModes.file) }
            let size = Int(info.st_size)
            if size == data.count, Self.holds(data, fd) { return false }
            try Self.overwrite(fd, with: data, path: full)
            if size > data.count, ftruncate(fd, off_t(data.count)) != 0 { throw WriteError(code: errno, path: full) }
            return true
        }
    }

    /// After `open` failed with `code`: removes what stands in the way when it is the earlier
    /// site's. True when the open is worth trying again.
    private func clearWay(to relative: String, full: String, code: Int32) throws -> Bool {
        switch code {
        case ENOENT, ENOTDIR:
            // The file's folder is missing, or a file of the earlier site sits where a folder goes.
            guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
            try makeFolders(String(relative[..<slash]))
            return true
        case EISDIR:
            // The earlier site had a folder here; this run's files never lie inside a file.
            let inside = Array((relative + "/").utf8)
            if claimed.withLock({ $0.contains { $0.hasPrefix(inside) } }) { throw WriteError(code: EISDIR, path: full) }
            FolderRemoval.remove(full)
            return true
        case EACCES, EPERM:
            return chmod(full, CreationModes.file) == 0
        case ELOOP:
            return unlink(full) == 0
        default:
            return false
        }
    }

    /// Makes every folder of `relativeFolder`, replacing the earlier site's files in the way.
    private func makeFolders(_ relativeFolder: String) throws {
        let target = path + "/" + relativeFolder
        if mkdir(target, 0o777) == 0 || (errno == EEXIST && Self.isFolder(target)) { return }
        var prefix = ""
        for component in ByteSplit.parts(of: relativeFolder, separator: UInt8(ascii: "/")) {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            let folder = path + "/" + prefix
            if mkdir(folder, 0o777) == 0 { continue }
            guard errno == EEXIST else { throw WriteError(code: errno, path: folder) }
            if Self.isFolder(folder) { continue }
            // A file this run wrote is a real clash (a fresh folder fails the same way).
            if claimed.withLock({ $0.contains(PathBytes(prefix)) }) { throw WriteError(code: ENOTDIR, path: folder) }
            if unlink(folder) != 0, errno != ENOENT, !Self.isFolder(folder) { throw WriteError(code: errno, path: folder) }
            if mkdir(folder, 0o777) != 0, !(errno == EEXIST && Self.isFolder(folder)) { throw WriteError(code: errno, path: folder) }
        }
    }

    /// After every write: deletes the files found before the run that it did not write, then the
    /// folders left empty, deepest first. What remains is what a fresh staging folder would hold.
    func removeUnclaimed() {
        let claimed = claimed.withLock { $0 }
        var byDepth: [Int: Set<PathBytes>] = [:]
        func consider(_ folder: PathBytes) {
            guard folder.depth > 0 else { return }
            byDepth[folder.depth, default: []].insert(folder)
        }
        for file in filesFound where !claimed.contains(file) {
            // ENOENT: gone with a folder this run replaced by a file; EISDIR: now one of this run's folders.
            if onPath(file, { unlink($0) }) == 0 || errno == ENOENT { consider(file.parent) }
        }
        for folder in emptyFoldersFound { consider(folder) }
        var depth = byDepth.keys.max() ?? 0
        while depth > 0 {
            for folder in byDepth[depth] ?? [] where onPath(folder, { rmdir($0) }) == 0 {
                consider(folder.parent)
            }
            depth -= 1
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when the open file `fd` holds exactly `data` (its size was checked already).
    private static func holds(_ data: Data, _ fd: Int32) -> Bool {
        data.withUnsafeBytes { (expected: UnsafeRawBufferPointer) in
            guard let base = expected.baseAddress, expected.count > 0 else { return true }
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: expected.count, alignment: 16)
            defer { buffer.deallocate() }
            var offset = 0
            while offset < expected.count {
                let read = pread(fd, buffer + offset, expected.count - offset, off_t(offset))
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { return false }
                offset += read
            }
            return memcmp(buffer, base, expected.count) == 0
        }
    }

    /// Writes `data` over the start of the file, in place: the file keeps its inode and blocks.
    private static func overwrite(_ fd: Int32, with data: Data, path: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = pwrite(fd, base + offset, raw.count - offset, off_t(offset))
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(code: errno, path: path)
                }
                offset += written
            }
        }
    }
}
