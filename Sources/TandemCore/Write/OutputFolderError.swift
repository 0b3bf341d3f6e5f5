/// Why `OutputFolderPolicy` refused an output folder: a usage error (the CLI exits with 2),
/// found before anything was read or written.
public struct OutputFolderError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The output is the site folder or a folder holding it.
        case containsSite
        /// The output is or lies inside one of the site's sources (`content`, `tandem.yaml`, …).
        case insideSources(String)
        /// An existing file, not a folder.
        case isFile
        /// A folder with files in it and no `.tandem-output` marker.
        case notTandemOutput
    }

    /// As the user gave it (absolute).
    public var path: String
    public var reason: Reason
    public var force: Bool

    public var message: String {
        switch reason {
        case .containsSite:
            "refusing to write the site into '\(path)': it is or contains the site folder, and writing replaces the whole folder"
        case .insideSources(let name):
            "refusing to write the site into '\(path)': it is or lies inside the site's \(name)\(name.contains(".") && name != ".git" ? "" : "/"), which writing would replace"
        case .isFile:
            "refusing to write the site into '\(path)': it is an existing file, not a folder"
        case .notTandemOutput:
            "refusing to replace '\(path)': the folder has files and was not written by Tandem (it has no \(OutputFolderPolicy.markerName) file)"
        }
    }

    public var hint: String {
        switch reason {
        case .containsSite, .insideSources:
            "choose an output folder outside the site's sources, e.g. output/ (the default) or a folder elsewhere"
        case .isFile:
            "choose a folder path, or remove the file first if it is not needed"
        case .notTandemOutput:
            "choose a new or empty folder, or pass --force to replace this folder and everything in it"
        }
    }

    public var description: String { "\(message)\nhint: \(hint)" }

    /// The refusal as a diagnostic at the output path, the way build errors are shown.
    public var diagnostic: Diagnostic { .error(SourceLocation(path: path), message, hint: hint) }
}
