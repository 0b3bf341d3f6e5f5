/// Everything the render stage reads: the linked site, each page's rendered
/// Markdown (same indexes as `site.pages`), the theme, and the build date.
public struct RenderInput: Sendable {
    public var site: Site
    public var markdown: [RenderedMarkdown]
    public var theme: Theme
    public var buildDate: CalendarDate
    /// Links between programmes, agendas, partner lists and event lists.
    public var references: ProgrammeReferences?
    /// Agendas, partner lists and event lists read from their pages.
    public var programme = ProgrammeData()
    /// The site's tags, when the stages made them already (the render makes them otherwise).
    var tags: TagIndex?
    /// Extra HTML put before `</body>` of every page (the dev server's live reload); empty for builds.
    public var bodySuffix: String
    /// How far stale translations are behind their sources (`page.translation`); nil: not said.
    public var translationLag: TranslationLag?
    /// Each page's HTML, handed to the page's one render and let go there, when a build
    /// renders every page once (`markdown`'s HTML is then empty); nil: read from `markdown`.
    var pageHTML: HandOffSlots<String>?

    public init(site: Site, markdown: [RenderedMarkdown], theme: Theme, buildDate: CalendarDate, bodySuffix: String = "") {
        self.site = site
        self.markdown = markdown
        self.theme = theme
        self.buildDate = buildDate
        self.bodySuffix = bodySuffix
    }
}
