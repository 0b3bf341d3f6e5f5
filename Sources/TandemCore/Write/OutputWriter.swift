import Foundation

/// The write stage. Files go into a fresh temporary folder beside the output
/// folder; `commit()` swaps it in with renames, so a failed or interrupted
/// build never leaves a half-written site and old files never linger.
public final class OutputWriter: @unchecked Sendable {
    // Only the folder URLs are stored; every method touches distinct files, so
    // concurrent `write` calls need no lock.
    public let outputFolder: URL
    public let stagingFolder: URL
    /// `stagingFolder.path`, kept: URL path building was 3 % of a 10k-page build.
    private let stagingPath: String

    public init(outputFolder: URL) throws {
        let output = outputFolder.standardizedFileURL
        self.outputFolder = output
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        stagingFolder = parent.appendingPathComponent(".\(output.lastPathComponent).tandem-\(token)", isDirectory: true)
        try FileManager.default.createDirectory(at: stagingFolder, withIntermediateDirectories: true)
        stagingPath = stagingFolder.path
    }

    /// Writes one file inside the staging folder. Refuses any path that would
    /// leave it, whatever the content said.
    public func write(_ file: OutputFile) throws {
        try FileBytes.write(file.data, toPath: try Self.safePath(for: file.path, inside: stagingPath))
    }

    /// Copies a folder's files (theme assets) to `prefix/` inside the staging folder.
    public func copyFolder(_ folder: URL, to prefix: String) throws {
        for relative in ThemeLoader.files(under: folder, extension: "") {
            let data = try Data(contentsOf: folder.appendingPathComponent(relative))
            try write(OutputFile(path: prefix.isEmpty ? relative : prefix + "/" + relative, data: data))
        }
    }

    /// Replaces the output folder with the staged one.
    public func commit() throws {
        let manager = FileManager.default
        let previous = stagingFolder.deletingLastPathComponent()
            .appendingPathComponent(stagingFolder.lastPathComponent + "-previous", isDirectory: true)
        if manager.fileExists(atPath: outputFolder.path) {
            try manager.moveItem(at: outputFolder, to: previous)
        }
        do {
            try manager.moveItem(at: stagingFolder, to: outputFolder)
        } catch {
            if manager.fileExists(atPath: previous.path) { try? manager.moveItem(at: previous, to: outputFolder) }
            throw error
        }
        try? manager.removeItem(at: previous)
    }

    /// Throws the staged files away, leaving the output folder as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: stagingFolder)
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
