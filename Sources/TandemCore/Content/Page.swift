/// One page of the site in one language: a content file with its parsed front
/// matter, or a page Tandem makes itself (a home or section page nobody wrote).
public struct Page: Sendable, Identifiable {
    public enum Kind: String, Sendable {
        case home, section, regular
    }

    /// Unique across the site: `es:programmes/foo`.
    public var id: String { languageCode + ":" + translationKey }
    public var kind: Kind
    public var languageCode: String
    /// The folder in `content/`: "" for the home page and root pages.
    public var sectionPath: String
    /// Joins a page with its translations.
    public var translationKey: String
    /// The URL segment of this page (empty for home and section pages).
    public var slug: String
    public var frontMatter: FrontMatter
    public var body: String
    public var bodyFirstLine: Int
    /// Nil for pages Tandem made itself.
    public var source: SourceFile?
    /// Site path of the page, set by the link stage: `es/programas/foo/`.
    public var sitePath: String = ""

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
}
