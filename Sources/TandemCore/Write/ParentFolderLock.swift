#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// An exclusive `flock` on a folder (the one holding an output folder), held from
/// the start of a write until its commit or discard. Locking the folder itself
/// leaves no lock file behind; the kernel drops the lock when the process dies,
/// so a killed build never blocks the next one.
final class ParentFolderLock: Sendable {
    private let descriptor: Mutex<Int32>

    /// Waits for the lock when another run holds it.
    init(folder: String) throws {
        let fd = open(folder, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard fd >= 0 else { throw WriteError(code: errno, path: folder) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            // No locking here (some network file systems): go on without it, as before locks.
            break
        }
        descriptor = Mutex(fd)
    }

    /// Releases the lock; later calls do nothing.
    func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
        }
    }

    deinit { release() }
}
