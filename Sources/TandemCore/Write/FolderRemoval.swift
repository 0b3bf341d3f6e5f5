#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Deletes a folder Tandem made (a staging folder, or an old output swapped out),
/// including folders inside it that were made read-only: a read-only output
/// must not leave its old copy behind after a build replaced it.
enum FolderRemoval {
    static func remove(_ path: String) {
        let manager = FileManager.default
        if (try? manager.removeItem(atPath: path)) != nil || !manager.fileExists(atPath: path) { return }
        // Deleting a folder's entries needs write permission on the folder: give it back to
        // every folder of the tree (ours to delete) and try again.
        chmod(path, 0o700)
        if let enumerator = manager.enumerator(atPath: path) {
            for case let relative as String in enumerator {
                let child = path + "/" + relative
                var info = stat()
                if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { chmod(child, 0o700) }
            }
        }
        try? manager.removeItem(atPath: path)
    }
}
