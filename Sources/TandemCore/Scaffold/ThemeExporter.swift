import Foundation

/// `tandem theme export`: writes the built-in theme's files into a folder to
/// customise, skipping every file already there.
public struct ThemeExporter: Sendable {
    public var folder: URL

    public init(folder: URL) { self.folder = folder }

    public struct Result: Sendable, Equatable {
        /// Paths relative to the folder.
        public var written: [String] = []
        public var skipped: [String] = []
    }

    public func export() throws -> Result {
        var result = Result()
        for path in BuiltinTheme.paths {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) {
                result.skipped.append(path)
                continue
            }
            let file = ScaffoldFile(path: path, data: Data(BuiltinTheme.files[path] ?? []))
            try ScaffoldFile.writeAll([file], into: folder)
            result.written.append(path)
        }
        return result
    }
}
