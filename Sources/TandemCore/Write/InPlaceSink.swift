import Foundation

/// `serve`'s sink: writes into the served folder itself, each file atomically (the server
/// keeps serving it during a rebuild) and only when its bytes changed, and deletes the
/// files an earlier run wrote that the site no longer makes. Kept between rebuilds.
final class InPlaceSink: OutputSink, @unchecked Sendable {
    // Unchecked because `written` is mutable: every access holds `lock`. `put` runs on
    // every core, for distinct paths; the file writes themselves happen outside the lock.
    let outputFolder: URL
    private let lock = NSLock()
    /// Output path → hash of the bytes written there.
    private var written: [String: OutputDigest] = [:]
    /// The folder was just emptied for a full build and nothing is served from it yet (the dev
    /// server listens only after its first build): files go straight to their place, without
    /// the temporary file and rename that keep a served file whole (~10k renames at 10k pages).
    private var emptied = false

    struct OutputDigest: Equatable {
        var count: Int
        var hash: Int
    }

    init(outputFolder: URL) { self.outputFolder = outputFolder }

    /// Before a full build, empties the serve folder, after the same checks `tandem build` makes
    /// of its output (see `OutputFolderPolicy`): the folder is deleted whole, so it must be a
    /// previous Tandem output, new or empty. Marks it, so the next run may empty it again.
    func prepareOutputFolder(clean: Bool, policy: OutputFolderPolicy) throws {
        if clean {
            try policy.check(outputFolder)
            FolderRemoval.remove(outputFolder.path)
            lock.withLock {
                written = [:]
                emptied = true
            }
        }
        do {
            try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(error, path: outputFolder.path)
        }
        if clean { try FileBytes.writeAtomically(OutputFolderPolicy.marker(.serve).data, to: outputFolder.appendingPathComponent(OutputFolderPolicy.markerName)) }
    }

    /// Writes a file unless the same bytes are already there.
    func put(_ file: OutputFile) throws -> Bool {
        let digest = OutputDigest(count: file.data.count, hash: file.data.withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        })
        let (same, direct) = lock.withLock { (written[file.path] == digest, emptied) }
        if same { return false }
        let url = try OutputWriter.safeURL(for: file.path, inside: outputFolder)
        // Atomic, so the server never sends half a file.
        if direct { try FileBytes.write(file.data, to: url) } else { try FileBytes.writeAtomically(file.data, to: url) }
        lock.withLock { written[file.path] = digest }
        return true
    }

    func holds(_ path: String) -> Bool { lock.withLock { written[path] != nil } }

    var needsProducedPaths: Bool { true }

    /// Deletes the files written before that the site no longer produces; their paths.
    func finish(produced: Set<String>) -> [String] {
        lock.withLock {
            emptied = false
            var deleted: [String] = []
            for path in written.keys where !produced.contains(path) {
                try? FileManager.default.removeItem(at: try OutputWriter.safeURL(for: path, inside: outputFolder))
                written[path] = nil
                deleted.append(path)
            }
            return deleted
        }
    }

    /// Files already replaced stay: each is whole, and the next good run rewrites the rest.
    func discard() { lock.withLock { emptied = false } }
}
