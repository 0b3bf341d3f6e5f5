/// One Markdown file under `content/`, read and decoded, before its front
/// matter is parsed.
public struct SourceFile: Hashable, Sendable {
    /// Relative to the site folder, with `/` separators: `content/programmes/foo.es.md`.
    public var path: String
    /// Relative to `content/`: `programmes/foo.es.md`. Links between content files resolve against this.
    public var contentPath: String
    /// The folder inside `content/`: `programmes`, or "" for the content root.
    public var sectionPath: String
    /// The file name without language suffix and extension: `foo`, or `_index`.
    public var baseName: String
    public var languageCode: String
    /// The decoded text, line endings normalised to `\n`, byte-order mark removed.
    public var text: String
    /// True for a Hugo leaf bundle's `index.<lang>.md`: the page is its folder
    /// (`baseName` is the folder's name, `sectionPath` the folder above), and the
    /// other files in the folder are published beside it.
    public var isBundle = false
    /// True when the language came from a language's `contentDir`, not from a suffix.
    public var languageFromFolder = false

    public init(path: String, contentPath: String, sectionPath: String, baseName: String, languageCode: String, text: String) {
        self.path = path
        self.contentPath = contentPath
        self.sectionPath = sectionPath
        self.baseName = baseName
        self.languageCode = languageCode
        self.text = text
    }

    /// The folder inside `content/` that holds the file, as written (`es/post/b` for
    /// `content/es/post/b/index.md`): relative links in its Markdown start here.
    public var contentFolder: String {
        guard let slash = contentPath.lastIndex(of: "/") else { return "" }
        return String(contentPath[..<slash])
    }

    /// `_index` files are a section's (or, at the root, the site's) own page.
    public var isIndex: Bool { baseName == "_index" }

    /// What joins a file to its translations unless front matter says otherwise:
    /// the path inside `content/` without language suffix (`programmes/foo`).
    public var defaultTranslationKey: String {
        ContentPath.translationKey(sectionPath: sectionPath, baseName: baseName)
    }

    /// Home, section or regular page, from the path (see `ContentPath`).
    public var kind: Page.Kind { ContentPath.kind(sectionPath: sectionPath, baseName: baseName) }

    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
