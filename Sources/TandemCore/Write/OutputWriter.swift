#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The write stage. Files go into a staging folder beside the output folder
/// (marked as Tandem's); `commit()` swaps it in with one atomic exchange, so a
/// failed or interrupted build never leaves a half-written site, a web server
/// never sees the folder missing, and old files never linger.
///
/// The staging folder is the spare (`.output.tandem-spare`, see `SpareFolder`):
/// the site the previous build replaced, kept after its swap and now updated
/// file by file into this build's site. Where there is no spare, or it is not
/// Tandem's, or `keepsSpare` is false, a fresh folder; with `keepsSpare` false
/// the replaced site is deleted after the swap instead of kept.
///
/// While a writer lives it holds a lock on the folder holding the output
/// (`flock` on the folder itself, so no lock file is left behind), which makes
/// builds into the same place take turns. That is what lets a new writer
/// delete the staging folders of killed runs: a staging folder that is marked
/// and not locked belongs to no running build.
public final class OutputWriter: @unchecked Sendable {
    // Only the folder URLs, the lock and the spare (which locks its own state) are stored;
    // every method touches distinct files, so concurrent `write` calls need no lock of their own.
    public let outputFolder: URL
    public let stagingFolder: URL
    /// `stagingFolder.path`, kept: URL path building was 3 % of a 10k-page build.
    private let stagingPath: String
    private let lock: ParentFolderLock
    private let kind: OutputFolderPolicy.Kind
    /// The spare being updated, when this run reuses one (nil: a fresh staging folder).
    private let spare: SpareFolder?
    /// True when the staging folder has the spare's name: the replaced site may stay there.
    private let stagesAtSpareName: Bool

