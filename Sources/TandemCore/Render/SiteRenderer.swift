import Foundation

/// The render stage: every page through its template, plus the files a site
/// needs around its pages (language chooser, 404 pages, alias redirects,
/// sitemap, robots.txt, theme assets).
public struct SiteRenderer: Sendable {
    public let input: RenderInput
    /// Made once: it holds a date formatter per language, too costly to make per page.
    let builder: PageContextBuilder

    public init(input: RenderInput) {
        self.input = input
        builder = PageContextBuilder(input: input)
    }

    var site: Site { input.site }

    /// Renders page `index`. Safe to call concurrently: the site and theme are read-only.
    public func renderPage(_ index: Int) -> OutputFile {
        let page = site.pages[index]
        let stack: [TemplateValue] = [.map(builder.common(language: page.languageCode)), .map(builder.context(for: index))]
        let html = input.theme.library.renderUTF8(stack: stack, withTemplate: input.theme.template(for: page)) ?? []
        return OutputFile(path: page.sitePath + "index.html", utf8: html)
    }

    /// Everything that is not a content page.
    public func renderSiteFiles() -> [OutputFile] {
        // Each language's search index, the tag pages, and the sitemap with the programme
        // exports do not depend on each other, and each has a part that runs on one core only
        // (a language's shards are assembled in one pass): made side by side, they keep both
        // cores busy. (A build has handed each page's HTML to its render by now, so holding
        // two languages' page terms at once does not raise the peak.) Each part lands in its
        // own slot: the same files, in the same order.
        let languages = site.config.languageCodes
        let renderer = self
        let parts = Parallel.map(2 + languages.count) { job -> (sitemap: String, files: [OutputFile]) in
            switch job {
            case 0:
                return ("", renderer.tagPages())
            case 1:
                return (SitemapWriter(site: renderer.site).xml(extraEntries: renderer.tagSitemapEntries()), renderer.programmeExports())
            default:
                let search = SearchIndexWriter(site: renderer.site, markdown: renderer.input.markdown, summaries: renderer.builder.summary)
                return ("", search.files(language: languages[job - 2]))
            }
        }
        let searchFiles = Dictionary(zip(languages, parts[2...].map(\.files)), uniquingKeysWith: { first, _ in first })
        return renderSiteFiles(sitemap: parts[1].sitemap, searchIndex: { searchFiles[$0] ?? [] }, exports: parts[1].files, tagPages: parts[0].files)
    }

    /// The site files around the sitemap, search indexes, programme exports and tag pages
    /// made by the caller (the dev server reuses the parts of pages that did not change).
    func renderSiteFiles(sitemap: @autoclosure () -> String, searchIndex: (String) -> [OutputFile], exports: [OutputFile], tagPages: [OutputFile]) -> [OutputFile] {
        let config = site.config
        var files: [OutputFile] = []

        var chooser = builder.common(language: config.defaultLanguageCode)
        chooser["languages"] = TemplateValue(config.languages.map { language -> [String: Any] in
            let home = site.home(language.code).map(builder.url) ?? config.baseURL.path(config.languagePrefix(language.code))
            return [
                "code": language.code, "name": language.name, "title": language.title,
                "description": language.description, "url": home,
                "permalink": config.baseURL.absolute(config.languagePrefix(language.code)),
                "enter": input.theme.strings[language.code]?["enter_site"] ?? language.name,
            ]
        })
        chooser["chooserTitle"] = TemplateValue(config.languages.map(\.title).joined(separator: " · "))
        chooser["alternates"] = TemplateValue(config.languages.map { ["hreflang": $0.code, "url": config.baseURL.absolute(config.languagePrefix($0.code))] })
        chooser["xDefault"] = TemplateValue(config.baseURL.absolute(""))
        chooser["canonical"] = TemplateValue(config.baseURL.absolute(""))
        // With the default language at the root, its home page is the site's index.html.
        if !config.hasRootLanguage { files.append(OutputFile(path: "index.html", text: render(chooser, "chooser"))) }

        for language in config.languages where !config.languagePrefix(language.code).isEmpty {
            var context = builder.common(language: language.code)
            context["is404"] = TemplateValue(true)
            context["page"] = TemplateValue(["title": input.theme.strings[language.code]?["not_found_title"] ?? "404", "isRegular": true])
            context["otherLanguages"] = TemplateValue(config.languages.filter { $0.code != language.code }.map { other in
                ["code": other.code, "name": other.name, "url": site.home(other.code).map(builder.url) ?? config.baseURL.path(config.languagePrefix(other.code))]
            })
            files.append(OutputFile(path: language.code + "/404.html", text: render(context, "404")))
        }
        var rootNotFound = builder.common(language: config.defaultLanguageCode)
        rootNotFound["is404"] = TemplateValue(true)
        rootNotFound["isRoot"] = TemplateValue(true)
        rootNotFound["page"] = TemplateValue(["title": input.theme.strings[config.defaultLanguageCode]?["not_found_title"] ?? "404", "isRegular": true])
        rootNotFound["otherLanguages"] = TemplateValue(config.languages.filter { $0.code != config.defaultLanguageCode }.map { other in
            ["code": other.code, "name": other.name, "url": site.home(other.code).map(builder.url) ?? config.baseURL.path(config.languagePrefix(other.code))]
        })
        files.append(OutputFile(path: "404.html", text: render(rootNotFound, "404")))

        for alias in site.aliases {
            let target = site.pages[alias.pageIndex]
            var context = builder.common(language: target.languageCode)
            context["target"] = TemplateValue(["url": builder.url(alias.pageIndex), "permalink": builder.permalink(alias.pageIndex), "title": target.title])
            let path = alias.path.hasSuffix("/") ? alias.path + "index.html" : alias.path
            files.append(OutputFile(path: path, text: render(context, "alias")))
        }
        files.append(OutputFile(path: "sitemap.xml", text: sitemap()))
        for language in config.languageCodes {
            files += searchIndex(language)
        }
        let feeds = AtomFeedWriter(site: site, summaries: builder.summary)
        for language in config.languageCodes {
            files.append(OutputFile(path: config.languagePrefix(language) + "feed.xml", text: feeds.xml(language: language)))
        }
        files.append(OutputFile(path: "robots.txt", text: robots()))
        files += tagPages
        files += exports
        return files
    }

