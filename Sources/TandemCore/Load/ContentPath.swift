/// What a content file's path alone says about it, decided before the file is read (as
/// Zola's `FileInfo`): its folder, its base name, its language (the suffix in
/// `name.es.md`, a language's `contentDir` folder, or the default language), the key that joins it to its
/// translations (the path without the suffix) and its kind (`_index` is a section's own
/// page, the home page at the root). Pure: no file is touched.
///
///     ContentPath.parse("programmes/foo.en.md", languageCodes: ["es", "en"], defaultLanguageCode: "es")
///     // → sectionPath "programmes", baseName "foo", languageCode "en", translationKey "programmes/foo"
public struct ContentPath: Equatable, Sendable {
    /// Relative to `content/`, with `/` separators: `programmes/foo.es.md`.
    public var path: String
    /// The folder inside `content/`: `programmes`, or "" for the content root.
    public var sectionPath: String
    /// The file name without language suffix and extension: `foo`, or `_index`.
    public var baseName: String
    public var languageCode: String
    /// True for a Hugo leaf bundle's `index.<lang>.md`: the page is its folder (`baseName` is
    /// the folder's name, `sectionPath` the folder above).
    public var isBundle = false
    /// True when the language came from a language's `contentDir`, not from a suffix.
    public var languageFromFolder = false

    /// A language suffix that is not one of the site's languages.
    public struct UnknownLanguage: Error, Equatable, Sendable {
        public var suffix: String
        public var fileName: String
    }

    /// The parts of a Markdown file's path inside `content/`, or the unknown suffix it has.
    /// Only the last dot-separated part before `.md` can be a language: `a.b.es.md` is `a.b` in Spanish.
    /// `languageFolders` (`es` → es, from a language's `contentDir`) give the language of the files
    /// below them, as Hugo's per-language content folders; a suffix still wins. A Hugo leaf bundle's
    /// `post/b/index.md` is the page `post/b`.
    public static func parse(
        _ path: String, languageCodes: [String], defaultLanguageCode: String, languageFolders: [String: String] = [:]
    ) -> Result<ContentPath, UnknownLanguage> {
        var components = ByteSplit.parts(of: path, separator: UInt8(ascii: "/")).map(String.init)
        let fileName = components.last ?? path
        var languageCode = defaultLanguageCode
        var languageFromFolder = false
        // Longest matching language folder first (`es` and `es/blog` could both be declared).
        for (folder, code) in languageFolders.sorted(by: { $0.key.count > $1.key.count }) where path.hasPrefix(folder + "/") {
            components.removeFirst(folder.split(separator: "/").count)
            languageCode = code
            languageFromFolder = true
            break
        }
        var sectionPath = components.dropLast().joined(separator: "/")

        var nameParts = ByteSplit.parts(of: fileName, separator: UInt8(ascii: "."), omittingEmpty: false).map(String.init)
        nameParts.removeLast()  // "md"
        if nameParts.count >= 2, let suffix = nameParts.last {
            guard languageCodes.contains(suffix) else { return .failure(UnknownLanguage(suffix: suffix, fileName: fileName)) }
            languageCode = suffix
            nameParts.removeLast()
        }
        var baseName = nameParts.joined(separator: ".")
        var isBundle = false
        if baseName == "index", components.count >= 2 {
            baseName = components[components.count - 2]
            sectionPath = components.dropLast(2).joined(separator: "/")
            isBundle = true
        }
        var parts = ContentPath(path: path, sectionPath: sectionPath, baseName: baseName, languageCode: languageCode)
        parts.isBundle = isBundle
        parts.languageFromFolder = languageFromFolder
        return .success(parts)
    }

    /// What joins a file to its translations unless front matter says otherwise.
    public var translationKey: String { Self.translationKey(sectionPath: sectionPath, baseName: baseName) }

    public var kind: Page.Kind { Self.kind(sectionPath: sectionPath, baseName: baseName) }

    /// The path inside `content/` without language suffix and extension (`programmes/foo`).
    static func translationKey(sectionPath: String, baseName: String) -> String {
        sectionPath.isEmpty ? baseName : sectionPath + "/" + baseName
    }

    /// `_index` files are a section's own page, or at the root the home page; all others are regular.
    static func kind(sectionPath: String, baseName: String) -> Page.Kind {
        baseName == "_index" ? (sectionPath.isEmpty ? .home : .section) : .regular
    }
}
