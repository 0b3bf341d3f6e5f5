/// What a content file's path alone says about it, decided before the file is read (as
/// Zola's `FileInfo`): its folder, its base name, its language (the suffix in
/// `name.es.md`, or the default language without one), the key that joins it to its
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

    /// A language suffix that is not one of the site's languages.
    public struct UnknownLanguage: Error, Equatable, Sendable {
        public var suffix: String
        public var fileName: String
    }

    /// The parts of a Markdown file's path inside `content/`, or the unknown suffix it has.
    /// Only the last dot-separated part before `.md` can be a language: `a.b.es.md` is `a.b` in Spanish.
    public static func parse(_ path: String, languageCodes: [String], defaultLanguageCode: String) -> Result<ContentPath, UnknownLanguage> {
        let components = ByteSplit.parts(of: path, separator: UInt8(ascii: "/")).map(String.init)
        let fileName = components.last ?? path
        let sectionPath = components.dropLast().joined(separator: "/")

        var nameParts = ByteSplit.parts(of: fileName, separator: UInt8(ascii: "."), omittingEmpty: false).map(String.init)
        nameParts.removeLast()  // "md"
        var languageCode = defaultLanguageCode
        if nameParts.count >= 2, let suffix = nameParts.last {
            guard languageCodes.contains(suffix) else { return .failure(UnknownLanguage(suffix: suffix, fileName: fileName)) }
            languageCode = suffix
            nameParts.removeLast()
        }
        return .success(ContentPath(path: path, sectionPath: sectionPath, baseName: nameParts.joined(separator: "."), languageCode: languageCode))
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
