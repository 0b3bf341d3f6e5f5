import Foundation

/// Writing the serve folder: only files whose bytes changed.
extension SiteSession {
    /// Before a full build, empties the serve folder, after the same checks `tandem build` makes
    /// of its output (see `OutputFolderPolicy`): the folder is deleted whole, so it must be a
    /// previous Tandem output, new or empty. Marks it, so the next run may empty it again.
    func prepareOutputFolder(clean: Bool) throws {
        if clean {
            try options.outputFolderPolicy.check(outputFolder)
            FolderRemoval.remove(outputFolder.path)
            written = [:]
        }
        do {
            try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(error, path: outputFolder.path)
        }
        if clean { try FileBytes.writeAtomically(OutputFolderPolicy.marker(.serve).data, to: outputFolder.appendingPathComponent(OutputFolderPolicy.markerName)) }
    }

    /// A failed write as a diagnostic: a refused serve folder (a usage error) or a write error in words.
    func report(writeFailure error: any Error, in diagnostics: inout DiagnosticBag, build: inout BuildReport) {
        if let refusal = error as? OutputFolderError {
            diagnostics.append(refusal.diagnostic)
            build.outputFolderError = refusal
        } else {
            let failure = WriteError(error, path: outputFolder.path)
            diagnostics.error(SourceLocation(path: outputFolder.path), "could not write the site: \(failure.message)", hint: failure.hint)
        }
    }

    /// Writes a file unless the same bytes are already there. Safe to call
    /// concurrently for distinct paths: it reads `written` but never changes it.
    /// Deletes the files written before that the site no longer produces; their paths.
    func deleteFiles(notIn produced: Set<String>) -> [String] {
        var deleted: [String] = []
        for path in written.keys where !produced.contains(path) {
            try? FileManager.default.removeItem(at: try OutputWriter.safeURL(for: path, inside: outputFolder))
            written[path] = nil
            deleted.append(path)
        }
        return deleted
    }

    func writeIfChanged(_ file: OutputFile) throws -> (String, OutputDigest, Bool) {
        let digest = OutputDigest(count: file.data.count, hash: file.data.withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        })
        if written[file.path] == digest { return (file.path, digest, false) }
        // Atomic, so the server never sends half a file.
        try FileBytes.writeAtomically(file.data, to: try OutputWriter.safeURL(for: file.path, inside: outputFolder))
        return (file.path, digest, true)
    }

    func copy(folder: URL, prefix: String, refresh: Bool, into produced: inout Set<String>, written writtenFiles: inout [String]) throws {
        for relative in ThemeLoader.files(under: folder, extension: "") {
            let path = prefix.isEmpty ? relative : prefix + "/" + relative
            produced.insert(path)
            guard refresh || written[path] == nil else { continue }
            let (_, digest, didWrite) = try writeIfChanged(OutputFile(path: path, data: try Data(contentsOf: folder.appendingPathComponent(relative))))
            written[path] = digest
            if didWrite { writtenFiles.append(path) }
        }
    }

    /// `copy(folder:…)` for a theme's assets, which may be files of the site or built in.
    func copy(_ assets: [ThemeAsset], refresh: Bool, into produced: inout Set<String>, written writtenFiles: inout [String]) throws {
        for asset in assets {
            let path = asset.outputPath
            produced.insert(path)
            guard refresh || written[path] == nil else { continue }
            let (_, digest, didWrite) = try writeIfChanged(OutputFile(path: path, data: try asset.data()))
            written[path] = digest
            if didWrite { writtenFiles.append(path) }
        }
    }
}
