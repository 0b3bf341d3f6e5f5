import Foundation

/// Builds the data a template sees for one page. The shape is the theme
/// contract documented in docs/themes.md ("Template data reference"): keep them in step.
struct PageContextBuilder {
    var input: RenderInput
    var dateTexts: [String: DateText]
    /// The site's tags and their pages' paths.
    let tags: TagIndex
    /// What every page of a language shares, made once per language rather than per page.
    private var commons: [String: [String: TemplateValue]] = [:]
    /// Each language's menu with each top section marked active, made once rather than per
    /// page; a section the menu does not show gets the menu with none active (key nil).
    private var menus: [String: [String?: TemplateValue]] = [:]

    init(input: RenderInput) {
        self.input = input
        var dateTexts: [String: DateText] = [:]
        for language in input.site.config.languages {
            dateTexts[language.code] = DateText(locale: language.locale, format: input.theme.strings[language.code]?["date_format"])
        }
        self.dateTexts = dateTexts
        tags = input.tags ?? TagIndex(site: input.site, theme: input.theme)
        for language in input.site.config.languages {
            commons[language.code] = makeCommon(language: language.code)
            var byActive: [String?: TemplateValue] = [nil: .list(menu(language: language.code, activeSection: nil))]
            for section in menuSections(language: language.code) {
                byActive[section] = .list(menu(language: language.code, activeSection: section))
            }
            menus[language.code] = byActive
        }
    }

    var site: Site { input.site }
    var baseURL: BaseURL { site.config.baseURL }

    func url(_ index: Int) -> String { baseURL.path(site.pages[index].sitePath) }
    func permalink(_ index: Int) -> String { baseURL.absolute(site.pages[index].sitePath) }

    func date(_ date: CalendarDate?, language: String) -> TemplateValue {
        guard let date else { return .bool(false) }
        return .map(["iso": .text(date.iso), "text": .text(dateTexts[language]?.string(date) ?? date.iso)])
    }

    func summary(_ index: Int) -> String {
        if let summary = site.pages[index].frontMatter.summary, !summary.isEmpty { return summary }
        guard let first = input.markdown[index].firstParagraph else { return "" }
        return first.count > 200 ? first.prefix(197).trimmingSpaces() + "…" : first
    }

    func card(_ index: Int) -> [String: TemplateValue] {
        let languageCode = site.pages[index].languageCode
        return [
            "title": .text(site.pages[index].frontMatter.title), "url": .text(url(index)), "summary": .text(summary(index)),
            "date": date(site.pages[index].frontMatter.date, language: languageCode),
            "languageCode": .text(languageCode),
            "languageName": .text(site.config.language(languageCode)?.name ?? languageCode),
        ]
    }

    func common(language code: String) -> [String: TemplateValue] {
        commons[code] ?? makeCommon(language: code)
    }

    private func makeCommon(language code: String) -> [String: TemplateValue] {
        let menu = menu(language: code, activeSection: nil)
        let language = site.config.language(code) ?? site.config.defaultLanguage
        let prefix = site.config.languagePrefix(code)
        let home = site.home(code).map(url) ?? baseURL.path(prefix)
        let common: [String: Any] = [
            "lang": code, "langName": language.name,
            "site": ["title": language.title, "description": language.description, "home": home, "root": baseURL.path("")],
            "i18n": input.theme.strings[code] ?? [:],
            "assets": ["css": baseURL.path("assets/tandem.css"), "js": baseURL.path("assets/tandem.js"), "favicon": baseURL.path("assets/favicon.svg")],
            "feedURL": baseURL.path(prefix + "feed.xml"),
            "searchIndexURL": baseURL.path(prefix + SearchShards.folder + "index.json"),
            "ogLocale": Self.openGraphLocale(language.locale),
            "ogType": "website",
            "menu": TemplateValue.list(menu),
            "hasMenu": !menu.isEmpty,
            "bodySuffix": input.bodySuffix,
            "buildYear": String(input.buildDate.year),
        ]
        var values = common.mapValues(TemplateValue.init)
        values["i18nPlural"] = .map(input.theme.pluralData(language: code))
        if case .map(var siteData)? = values["site"] {
            siteData.merge(siteSettings(language: code)) { _, setting in setting }
            values["site"] = .map(siteData)
        }
        return values
    }

    /// Open Graph wants `es_ES`-style locales; a bare language stays as it is.
    static func openGraphLocale(_ locale: String) -> String {
        // Asked for every page's alternates: Foundation's replace was 1 % of a 10k build.
        String(String.UnicodeScalarView(locale.unicodeScalars.map { $0 == "-" ? "_" : $0 }))
    }

