#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where a writer stages: the spare when one can be reused, else a fresh folder.
extension OutputWriter {
    /// `.output.tandem-spare`: the one fixed name of `output`'s spare.
    static func spareName(of output: URL) -> String { stagingPrefix(of: output) + "spare" }

    struct StagingChoice {
        var path: String
        /// The spare to update; nil when `path` is to be made as a new folder.
        var spare: SpareFolder?
        var atSpareName: Bool
    }

    /// The spare when it is a marked folder that can be reused; a new folder under the spare's
    /// name when there is none; otherwise a new folder under a random name. A spare that is
    /// marked but cannot be reused (not this user's, unreadable) is deleted and made anew; a
    /// thing under the spare's name that is not marked (not Tandem's) is never used or deleted.
    /// With `keepsSpare` false, always a new folder under a random name (the caller has deleted
    /// a marked spare with the stale staging folders).
    static func stagingChoice(for output: URL, keepsSpare: Bool) -> StagingChoice {
        var parent = output.deletingLastPathComponent().path
        if parent.hasSuffix("/") { parent.removeLast() }
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let fresh = StagingChoice(path: parent + "/" + stagingPrefix(of: output) + token, spare: nil, atSpareName: false)
        guard keepsSpare else { return fresh }
        let sparePath = parent + "/" + spareName(of: output)
        var info = stat()
        if lstat(sparePath, &info) != 0, errno == ENOENT {
            return StagingChoice(path: sparePath, spare: nil, atSpareName: true)
        }
        guard isMarkedFolder(sparePath) else { return fresh }
        if let spare = SpareFolder(reusing: sparePath) {
            return StagingChoice(path: sparePath, spare: spare, atSpareName: true)
        }
        FolderRemoval.remove(sparePath)
        return lstat(sparePath, &info) != 0 && errno == ENOENT ? StagingChoice(path: sparePath, spare: nil, atSpareName: true) : fresh
    }

    /// True for a folder itself (not a link to one) that holds Tandem's marker.
    static func isMarkedFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            && access(path + "/" + OutputFolderPolicy.markerName, F_OK) == 0
    }
}
