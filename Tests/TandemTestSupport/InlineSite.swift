import Foundation

/// What the core and the server tests share: the `-- path --` format they
/// write whole small sites in, the two-language configuration most of them
/// use, and the repository folder (bundled content, default theme, binaries).
public enum InlineSite {
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let twoLanguageConfig = """
        baseURL: /
        defaultLanguage: es
        theme: default
        languages:
          - code: es
            name: Español
            title: Sitio
            description: Descripción del sitio.
          - code: en
            name: English
            locale: en-GB
            title: Site
            description: Site description.
        """

    /// The files of a spec, in order: each `-- path --` line starts one, and
    /// the lines up to the next (trailing blank lines of the last dropped) are its text.
    public static func files(in spec: String) -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        var currentPath: String?
        var lines: [Substring] = []
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                if let path = currentPath { files.append((path, lines.joined(separator: "\n") + "\n")) }
                currentPath = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if currentPath != nil {
                lines.append(line)
            }
        }
        if let path = currentPath {
            while lines.last?.isEmpty == true { lines.removeLast() }
            files.append((path, lines.joined(separator: "\n") + "\n"))
        }
        return files
    }

    /// A fresh temporary folder, with a copy of the repository's default theme if asked.
    public static func makeFolder(prefix: String, withDefaultTheme: Bool) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if withDefaultTheme {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("themes/default"),
                to: folder.appendingPathComponent("themes/default"))
        }
        return folder
    }
}