    /// The menu of a page whose top section is `activeSection`.
    func cachedMenu(language: String, activeSection: String?) -> TemplateValue {
        if let byActive = menus[language] { return byActive[activeSection] ?? byActive[nil] ?? .list([]) }
        return .list(menu(language: language, activeSection: activeSection))
    }

    /// The sections `menu(language:activeSection:)` can mark active.
    private func menuSections(language: String) -> [String] {
        if let entries = site.config.menus[language] {
            return entries.compactMap { entry in
                if case .section(let path) = entry.target { return path }
                return nil
            }
        }
        return site.section("", language)?.childPaths ?? []
    }

    func menu(language: String, activeSection: String?) -> [TemplateValue] {
        if let entries = site.config.menus[language] { return configuredMenu(entries, language: language, activeSection: activeSection) }
        guard let root = site.section("", language) else { return [] }
        return root.childPaths.compactMap { path in
            guard let section = site.section(path, language) else { return nil }
            return .map(["title": .text(site.pages[section.pageIndex].title), "url": .text(url(section.pageIndex)), "isActive": .bool(activeSection == path)])
        }
    }

    func context(for index: Int) -> [String: TemplateValue] {
        let page = site.pages[index]
        let code = page.languageCode
        // Only what differs per page: the renderer stacks it on the language's common data
        // (a name not found here is found there), so that is never copied per page.
        var context: [String: TemplateValue] = [:]
        let rendered = input.markdown[index]
        let html = input.pageHTML?.take(index) ?? rendered.html
        let topSection = page.sectionPath.split(separator: "/").first.map(String.init)
        context["menu"] = cachedMenu(language: code, activeSection: topSection)

        let translationIndexes = site.translations(of: index)
        var alternates: [(hreflang: String, url: String)] = [(code, permalink(index))]
        alternates += translationIndexes.map { (site.pages[$0].languageCode, permalink($0)) }
        alternates.sort { $0.hreflang < $1.hreflang }
        context["alternates"] = .list(alternates.map { .map(["hreflang": .text($0.hreflang), "url": .text($0.url)]) })
        let defaultVersion = page.kind == .home ? nil : site.translation(of: index, in: site.config.defaultLanguageCode)
        context["xDefault"] = .text(page.kind == .home
            ? baseURL.absolute("")
            : (defaultVersion.map(permalink) ?? permalink(index)))

        var switchItems: [TemplateValue] = []
        var missing: [TemplateValue] = []
        var allOnPurpose = true
        for language in site.config.languages {
            if language.code == code {
                switchItems.append(.map(["code": .text(language.code), "name": .text(language.name), "url": .text(url(index)), "isCurrent": .bool(true), "isTranslated": .bool(true)]))
                continue
            }
            if let translation = site.translation(of: index, in: language.code) {
                switchItems.append(.map(["code": .text(language.code), "name": .text(language.name), "url": .text(url(translation)), "isCurrent": .bool(false), "isTranslated": .bool(true), "isSingleLanguage": .bool(false)]))
            } else if let target = site.fallback(for: index, in: language.code) {
                let onPurpose = site.isSingleLanguage(page.translationKey, in: language.code)
                allOnPurpose = allOnPurpose && onPurpose
                let item = TemplateValue.map(["code": .text(language.code), "name": .text(language.name), "url": .text(url(target)), "isCurrent": .bool(false), "isTranslated": .bool(false), "isSingleLanguage": .bool(onPurpose)])
                switchItems.append(item)
                missing.append(item)
            }
        }
        context["languageSwitch"] = .list(switchItems)
        context["missingTranslations"] = .list(missing)
        context["isUntranslated"] = .bool(!missing.isEmpty)
        // "Only in Spanish" rather than "not translated yet" when no translation is meant to come.
        context["isSingleLanguage"] = .bool(!missing.isEmpty && allOnPurpose)

        let trail = breadcrumbs(for: index)
        context["ogLocaleAlternates"] = .list(translationIndexes.compactMap { site.config.language(site.pages[$0].languageCode).map { .text(Self.openGraphLocale($0.locale)) } })
        context["ogType"] = .text(page.kind == .regular ? "article" : "website")
        context["breadcrumbs"] = .list(trail)
        context["hasBreadcrumbs"] = .bool(trail.count > 1)
        context["canonical"] = .text(permalink(index))

        let toc = rendered.headings.filter { $0.level <= 3 }
        var pageData: [String: TemplateValue] = [
            "title": .text(page.title), "summary": .text(summary(index)), "url": .text(url(index)), "permalink": .text(permalink(index)),
            "kind": .text(page.kind.rawValue), "isHome": .bool(page.kind == .home), "isSection": .bool(page.kind == .section),
            "isRegular": .bool(page.kind == .regular), "content": .text(localizedContent(html, language: code)),
            "date": date(page.frontMatter.date, language: code),
            "tags": .list(page.frontMatter.tags.map(TemplateValue.text)), "hasTags": .bool(!page.frontMatter.tags.isEmpty),
            "tagLinks": .list(tagLinks(index)),
            "toc": .list(toc.map { .map(["level": .number($0.level), "text": .text($0.text), "id": .text($0.id)]) }),
            "hasToc": .bool(toc.count >= 3),
            "params": .map(Dictionary(page.frontMatter.params.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a })),
            "sourcePath": .text(page.source?.path ?? ""),
            "translationKey": .text(page.translationKey),
        ]
        let description = summary(index)
        pageData["description"] = .text(description.isEmpty ? (site.config.language(code)?.description ?? "") : description)
        if let section = site.section(page.kind == .regular ? page.sectionPath : page.sectionPath, code) {
            if page.kind != .regular {
                // Only list pages show the cards: building them for every regular page made the build quadratic.
                let pages = section.pageIndexes.map(card)
                pageData["pages"] = .list(pages.map(TemplateValue.map))
                pageData["hasPages"] = .bool(!pages.isEmpty)
                let children = section.childPaths.compactMap { site.section($0, code) }.map { card($0.pageIndex) }
                pageData["sections"] = .list(children.map(TemplateValue.map))
                pageData["hasSections"] = .bool(!children.isEmpty)
            } else {
                pageData["section"] = .map(card(section.pageIndex))
            }
        }
        if page.kind == .home {
            let others = untranslatedElsewhere(language: code)
            let waiting = others.filter { !$0.onPurpose }.map { $0.card }, onPurpose = others.filter { $0.onPurpose }.map { $0.card }
            pageData["untranslated"] = .list(waiting.map(TemplateValue.map))
            pageData["hasUntranslated"] = .bool(!waiting.isEmpty)
            pageData["singleLanguage"] = .list(onPurpose.map(TemplateValue.map))
            pageData["hasSingleLanguage"] = .bool(!onPurpose.isEmpty)
        }
        pageData["related"] = .map(related(for: index))
        if let translation = translationData(for: index) { pageData["translation"] = translation }
        if let agenda = input.programme.agendas[index] {
            var prose = AgendaProse(agenda: agenda, page: page, fullHTML: html, processor: MarkdownProcessor(allowRawHTML: site.config.allowRawHTML),
                                    resolver: ContentLinkResolver(site: site))
            prose.introductionHTML = localizedContent(prose.introductionHTML, language: code)
            prose.closingHTML = localizedContent(prose.closingHTML, language: code)
            prose.writtenHTML = localizedContent(prose.writtenHTML, language: code)
            context["agenda"] = TemplateValue(AgendaContext(agenda: agenda, page: page, baseURL: baseURL, strings: input.theme.strings[code] ?? [:],
                                                            dateText: dateTexts[code], prose: prose).data())
        }
        if let partners = input.programme.partnerLists[index] {
            context["partners"] = TemplateValue(PartnerContext(site: site, programme: input.programme, references: input.references, language: code, baseURL: baseURL).list(partners))
        }
        if let events = input.programme.eventLists[index] {
            context["timeline"] = TemplateValue(EventTimelineContext(list: events, page: page, buildDate: input.buildDate, dateText: dateTexts[code], baseURL: baseURL, strings: input.theme.strings[code] ?? [:]).data())
        }
        if page.kind == .section, page.sectionPath.split(separator: "/").first == "partners" {
            context["directory"] = TemplateValue(PartnerContext(site: site, programme: input.programme, references: input.references, language: code, baseURL: baseURL).directory())
        }
        context["page"] = .map(pageData)
        return context
    }

    static let checkboxMarker = Array("<input type=\"checkbox\"".utf8)
    static let footnoteMarker = Array("data-footnote-backref".utf8)

    /// cmark-gfm writes a few English or unlabeled bits into its HTML: task-list
    /// checkboxes without a label and footnote back-links labelled "Back to content".
    func localizedContent(_ html: String, language code: String) -> String {
        guard ByteSearch.contains(html, Self.checkboxMarker) || ByteSearch.contains(html, Self.footnoteMarker) else { return html }
        let strings = input.theme.strings[code] ?? [:]
        var result = html
        if let done = strings["task_done"], let open = strings["task_open"] {
            result = ByteSearch.replacing(result, "<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<input type=\"checkbox\" checked disabled aria-label=\"\(XMLText.escape(done))\">")
            result = ByteSearch.replacing(result, "<input type=\"checkbox\" disabled=\"\" />", with: "<input type=\"checkbox\" disabled aria-label=\"\(XMLText.escape(open))\">")
        }
        if let back = strings["footnote_back"] {
            result = ByteSearch.replacing(result, "aria-label=\"Back to content\"", with: "aria-label=\"\(XMLText.escape(back))\"")
        }
        return result
    }

    /// Cards for this programme's parts (`agendas`, `partners`, `events`) and for the
    /// programmes this page is part of (`partOf`), from whichever end declared the
    /// relation, each once, in this page's language when that version exists.
    func related(for index: Int) -> [String: TemplateValue] {
        guard let references = input.references else { return [:] }
        let page = site.pages[index]
        var result: [String: TemplateValue] = [:]
        func cards(_ keys: [String]) -> [TemplateValue] {
            let targets = keys.compactMap { ProgrammeReferences.target($0, language: page.languageCode, in: site) }
            return targets.enumerated().map { position, target in
                var item = card(target)
                let targetLanguage = site.pages[target].languageCode
                item["isOtherLanguage"] = .bool(targetLanguage != page.languageCode)
                // Named in the reader's language: an English page says "(Spanish)", not "(Español)".
                item["languageName"] = .text(Self.languageName(targetLanguage, in: page.languageCode))
                item["facts"] = .text(programmeFacts(target, language: page.languageCode))
                item["isFirst"] = .bool(position == 0)
                return .map(item)
            }
        }
        let parts = references.parts[page.translationKey] ?? [:]
        for (key, kind) in [("agendas", ProgrammeKind.agenda), ("partners", .partners), ("events", .events)] {
            let items = cards(parts[kind] ?? [])
            result[key] = .list(items)
            result["has" + key.prefix(1).uppercased() + key.dropFirst()] = .bool(!items.isEmpty)
        }
        let partOf = cards(references.parents[page.translationKey] ?? [])
        result["partOf"] = .list(partOf)
        result["hasPartOf"] = .bool(!partOf.isEmpty)
        return result
    }

    /// `es` written in `language`: "Spanish" in English, "español" in Spanish; the code itself if Foundation has no name.
    static func languageName(_ code: String, in language: String) -> String {
        Locale(identifier: language).localizedString(forLanguageCode: code) ?? code
    }

    /// One line saying what an agenda, partner list or event list holds, for programme pages.
    func programmeFacts(_ index: Int, language code: String) -> String {
        let theme = input.theme
        if let agenda = input.programme.agendas[index] {
            // "{days}, {sessions}": each part is a plural UI string of its own.
            var facts = (theme.strings[code]?["agenda_facts"] ?? "")
                .replacingOccurrences(of: "{days}", with: theme.text("agenda_days", count: agenda.days.count, language: code))
                .replacingOccurrences(of: "{sessions}", with: theme.text("agenda_sessions", count: agenda.sessions.count, language: code))
            if let span = agenda.dateSpan, let text = dateTexts[code] {
                facts += " · " + (span.lowerBound == span.upperBound ? text.string(span.lowerBound) : text.string(span.lowerBound) + " – " + text.string(span.upperBound))
            }
            return facts
        }
        if let partners = input.programme.partnerLists[index] {
            let names = partners.prefix(4).map(\.displayName).joined(separator: "; ")
            return theme.text("partner_facts", count: partners.count, language: code) + (names.isEmpty ? "" : ": " + names + (partners.count > 4 ? "…" : ""))
        }
        if let events = input.programme.eventLists[index] {
            let sorted = events.sorted
            var facts = theme.text("event_facts", count: sorted.count, language: code)
            if let first = sorted.first, let last = sorted.last { facts += " · \(first.start.year)–\(last.end.year)" }
            return facts
        }
        return ""
    }

    func breadcrumbs(for index: Int) -> [TemplateValue] {
        let page = site.pages[index]
        var trail: [Int] = []
        if let home = site.home(page.languageCode) { trail.append(home) }
        var components: [String] = []
        for component in page.sectionPath.split(separator: "/") {
            components.append(String(component))
            if let section = site.section(components.joined(separator: "/"), page.languageCode), !trail.contains(section.pageIndex) {
                trail.append(section.pageIndex)
            }
        }
        if !trail.contains(index) { trail.append(index) }
        return trail.map { .map(["title": .text(site.pages[$0].title), "url": .text(url($0)), "isCurrent": .bool($0 == index)]) }
    }

    /// Pages that exist in another language and not in this one, for the home page (see `Site.untranslatedElsewhere`);
    /// `onPurpose` for those that stay in one language on purpose (`translate: false`, `translation.skip`).
    func untranslatedElsewhere(language code: String) -> [(card: [String: TemplateValue], onPurpose: Bool)] {
        site.untranslatedElsewhere(language: code).map { (card($0), site.isSingleLanguage(site.pages[$0].translationKey, in: code)) }
    }
}
