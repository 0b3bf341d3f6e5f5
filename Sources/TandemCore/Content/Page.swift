/// One page of the site in one language: a content file with its parsed front
/// matter, or a page Tandem makes itself (a home or section page nobody wrote).
public struct Page: Sendable, Identifiable {
    public enum Kind: String, Sendable {
        case home, section, regular
    }

    /// Unique across the site: `es:programmes/foo`.
    public var id: String { languageCode + ":" + translationKey }
    public var kind: Kind {
        get { storage.kind }
        set { unique().kind = newValue }
    }
    public var languageCode: String {
        get { storage.languageCode }
        set { unique().languageCode = newValue }
    }
    /// The folder in `content/`: "" for the home page and root pages.
    public var sectionPath: String {
        get { storage.sectionPath }
        set { unique().sectionPath = newValue }
    }
    /// Joins a page with its translations.
    public var translationKey: String {
        get { storage.translationKey }
        set { unique().translationKey = newValue }
    }
    /// The URL segment of this page (empty for home and section pages).
    public var slug: String {
        get { storage.slug }
        set { unique().slug = newValue }
    }
    public var frontMatter: FrontMatter {
        get { storage.frontMatter }
        set { unique().frontMatter = newValue }
    }
    public var body: String {
        get { String(storage.body) }
        set { unique().body = newValue[...] }
    }
    /// The body as stored: a slice of the file's text, shared with it (`body` copies it out).
    var bodySlice: Substring { storage.body }
    public var bodyFirstLine: Int {
        get { storage.bodyFirstLine }
        set { unique().bodyFirstLine = newValue }
    }
    /// Nil for pages Tandem made itself.
    public var source: SourceFile? {
        get { storage.source }
        set { unique().source = newValue }
    }
    /// Site path of the page, set by the link stage: `es/programas/foo/`.
    public var sitePath: String {
        get { storage.sitePath }
        set { unique().sitePath = newValue }
    }

    public var title: String { frontMatter.title }
    /// `content/…` path, or a description for made-up pages, for messages.
    public var displayPath: String { source?.path ?? "(\(kind.rawValue) page for \(languageCode))" }
    public var location: SourceLocation { source?.location() ?? SourceLocation(path: displayPath) }
    public var isGenerated: Bool { source == nil }
    public var isDraft: Bool { frontMatter.draft }

    public init(
        kind: Kind, languageCode: String, sectionPath: String, translationKey: String, slug: String,
        frontMatter: FrontMatter, body: String = "", bodyFirstLine: Int = 1, source: SourceFile? = nil
    ) {
        self.init(
            kind: kind, languageCode: languageCode, sectionPath: sectionPath, translationKey: translationKey, slug: slug,
            frontMatter: frontMatter, body: body[...], bodyFirstLine: bodyFirstLine, source: source)
    }

    /// A page whose body is a slice of its file's text (`source.text`), sharing its bytes.
    init(
        kind: Kind, languageCode: String, sectionPath: String, translationKey: String, slug: String,
        frontMatter: FrontMatter, body: Substring, bodyFirstLine: Int, source: SourceFile?
    ) {
        storage = Storage(
            kind: kind, languageCode: languageCode, sectionPath: sectionPath, translationKey: translationKey, slug: slug,
            frontMatter: frontMatter, body: body, bodyFirstLine: bodyFirstLine, source: source)
    }

    /// The fields live in one box that copies share until one of them changes (copy on
    /// write). Pages are copied wherever they are read (`let page = site.pages[i]`, arrays of
    /// pages), and copying a dozen fields with their references each time was 3 % of a
    /// 10k-page build; a copy is now one reference.
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    private final class Storage: @unchecked Sendable {
        // Unchecked: a box is only changed through `unique()`, when no other page shares it.
        var kind: Kind
        var languageCode: String
        var sectionPath: String
        var translationKey: String
        var slug: String
        var frontMatter: FrontMatter
        var body: Substring
        var bodyFirstLine: Int
        var source: SourceFile?
        var sitePath = ""

        init(
            kind: Kind, languageCode: String, sectionPath: String, translationKey: String, slug: String,
            frontMatter: FrontMatter, body: Substring, bodyFirstLine: Int, source: SourceFile?
        ) {
            self.kind = kind
            self.languageCode = languageCode
            self.sectionPath = sectionPath
            self.translationKey = translationKey
            self.slug = slug
            self.frontMatter = frontMatter
            self.body = body
            self.bodyFirstLine = bodyFirstLine
            self.source = source
        }

        func copy() -> Storage {
            let copy = Storage(
                kind: kind, languageCode: languageCode, sectionPath: sectionPath, translationKey: translationKey, slug: slug,
                frontMatter: frontMatter, body: body, bodyFirstLine: bodyFirstLine, source: source)
            copy.sitePath = sitePath
            return copy
        }
    }
}
