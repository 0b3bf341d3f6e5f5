/// Every file a build will write, each with what asked for it, made before
/// anything is written. Two claims on one file, or a file where another claim
/// needs a folder (`feed.xml` and `feed.xml/index.html`), are errors at the
/// lines of both sources, instead of one silently overwriting the other or
/// the write failing halfway with "Is a directory".
///
/// The paths are those `SiteRenderer` writes (a test checks the two agree):
/// pages, alias redirects, the chooser, 404 pages, sitemap, search indexes,
/// feeds, robots.txt, programme exports, theme assets and static files.
struct OutputPathTable {
    /// What asked for a file.
    enum Claim: Equatable {
        case page(Int)
        case alias(pageIndex: Int, written: String)
        case export(pageIndex: Int)
        /// Made by Tandem for the whole site: "the language chooser", "the sitemap", …
        case builtIn(String)
        /// A folder Tandem fills whole, its files known only when written (a language's search
        /// shards): the path ends with `/`, and nothing else may write inside it.
        case builtInFolder(String)
        case asset(String)
        case staticFile(String)
        /// A file of a page bundle, copied beside the page (its source path in the site).
        case bundleFile(String)
    }

    private(set) var claims: [(path: String, claim: Claim)] = []

    /// The table of `site`, with the programme exports of `programme`, the theme's asset files
    /// and the site's static files (paths relative to their folders).
    init(site: Site, programme: ProgrammeData, assetFiles: [String], staticFiles: [String], tagPaths: [String] = []) {
        for (index, page) in site.pages.enumerated() { claims.append((page.sitePath + "index.html", .page(index))) }
        let config = site.config
        // With the default language at the root its home page is the site's index.html, and its
        // 404, feed and search index sit at the root too (`SiteRenderer` writes the same).
        if !config.hasRootLanguage { claims.append(("index.html", .builtIn("the language chooser"))) }
        for code in config.languageCodes where !config.languagePrefix(code).isEmpty {
            claims.append((code + "/404.html", .builtIn("the \(code) 404 page")))
        }
        claims.append(("404.html", .builtIn("the 404 page")))
        for alias in site.aliases {
            let written = site.pages[alias.pageIndex].frontMatter.aliases.first { AliasPath.normalize($0) == alias.path } ?? "/" + alias.path
            claims.append((alias.path.hasSuffix("/") ? alias.path + "index.html" : alias.path, .alias(pageIndex: alias.pageIndex, written: written)))
        }
        claims.append(("sitemap.xml", .builtIn("the sitemap")))
        for code in config.languageCodes { claims.append((config.languagePrefix(code) + SearchShards.folder, .builtInFolder("the \(code) search index"))) }
        for code in config.languageCodes { claims.append((config.languagePrefix(code) + "feed.xml", .builtIn("the \(code) feed"))) }
        claims.append(("robots.txt", .builtIn("robots.txt")))
        for path in tagPaths { claims.append((path + "index.html", .builtIn("the tag page /\(path)"))) }
        for index in programme.agendas.keys.sorted() {
            for path in Self.agendaExportPaths(of: index, site: site, programme: programme) { claims.append((path, .export(pageIndex: index))) }
        }
        for index in programme.eventLists.keys.sorted() {
            for path in Self.eventListExportPaths(of: index, site: site, programme: programme) { claims.append((path, .export(pageIndex: index))) }
        }
        for file in assetFiles { claims.append(("assets/" + file, .asset(file))) }
        for file in staticFiles { claims.append((file, .staticFile(file))) }
        for resource in site.resources { claims.append((resource.sitePath, .bundleFile(resource.sourcePath))) }
    }

    /// The calendar and schedule files page `index` exports (its agenda's and its event list's).
    static func exportPaths(of index: Int, site: Site, programme: ProgrammeData) -> [String] {
        agendaExportPaths(of: index, site: site, programme: programme) + eventListExportPaths(of: index, site: site, programme: programme)
    }

    private static func agendaExportPaths(of index: Int, site: Site, programme: ProgrammeData) -> [String] {
        guard let agenda = programme.agendas[index], AgendaContext.hasExports(agenda) else { return [] }
        let page = site.pages[index]
        return [AgendaContext.calendarPath(page)]
            + SessionIDs.make(agenda.sessions).map { AgendaContext.sessionCalendarPath(page, sessionID: $0) }
            + [AgendaContext.jsonPath(page)]
    }

    private static func eventListExportPaths(of index: Int, site: Site, programme: ProgrammeData) -> [String] {
        guard let list = programme.eventLists[index], EventTimelineContext.hasCalendar(list) else { return [] }
        return [EventTimelineContext.calendarPath(site.pages[index])]
    }

