import Foundation

/// The theme compiled into the executable: the files of the repository's
/// `themes/default`, embedded at build time by the EmbedDefaultTheme plugin.
/// A site needs no `themes/` folder; a file in its `themes/<name>/` replaces
/// the built-in file of the same name (see `ThemeLoader`).
public enum BuiltinTheme {
    /// The name `theme:` in tandem.yaml gives it.
    public static let name = "default"
    /// What messages call a built-in file's folder: `(built-in theme)/templates/page.mustache`.
    public static let displayPath = "(built-in theme)"

    /// Path inside the theme (`templates/page.mustache`, `assets/tandem.css`,
    /// `i18n/es.yaml`) → the file's bytes, exactly as in `themes/default`.
    public static let files: [String: [UInt8]] = {
        var result: [String: [UInt8]] = [:]
        for file in encodedFiles {
            // The embedder wrote this base64 itself; a failure would be a build bug, not a user's input.
            result[file.path] = Data(base64Encoded: file.base64).map { Array($0) } ?? []
        }
        return result
    }()

    /// Every path, sorted by bytes.
    public static let paths: [String] = encodedFiles.map(\.path)

    /// The paths under `folder/` (`templates`, `assets`, `i18n`), relative to it, sorted.
    public static func paths(under folder: String) -> [String] {
        let prefix = folder + "/"
        return paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// The language codes the built-in theme has UI strings for (`es`, `en`).
    public static var languageCodes: [String] {
        paths(under: "i18n").filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
    }
}
