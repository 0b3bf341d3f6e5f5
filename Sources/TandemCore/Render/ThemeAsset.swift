import Foundation

/// One file of a theme's `assets/`, copied to `output/assets/<path>`: the
/// site's own file, or the built-in theme's.
public struct ThemeAsset: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        /// A file in the site's `themes/<name>/assets/`.
        case site(URL)
        /// The built-in theme's `assets/<path>`.
        case builtin
    }

    /// The path under `assets/`: `tandem.css`, `fonts/serif.woff2`.
    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// The path in the output folder.
    public var outputPath: String { "assets/" + path }

    /// The file's bytes, exactly.
    public func data() throws -> Data {
        switch origin {
        case .site(let url): return try Data(contentsOf: url)
        case .builtin: return Data(BuiltinTheme.files["assets/" + path] ?? [])
        }
    }
}