    /// The table of a site about to be written, checked: the shared step of `tandem build` and `tandem serve`.
    static func check(site: Site, programme: ProgrammeData, theme: Theme?, tags: TagIndex, staticFiles: [String], diagnostics: inout DiagnosticBag) {
        let assetFiles = theme?.assets.map(\.path) ?? []
        let tagPaths = tags.sitePaths
        OutputPathTable(site: site, programme: programme, assetFiles: assetFiles, staticFiles: staticFiles, tagPaths: tagPaths)
            .check(site, diagnostics: &diagnostics)
    }

    /// Reports every clash in `diagnostics`, at each source that has a place in a file.
    func check(_ site: Site, diagnostics: inout DiagnosticBag) {
        var owner: [String: Int] = [:]
        var reported = Set<[Int]>()
        /// `second` writes `claims[second].path`; `first` writes `path`, the same file or one of its folders.
        func report(_ first: Int, _ second: Int, _ path: String) {
            let a = claims[first].claim, b = claims[second].claim
            let isFolder = claims[second].path != path
            if case .page = a, case .page = b, !isFolder { return }  // the link stage reports pages on one URL
            // A static file may replace one of Tandem's own files on purpose (its own robots.txt).
            if !isFolder, case .builtIn = a, case .staticFile = b { return }
            guard reported.insert([first, second]).inserted else { return }
            let messages = if case .builtInFolder = a {
                [(b, "\(describe(b, site)) writes '\(claims[second].path)', inside '\(path)', which \(describe(a, site)) fills")]
            } else if isFolder {
                [(a, "\(describe(a, site)) writes the file '\(path)', where \(describe(b, site)) needs a folder for '\(claims[second].path)'"),
                   (b, "\(describe(b, site)) writes '\(claims[second].path)', which needs '\(path)' to be a folder, but \(describe(a, site)) writes a file there")]
            } else {
                [(a, "\(describe(a, site)) writes '\(path)', which \(describe(b, site)) also writes"),
                   (b, "\(describe(b, site)) writes '\(path)', which \(describe(a, site)) also writes")]
            }
            for (claim, message) in messages {
                guard let location = location(of: claim, site) else { continue }
                diagnostics.error(location, message, hint: hint(for: claim))
            }
        }
        var folderOwner: [String: Int] = [:]
        for (position, entry) in claims.enumerated() where entry.path.hasSuffix("/") {
            folderOwner[String(entry.path.dropLast())] = position
        }
        for (position, entry) in claims.enumerated() where !entry.path.hasSuffix("/") {
            if let first = owner[entry.path] {
                report(first, position, entry.path)
            } else {
                owner[entry.path] = position
            }
        }
        // A file where another path needs a folder: each path's folders against the files.
        for (position, entry) in claims.enumerated() {
            var end = entry.path.endIndex
            while let slash = entry.path[..<end].lastIndex(of: "/") {
                let folder = String(entry.path[..<slash])
                if let file = owner[folder] { report(file, position, folder) }
                if let filled = folderOwner[folder], filled != position { report(filled, position, folder + "/") }
                end = slash
            }
        }
    }

    private func location(of claim: Claim, _ site: Site) -> SourceLocation? {
        switch claim {
        case .page(let index), .export(let index):
            let page = site.pages[index]
            return page.frontMatter.slug != nil ? page.frontMatter.location(of: "slug") : page.location
        case .alias(let index, _):
            return site.pages[index].frontMatter.location(of: "aliases")
        case .builtIn, .builtInFolder, .asset:
            return nil
        case .staticFile(let file):
            return SourceLocation(path: "static/" + file)
        case .bundleFile(let source):
            return SourceLocation(path: source)
        }
    }

    private func describe(_ claim: Claim, _ site: Site) -> String {
        switch claim {
        case .page(let index): "the page \(site.pages[index].displayPath) (/\(site.pages[index].sitePath))"
        case .alias(let index, let written): "the alias '\(written)' of \(site.pages[index].displayPath)"
        case .export(let index): "the calendar or schedule of \(site.pages[index].displayPath)"
        case .builtIn(let name), .builtInFolder(let name): "\(name) (made by Tandem)"
        case .asset(let file): "the theme asset assets/\(file)"
        case .staticFile(let file): "the static file static/\(file)"
        case .bundleFile(let source): "the bundle file \(source)"
        }
    }

    private func hint(for claim: Claim) -> String {
        switch claim {
        case .page: "give the page another `slug:` (each page and file of the site needs a path of its own)"
        case .alias: "remove the alias or change it to a path no other page or file of the site uses"
        case .export: "give the page another `slug:` so its files get a folder of their own"
        case .builtIn, .builtInFolder, .asset: "rename the other file"
        case .staticFile: "rename or move the static file"
        case .bundleFile: "rename the file in the page bundle"
        }
    }
}
