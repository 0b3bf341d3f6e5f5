/// The tags of a site's pages, per language, and where their pages go:
/// `/<lang>/<segment>/` lists a language's tags and `/<lang>/<segment>/<tag>/`
/// the pages with one tag. The segment is the UI string `tags_url`
/// (`etiquetas`, `tags`), so each language's URLs read in that language.
///
/// Tags are told apart by their slug: "ODS" and "ods" are one tag, shown as
/// spelled on the first page (in page order) that uses it.
struct TagIndex: Sendable, Equatable {
    struct Tag: Sendable, Hashable {
        var name: String
        var slug: String
        /// Page indexes, newest date first, then by title.
        var pages: [Int]
    }

    /// language code → its tags, sorted by slug.
    private(set) var tags: [String: [Tag]] = [:]
    /// language code → URL segment of its tag pages.
    private(set) var segments: [String: String] = [:]

    /// The site's language codes, in its order.
    private(set) var languageOrder: [String] = []

    init(site: Site, theme: Theme?) {
        languageOrder = site.config.languageCodes
        for language in site.config.languageCodes {
            let written = theme?.strings[language]?["tags_url"] ?? "tags"
            segments[language] = Slug.isValidSegment(written) ? written : Slug.make(written).isEmpty ? "tags" : Slug.make(written)
        }
        var byLanguage: [String: [String: Tag]] = [:]
        for (index, page) in site.pages.enumerated() where !page.frontMatter.tags.isEmpty {
            for name in page.frontMatter.tags {
                let slug = Slug.make(name)
                guard !slug.isEmpty else { continue }
                byLanguage[page.languageCode, default: [:]][slug, default: Tag(name: name, slug: slug, pages: [])].pages.append(index)
            }
        }
        for (language, bySlug) in byLanguage {
            tags[language] = bySlug.values.map { tag in
                var tag = tag
                var seen = Set<Int>()
                tag.pages = tag.pages.filter { seen.insert($0).inserted }.sorted { a, b in
                    let (x, y) = (site.pages[a], site.pages[b])
                    // Newest first, undated last; dates compared as dates, not as formatted text
                    // (formatting them in every comparison cost a tenth of a 10k-page build).
                    let (dx, dy) = (x.frontMatter.date, y.frontMatter.date)
                    if dx != dy {
                        guard let dx else { return false }
                        guard let dy else { return true }
                        return dx > dy
                    }
                    return (x.title, x.sitePath) < (y.title, y.sitePath)
                }
                return tag
            }.sorted { $0.slug < $1.slug }
        }
    }

    /// `es/etiquetas/`: the page listing a language's tags.
    func indexPath(_ language: String) -> String { language + "/" + (segments[language] ?? "tags") + "/" }

    /// `es/etiquetas/ods/`: the page listing one tag's pages.
    func path(_ language: String, slug: String) -> String { indexPath(language) + slug + "/" }

    func tags(_ language: String) -> [Tag] { tags[language] ?? [] }

    func tag(_ language: String, slug: String) -> Tag? { tags(language).first { $0.slug == slug } }

    /// One generated page: a language's tag list (`slug` nil) or one tag's page.
    struct PageID: Hashable, Sendable {
        var language: String
        var slug: String?
    }

    /// Every tag page, in the order the renderer writes them: per language (in the site's
    /// order) with tags, its list, then each tag.
    var pageIDs: [PageID] {
        languageOrder.flatMap { language in
            tags(language).isEmpty ? [] : [PageID(language: language, slug: nil)] + tags(language).map { PageID(language: language, slug: $0.slug) }
        }
    }

    func sitePath(of page: PageID) -> String { page.slug.map { path(page.language, slug: $0) } ?? indexPath(page.language) }

    /// The site path of every tag page, the index pages included (only for languages with tags).
    var sitePaths: [String] {
        tags.keys.sorted().flatMap { language in [indexPath(language)] + tags(language).map { path(language, slug: $0.slug) } }
    }
}
