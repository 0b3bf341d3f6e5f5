/// Template data of tag chips and of the generated tag pages (`TagIndex`).
extension PageContextBuilder {
    /// `page.tagLinks`: each of a page's tags with the URL of its tag page.
    func tagLinks(_ index: Int) -> [TemplateValue] {
        let page = site.pages[index]
        var seen = Set<String>()
        return page.frontMatter.tags.compactMap { name in
            let slug = Slug.make(name)
            guard !slug.isEmpty, seen.insert(slug).inserted else { return nil }
            return .map(["name": .text(name), "url": .text(baseURL.path(tags.path(page.languageCode, slug: slug)))])
        }
    }

    /// The page of one tag (`slug`), or of a language's tag list (`slug` nil): the
    /// shape of a section page's data, with the tag's pages as `page.pages`.
    func tagPageContext(language: String, slug: String?) -> [String: TemplateValue] {
        let strings = input.theme.strings[language] ?? [:]
        let tag = slug.flatMap { tags.tag(language, slug: $0) }
        let sitePath = tag.map { tags.path(language, slug: $0.slug) } ?? tags.indexPath(language)
        let indexTitle = strings["tags"] ?? "Tags"
        var context: [String: TemplateValue] = [:]
        var pageData: [String: TemplateValue] = [
            "title": .text(tag?.name ?? indexTitle), "url": .text(baseURL.path(sitePath)), "permalink": .text(baseURL.absolute(sitePath)),
            "kind": .text(tag == nil ? "tags" : "tag"), "isTag": .bool(tag != nil), "isTagIndex": .bool(tag == nil),
            "isHome": .bool(false), "isSection": .bool(false), "isRegular": .bool(false),
            "description": .text(site.config.language(language)?.description ?? ""),
        ]
        if let tag {
            let cards = tag.pages.map { TemplateValue.map(card($0)) }
            pageData["pages"] = .list(cards)
            pageData["hasPages"] = .bool(!cards.isEmpty)
            pageData["count"] = .text(input.theme.text("tag_pages", count: tag.pages.count, language: language))
        } else {
            let list = tags.tags(language).map { tag -> TemplateValue in
                .map([
                    "name": .text(tag.name), "url": .text(baseURL.path(tags.path(language, slug: tag.slug))),
                    "count": .text(input.theme.text("tag_pages", count: tag.pages.count, language: language)),
                ])
            }
            pageData["tags"] = .list(list)
            pageData["hasTags"] = .bool(!list.isEmpty)
        }
        context["page"] = .map(pageData)
        context["canonical"] = .text(baseURL.absolute(sitePath))

        var trail: [TemplateValue] = []
        if let home = site.home(language) { trail.append(.map(["title": .text(site.pages[home].title), "url": .text(url(home)), "isCurrent": .bool(false)])) }
        trail.append(.map(["title": .text(indexTitle), "url": .text(baseURL.path(tags.indexPath(language))), "isCurrent": .bool(tag == nil)]))
        if let tag { trail.append(.map(["title": .text(tag.name), "url": .text(baseURL.path(sitePath)), "isCurrent": .bool(true)])) }
        context["breadcrumbs"] = .list(trail)
        context["hasBreadcrumbs"] = .bool(true)

        // Other languages: the same tag when they have it, else their tag list, else their home.
        var switchItems: [TemplateValue] = []
        var alternates: [TemplateValue] = []
        for other in site.config.languages {
            let otherPath: String?
            if other.code == language {
                otherPath = sitePath
            } else if let slug = tag?.slug, tags.tag(other.code, slug: slug) != nil {
                otherPath = tags.path(other.code, slug: slug)
            } else if !tags.tags(other.code).isEmpty {
                otherPath = tag == nil ? tags.indexPath(other.code) : nil
            } else {
                otherPath = nil
            }
            let target = otherPath.map(baseURL.path) ?? site.home(other.code).map(url) ?? baseURL.path(other.code + "/")
            switchItems.append(.map([
                "code": .text(other.code), "name": .text(other.name), "url": .text(target),
                "isCurrent": .bool(other.code == language), "isTranslated": .bool(otherPath != nil),
            ]))
            if let otherPath { alternates.append(.map(["hreflang": .text(other.code), "url": .text(baseURL.absolute(otherPath))])) }
        }
        context["languageSwitch"] = .list(switchItems)
        context["alternates"] = .list(alternates)
        context["missingTranslations"] = .list([])
        context["isUntranslated"] = .bool(false)
        return context
    }
}
