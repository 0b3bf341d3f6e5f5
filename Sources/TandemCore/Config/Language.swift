/// One language the site is published in, as declared in `tandem.yaml`.
public struct Language: Hashable, Sendable {
    /// The code used in file suffixes and URLs: `es` in `foo.es.md` and `/es/`.
    public var code: String
    /// The language's own name for itself, shown in the language switch: "Español".
    public var name: String
    /// The site title in this language.
    public var title: String
    /// The site description in this language, used where a page has no summary.
    public var description: String
    /// BCP 47 locale used for dates, collation and country names (`es`, `en-GB`).
    public var locale: String
    /// A folder (relative to the site folder, `content/es`) that holds this language's
    /// pages without language suffixes, as Hugo's `languages.<code>.contentDir`; nil when
    /// the language is told by the file name suffix (`foo.es.md`).
    public var contentDir: String?

    public init(code: String, name: String, title: String, description: String, locale: String? = nil) {
        self.code = code
        self.name = name
        self.title = title
        self.description = description
        self.locale = locale ?? code
    }
}
