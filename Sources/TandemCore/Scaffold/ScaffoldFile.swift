import Foundation

/// A file `tandem init`, `tandem new` or `tandem theme export` writes, relative to a folder.
public struct ScaffoldFile: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

extension ScaffoldFile {
    /// Writes every file under `folder`, or none: when any of them exists already,
    /// it throws `fileExists` naming the first before writing anything.
    public static func writeAll(_ files: [ScaffoldFile], into folder: URL) throws {
        for file in files where FileManager.default.fileExists(atPath: folder.appendingPathComponent(file.path).path) {
            throw ScaffoldError.fileExists(file.path)
        }
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the check above is still not replaced.
                try file.data.write(to: url, options: .withoutOverwriting)
            } catch {
                throw ScaffoldError.cannotWrite(file.path, error.localizedDescription)
            }
        }
    }
}
