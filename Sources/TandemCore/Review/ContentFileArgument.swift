import Foundation

/// A content file named on the command line, as the user typed it (relative to
/// the current folder or to the site folder, or absolute), resolved to its path
/// inside `content/`.
public struct ContentFileArgument: Sendable, Equatable {
    /// `programmes/foo.es.md`.
    public var contentPath: String
    /// `content/programmes/foo.es.md`, for messages.
    public var sitePath: String { "content/" + contentPath }

    public init(contentPath: String) { self.contentPath = contentPath }

    public static func resolve(_ argument: String, siteFolder: URL, currentFolder: URL) throws -> ContentFileArgument {
        let content = siteFolder.appendingPathComponent("content", isDirectory: true).standardizedFileURL.path + "/"
        var candidates: [URL] = []
        if argument.hasPrefix("/") {
            candidates.append(URL(fileURLWithPath: argument))
        } else {
            candidates.append(currentFolder.appendingPathComponent(argument))
            candidates.append(siteFolder.appendingPathComponent(argument))
        }
        let paths = candidates.map { $0.standardizedFileURL.path }
        guard let inside = paths.first(where: { $0.hasPrefix(content) }) else {
            throw TranslationFileError(
                .usage, argument, "not a file under content/",
                hint: "name a page of the site, e.g. content/programmes/municipalizacion-odm.es.md (the site folder is \(siteFolder.path); pass --source DIR for another)")
        }
        guard inside.hasSuffix(".md") else {
            throw TranslationFileError(.usage, argument, "not a Markdown file", hint: "content pages end in .md, e.g. name.es.md")
        }
        let existing = paths.first { $0.hasPrefix(content) && FileManager.default.fileExists(atPath: $0) } ?? inside
        return ContentFileArgument(contentPath: String(existing.dropFirst(content.count)).precomposedStringWithCanonicalMapping)
    }
}