    /// `.ics` calendars (a whole agenda, each session, each event list) and each agenda's `schedule.json`.
    public func programmeExports() -> [OutputFile] {
        // Made on every core (a few thousand calendars at 10k pages), joined in page order.
        let agendas = input.programme.agendas.keys.sorted()
        let eventLists = input.programme.eventLists.keys.sorted()
        let renderer = self
        return Parallel.map(agendas.count + eventLists.count) { position in
            position < agendas.count
                ? renderer.agendaExports(agendas[position])
                : renderer.eventListExports(eventLists[position - agendas.count])
        }.flatMap { $0 }
    }

    /// The `.ics` files and `schedule.json` of the agenda on page `index`; none for an agenda
    /// without sessions (an empty calendar is no use to anyone, and the page offers none).
    func agendaExports(_ index: Int) -> [OutputFile] {
        guard let agenda = input.programme.agendas[index], AgendaContext.hasExports(agenda) else { return [] }
        let calendars = ICalendarWriter(buildDate: input.buildDate)
        let page = site.pages[index]
        let pageURL = site.config.baseURL.hasOrigin ? site.config.baseURL.absolute(page.sitePath) : nil
        var files = [OutputFile(path: AgendaContext.calendarPath(page), text: calendars.calendar(for: agenda, pageURL: pageURL))]
        for (session, id) in zip(agenda.sessions, SessionIDs.make(agenda.sessions)) {
            files.append(OutputFile(path: AgendaContext.sessionCalendarPath(page, sessionID: id),
                                    text: calendars.calendar(for: session, in: agenda, sessionID: id, pageURL: pageURL)))
        }
        let exporter = AgendaJSONExporter(baseURL: site.config.baseURL.hasOrigin ? site.config.baseURL.absolute(page.sitePath) : nil)
        if let json = try? exporter.data(for: agenda) {
            files.append(OutputFile(path: AgendaContext.jsonPath(page), data: json))
        }
        return files
    }

    /// The `.ics` file of the event list on page `index`; none for a list without dated events.
    func eventListExports(_ index: Int) -> [OutputFile] {
        guard let list = input.programme.eventLists[index], EventTimelineContext.hasCalendar(list) else { return [] }
        let page = site.pages[index]
        return [OutputFile(
            path: EventTimelineContext.calendarPath(page),
            text: ICalendarWriter(buildDate: input.buildDate).calendar(
                for: list.sorted, key: page.translationKey, language: page.languageCode, title: page.title,
                pageURL: site.config.baseURL.hasOrigin ? site.config.baseURL.absolute(page.sitePath) : nil))]
    }

    private func render(_ context: [String: TemplateValue], _ template: String) -> String {
        input.theme.library.render(.map(context), withTemplate: template) ?? ""
    }

    private func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if site.config.baseURL.hasOrigin { text += "Sitemap: \(site.config.baseURL.absolute("sitemap.xml"))\n" }
        return text
    }
}
