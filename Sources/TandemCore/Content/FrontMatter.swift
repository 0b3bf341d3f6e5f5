/// The typed front matter of a page. Fields Tandem understands are checked
/// and typed; every other key is kept in `params` for templates, as written.
public struct FrontMatter: Hashable, Sendable {
    public var title: String
    public var slug: String?
    public var date: CalendarDate?
    /// `lastmod`: when the page last changed (the sitemap's and Atom's updated date), as in Hugo.
    public var lastmod: CalendarDate?
    public var summary: String?
    public var tags: [String] = []
    public var weight: Int?
    public var draft: Bool = false
    public var translationKey: String?
    public var aliases: [String] = []
    /// `source_hash`: the hash of the source-language body this translation was made from.
    public var sourceHash: String?
    /// `scaffolded_from`: the hash of the source body `tandem translate` scaffolded this
    /// file from. Unlike `source_hash` it says nothing about the translation being done.
    public var scaffoldedFrom: String?
    /// `translate: false`: the page stays in the language(s) it has on purpose; the
    /// others are `single-language`, not missing. Nil when not written.
    public var translate: Bool?
    /// `layout`: which template renders the page, instead of the section's.
    public var layout: String?
    /// Every key, known or not, in the order written, for templates and programme data.
    public var entries: [FrontMatterEntry] = []
    /// Where the front matter starts, for errors about the whole block.
    public var location: SourceLocation

    public init(title: String, location: SourceLocation) {
        self.title = title
        self.location = location
    }

    public subscript(key: String) -> FrontMatterValue? { entries.first { $0.key == key }?.value }

    /// Where a key was written, or the front matter's start when it was not.
    public func location(of key: String) -> SourceLocation {
        entries.first { $0.key == key }?.location ?? location
    }

    /// Keys that are not Tandem's own, for `{{params.key}}` in templates.
    public var params: [FrontMatterEntry] {
        entries.filter { !FrontMatterParser.knownKeys.contains($0.key) }
    }
}