    /// - Parameter keepsSpare: stage in the spare and keep the replaced site as the next spare
    ///   (faster builds into the same folder, twice the disk), or stage in a fresh folder and
    ///   delete the replaced site (deleting a spare found).
    public init(outputFolder: URL, kind: OutputFolderPolicy.Kind = .site, keepsSpare: Bool = true) throws {
        let output = outputFolder.standardizedFileURL
        self.outputFolder = output
        self.kind = kind
        let parent = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            // A file on the way reads as "exists" from Foundation: name the file instead.
            var ancestor = parent.path
            while ancestor.count > 1, OutputFolderPolicy.state(at: ancestor) == .missing { ancestor = (ancestor as NSString).deletingLastPathComponent }
            if OutputFolderPolicy.state(at: ancestor) == .file { throw WriteError(code: ENOTDIR, path: ancestor) }
            throw WriteError(error, path: parent.path)
        }
        lock = try ParentFolderLock(folder: parent.path)
        Self.removeStaleStagingFolders(of: output, keepingSpare: keepsSpare)
        let staging = Self.stagingChoice(for: output, keepsSpare: keepsSpare)
        spare = staging.spare
        stagesAtSpareName = staging.atSpareName
        stagingPath = staging.path
        stagingFolder = URL(fileURLWithPath: stagingPath, isDirectory: true)
        guard spare != nil || mkdir(stagingPath, 0o777) == 0 else {
            let failure = WriteError(code: errno, path: stagingPath)
            lock.release()
            throw failure
        }
        do {
            // First, so a staging folder left by a killed build is known as Tandem's.
            try write(OutputFolderPolicy.marker(kind))
        } catch {
            discard()
            throw error
        }
    }

    deinit { lock.release() }

    /// `.output.tandem-`: the start of every staging folder's name for `output`.
    static func stagingPrefix(of output: URL) -> String { ".\(output.lastPathComponent).tandem-" }

    /// Deletes the staging folders that killed or interrupted runs left beside `output`: only
    /// folders named like one that hold the marker (the caller holds the lock, so none is in use),
    /// and never the spare when `keepingSpare`.
    static func removeStaleStagingFolders(of output: URL, keepingSpare: Bool = true) {
        let parent = output.deletingLastPathComponent()
        let prefix = stagingPrefix(of: output)
        let spare = spareName(of: output)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) && !(keepingSpare && name == spare) {
            let path = parent.path + "/" + name
            if case .folder(hasMarker: true, _) = OutputFolderPolicy.state(at: path) { FolderRemoval.remove(path) }
        }
    }

    /// Writes one file inside the staging folder. Refuses any path that would
    /// leave it, whatever the content said.
    /// True when bytes reached the disk (false: a reused spare held them already).
    @discardableResult
    public func write(_ file: OutputFile) throws -> Bool {
        let path = try Self.safePath(for: file.path, inside: stagingPath)
        guard let spare else {
            // A new staging folder: a page's folder (`…/index.html`) is made by its page.
            try FileBytes.write(file.data, toPath: path, folderIsLikelyNew: file.path.hasSuffix("/index.html"))
            return true
        }
        return try spare.write(file.data, relative: String(decoding: path.utf8.dropFirst(stagingPath.utf8.count + 1), as: UTF8.self), full: path)
    }

    /// Replaces the output folder with the staged one: one rename when there is no output yet,
    /// otherwise one atomic exchange, after which the old site (now under the staging name) is
    /// kept as the next spare, or marked and deleted. Where the system cannot exchange, two
    /// renames (see `FolderExchange`).
    public func commit() throws {
        defer { lock.release() }
        // The spare holds files of the earlier site this run did not write: gone before it is the site.
        spare?.removeUnclaimed()
        let outputPath = outputFolder.path
        guard OutputFolderPolicy.state(at: outputPath) != .missing else {
            guard rename(stagingPath, outputPath) == 0 else {
                let failure = WriteError(code: errno, path: outputPath)
                discard()
                throw failure
            }
            return
        }
        // Only a site Tandem wrote is kept (a folder replaced with --force is deleted as before).
        let keepsOld = stagesAtSpareName && Self.isMarkedFolder(outputPath)
        do {
            if try FolderExchange.exchange(stagingPath, outputPath) {
                if !keepsOld { Self.removeReplaced(stagingPath, kind: kind) }
                return
            }
            try commitWithTwoRenames(keepingOld: keepsOld)
        } catch {
            discard()
            throw error
        }
    }

    /// The fallback: the old output moves aside, the staged one moves in, the old one becomes
    /// the spare or is deleted.
    private func commitWithTwoRenames(keepingOld: Bool) throws {
        let outputPath = outputFolder.path
        let previous = stagingPath + "-previous"
        guard rename(outputPath, previous) == 0 else { throw WriteError(code: errno, path: outputPath) }
        guard rename(stagingPath, outputPath) == 0 else {
            let failure = WriteError(code: errno, path: outputPath)
            rename(previous, outputPath)
            throw failure
        }
        if keepingOld, rename(previous, stagingPath) == 0 { return }
        Self.removeReplaced(previous, kind: kind)
    }

    /// Deletes a replaced site. Marked first, so that if this run is killed while deleting it the
    /// next run knows it may finish the job (a folder replaced with --force had no marker of its own).
    private static func removeReplaced(_ path: String, kind: OutputFolderPolicy.Kind) {
        try? FileBytes.write(OutputFolderPolicy.marker(kind).data, toPath: path + "/" + OutputFolderPolicy.markerName)
        FolderRemoval.remove(path)
    }

    /// Throws the staged files away, leaving the output folder as it was. A reused spare stays
    /// (it is only ever a staging folder; the next run goes on updating it).
    public func discard() {
        if spare == nil { FolderRemoval.remove(stagingPath) }
        lock.release()
    }

    static func safeURL(for path: String, inside folder: URL) throws -> URL {
        URL(fileURLWithPath: try safePath(for: path, inside: folder.path))
    }

    /// `folder/path` with empty components dropped, or an error when `path` is absolute or has
    /// a `.` or `..` component (it could leave the folder).
    static func safePath(for path: String, inside folder: String) throws -> String {
        let components = ByteSplit.parts(of: path, separator: UInt8(ascii: "/"))
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }), !path.hasPrefix("/") else {
            throw OutputPathError(path: path)
        }
        var joined = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        joined.reserveCapacity(joined.utf8.count + path.utf8.count + 1)
        for component in components {
            joined += "/"
            joined += component
        }
        return joined
    }
}

public struct OutputPathError: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "refusing to write '\(path)' outside the output folder" }
}
