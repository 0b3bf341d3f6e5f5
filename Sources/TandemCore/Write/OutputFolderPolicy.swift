#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where Tandem may write a site, decided before anything is read or written.
/// Build, review and serve replace their output folder whole, so a wrong
/// `--output` would delete whatever is there: the site's own sources, or any
/// folder of the user's. The rules:
///
/// - never the site folder, a folder that contains it, or anything that is or lies
///   inside its sources (`content/`, `themes/`, `static/`, `archetypes/`, `.git`, `tandem.yaml`);
/// - never an existing file;
/// - an existing folder only when it is empty or a previous Tandem output (it holds
///   the marker file `.tandem-output`), unless `force` is set.
///
///     let policy = OutputFolderPolicy(siteFolder: site, force: false)
///     try policy.check(URL(fileURLWithPath: "/srv/www"))   // throws OutputFolderError
public struct OutputFolderPolicy: Sendable {
    /// The file Tandem writes into every folder it produces, so the next run knows it may replace it.
    public static let markerName = ".tandem-output"

    /// What wrote a folder; named in the marker so a person finding it knows where it came from.
    public enum Kind: String, Sendable {
        case site = "tandem build"
        case review = "tandem review"
        case serve = "tandem serve"
    }

    /// The marker's bytes: fixed text (no time, no path), so output stays byte-identical from run to run.
    public static func marker(_ kind: Kind) -> OutputFile {
        OutputFile(path: markerName, text: "This folder was written by \(kind.rawValue) and is replaced whole by its next run.\n")
    }

    /// What is at the output path, as far as the rules care.
    public enum State: Equatable, Sendable {
        case missing
        case file
        case folder(hasMarker: Bool, isEmpty: Bool)
    }

    /// The site's sources, relative to the site folder: never written, never inside an output.
    public static let sourceNames = ["content", "themes", "static", "archetypes", ".git", SiteConfig.fileName]

    public var siteFolder: URL
    public var force: Bool

    public init(siteFolder: URL, force: Bool = false) {
        self.siteFolder = siteFolder
        self.force = force
    }

    /// Throws when the rules refuse `output`, reading what is there from the disk.
    public func check(_ output: URL) throws {
        let path = Self.resolvedPath(output)
        if let error = refusal(outputPath: path, sitePath: Self.resolvedPath(siteFolder), state: Self.state(at: path), shownPath: output.path) {
            throw error
        }
    }

    /// The rules alone, on resolved absolute paths: nil when `outputPath` may be written.
    public func refusal(outputPath: String, sitePath: String, state: State, shownPath: String? = nil) -> OutputFolderError? {
        let shown = shownPath ?? outputPath
        if outputPath == sitePath || Self.isInside(sitePath, outputPath) {
            return OutputFolderError(path: shown, reason: .containsSite, force: force)
        }
        for name in Self.sourceNames {
            let source = sitePath == "/" ? "/" + name : sitePath + "/" + name
            if outputPath == source || Self.isInside(outputPath, source) {
                return OutputFolderError(path: shown, reason: .insideSources(name), force: force)
            }
        }
        switch state {
        case .missing, .folder(hasMarker: true, _), .folder(_, isEmpty: true):
            return nil
        case .file:
            return OutputFolderError(path: shown, reason: .isFile, force: force)
        case .folder:
            return force ? nil : OutputFolderError(path: shown, reason: .notTandemOutput, force: force)
        }
    }

    /// True when `path` lies strictly inside `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" && path.hasPrefix("/") : path.hasPrefix(folder + "/")
    }

    /// What is at `path` now. A symbolic link counts as what it points to.
    public static func state(at path: String) -> State {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return .file }
        let hasMarker = access(path + "/" + markerName, F_OK) == 0
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return .folder(hasMarker: hasMarker, isEmpty: entries.isEmpty)
    }

    /// The absolute path with `.`, `..` and symbolic links resolved as far as the path exists,
    /// so `--output content/../content` and a link to the site folder are both seen for what they are.
    public static func resolvedPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                var path = String(cString: real)
                for component in rest.reversed() { path = path == "/" ? "/" + component : path + "/" + component }
                return path
            }
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { return url.standardizedFileURL.path }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
