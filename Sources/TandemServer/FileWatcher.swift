#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches folders (recursively) and single files with inotify and reports
/// batches of changed paths. One thread blocks in `poll` on the inotify
/// descriptor, so an idle server uses no CPU; events that arrive within
/// `quietPeriod` of each other come as one batch, because editors save in
/// several steps (temporary file, rename, attribute change).
public final class FileWatcher: @unchecked Sendable {
    // Mutable state is touched only by the watcher thread, except `stop()`,
    // which writes to a pipe the thread polls; `finished` is guarded by `lock`.
    public let root: URL
    private let folders: [String]
    private let files: [String]
    private let quietPeriod: Double
    private let onChange: @Sendable (Set<String>) -> Void
    private var descriptor: Int32 = -1
    private var wakePipe: [Int32] = [-1, -1]
    private var watchPaths: [Int32: String] = [:]
    private let lock = NSLock()
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    /// - Parameters:
    ///   - root: the folder paths are reported relative to (the site folder).
    ///   - folders: folders below `root` to watch with everything in them (`content`, `themes`).
    ///   - files: single files directly in `root` (`tandem.yaml`).
    ///   - onChange: called on the watcher's thread with paths relative to `root`;
    ///     the next batch waits until it returns, so rebuilds never overlap.
    public init(root: URL, folders: [String], files: [String], quietPeriod: Double = 0.03, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.files = files
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Sets the watches and starts the thread.
    public func start() throws {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw StartError(description: "inotify_init1 failed: \(String(cString: strerror(errno)))") }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw StartError(description: "pipe failed") }
        wakePipe = fds
        // The site folder itself, for the config file (and for content/ or themes/ appearing later).
        addWatch(root.path, recursive: false)
        for folder in folders {
            addWatch(root.appendingPathComponent(folder).path, recursive: true)
        }
        let thread = Thread { [self] in
            self.loop()
            self.done.signal()
        }
        thread.name = "tandem file watcher"
        self.thread = thread
        thread.start()
        #else
        throw StartError(description: "file watching needs inotify (Linux)")
        #endif
    }

    /// Stops the thread and closes the descriptors; returns when the thread has ended.
    public func stop() {
        lock.lock()
        guard let thread = self.thread else { lock.unlock(); return }
        self.thread = nil
        lock.unlock()
        _ = thread
        var byte: UInt8 = 1
        _ = write(wakePipe[1], &byte, 1)
        done.wait()
        close(descriptor)
        close(wakePipe[0])
        close(wakePipe[1])
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_DELETE_SELF | IN_ATTRIB)

    private func addWatch(_ path: String, recursive: Bool) {
        #if canImport(Glibc)
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        guard wd >= 0 else { return }
        watchPaths[wd] = path
        guard recursive, let children = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for child in children where !child.hasPrefix(".") {
            let full = path + "/" + child
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                addWatch(full, recursive: true)
            }
        }
        #endif
    }

    private func loop() {
        #if canImport(Glibc)
        var pending = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var polls = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakePipe[0], events: Int16(POLLIN), revents: 0)]
            // Block until something happens; once changes are pending, wait only for the quiet period.
            let timeout: Int32 = pending.isEmpty ? -1 : Int32(quietPeriod * 1000)
            let ready = poll(&polls, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if polls[1].revents != 0 { return }
            if ready == 0 {
                let batch = pending
                pending.removeAll()
                onChange(batch)
                continue
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            pending.formUnion(parse(buffer, count: count))
        }
        #endif
    }

    /// Turns raw inotify records into relative paths, adding watches for new folders.
    private func parse(_ buffer: [UInt8], count: Int) -> Set<String> {
        var changed = Set<String>()
        #if canImport(Glibc)
        let headerSize = MemoryLayout<inotify_event>.size
        var offset = 0
        while offset + headerSize <= count {
            let (wd, mask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameStart = offset + headerSize
            let nameBytes = buffer[nameStart..<min(count, nameStart + nameLength)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset = nameStart + nameLength
            guard let folder = watchPaths[wd] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 { watchPaths[wd] = nil; continue }
            let full = name.isEmpty ? folder : folder + "/" + name
            if !name.isEmpty, mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, isWatchedTree(full) {
                addWatch(full, recursive: true)
                // Files written before the watch existed would be missed: report the folder itself.
            }
            guard let relative = relativePath(full), isInteresting(relative, name: name) else { continue }
            changed.insert(relative)
        }
        #endif
        return changed
    }

    private func isWatchedTree(_ path: String) -> Bool {
        guard let relative = relativePath(path) else { return false }
        return folders.contains { relative == $0 || relative.hasPrefix($0 + "/") }
    }

    private func relativePath(_ full: String) -> String? {
        let rootPath = root.path
        guard full.hasPrefix(rootPath) else { return nil }
        var relative = String(full.dropFirst(rootPath.count))
        if relative.hasPrefix("/") { relative.removeFirst() }
        return relative
    }

    /// Editor droppings (hidden files, backups, swap files) never trigger a rebuild;
    /// in the site folder itself only the watched files and folders count.
    private func isInteresting(_ relative: String, name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") { return false }
        if relative.isEmpty { return false }
        if !relative.contains("/") { return files.contains(relative) || folders.contains(relative) }
        return isWatchedTree(relative.isEmpty ? root.path : root.path + "/" + relative)
    }
}
