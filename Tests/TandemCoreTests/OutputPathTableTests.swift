import Foundation
import Testing
@testable import TandemCore

/// Issue #11 item 5: every output path is claimed once, before anything is written.
@Suite("Output path table")
struct OutputPathTableTests {
    /// Builds the site (which must fail), checks nothing was written, returns the messages.
    func clashes(_ spec: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        let site = try TestSite(spec)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded, sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: site.output.path), sourceLocation: sourceLocation)
        return report.errorMessages
    }

    @Test func aliasesOverTandemsOwnFilesAreErrors() throws {
        let messages = try clashes("""
            -- content/a.es.md --
            ---
            title: A
            aliases: ["/index.html", "/404.html", "/es/404.html"]
            ---
            """)
        #expect(messages == [
            "content/a.es.md:3:1: error: the alias '/404.html' of content/a.es.md writes '404.html', which the 404 page (made by Tandem) also writes",
            "content/a.es.md:3:1: error: the alias '/es/404.html' of content/a.es.md writes 'es/404.html', which the es 404 page (made by Tandem) also writes",
            "content/a.es.md:3:1: error: the alias '/index.html' of content/a.es.md writes 'index.html', which the language chooser (made by Tandem) also writes",
        ])
    }

    /// Sites have a search page of their own (MetaDocencia's Hugo site has `content/es/search/`):
    /// the index's folder is named so that such a page does not collide with it.
    @Test func aSearchPageOfTheSiteKeepsItsURL() throws {
        let site = try TestSite("""
            -- content/buscar.es.md --
            ---
            title: Buscar
            slug: search
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        #expect(site.exists("es/search/index.html"))
        #expect(site.exists("es/search-index/index.json"))
    }

    @Test func nothingElseMayWriteIntoTheSearchIndexFolder() throws {
        let messages = try clashes("""
            -- content/buscar.es.md --
            ---
            title: Buscar
            slug: search-index
            aliases: ["/en/search-index/w0.json"]
            ---
            """)
        #expect(messages == [
            "content/buscar.es.md:3:1: error: the page content/buscar.es.md (/es/search-index/) writes 'es/search-index/index.html', inside 'es/search-index/', which the es search index (made by Tandem) fills",
            "content/buscar.es.md:4:1: error: the alias '/en/search-index/w0.json' of content/buscar.es.md writes 'en/search-index/w0.json/index.html', inside 'en/search-index/', which the en search index (made by Tandem) fills",
        ])
    }

    @Test func anAliasOnAPagesOwnIndexFileIsAnError() throws {
        let messages = try clashes("""
            -- content/a.es.md --
            ---
            title: A
            aliases: ["/es/a/index.html"]
            ---
            """)
        #expect(messages == [
            "content/a.es.md:1:1: error: the page content/a.es.md (/es/a/) writes 'es/a/index.html', which the alias '/es/a/index.html' of content/a.es.md also writes",
            "content/a.es.md:3:1: error: the alias '/es/a/index.html' of content/a.es.md writes 'es/a/index.html', which the page content/a.es.md (/es/a/) also writes",
        ])
    }

    @Test func aFolderAliasAndItsIndexFileOnTwoPagesClash() throws {
        let messages = try clashes("""
            -- content/a.es.md --
            ---
            title: A
            aliases: ["/es/x/"]
            ---
            -- content/b.es.md --
            ---
            title: B
            aliases: ["/es/x/index.html"]
            ---
            """)
        #expect(messages == [
            "content/a.es.md:3:1: error: the alias '/es/x/' of content/a.es.md writes 'es/x/index.html', which the alias '/es/x/index.html' of content/b.es.md also writes",
            "content/b.es.md:3:1: error: the alias '/es/x/index.html' of content/b.es.md writes 'es/x/index.html', which the alias '/es/x/' of content/a.es.md also writes",
        ])
    }

    @Test func pathsThatNeedAFileToBeAFolderAreErrors() throws {
        let messages = try clashes("""
            -- content/a.es.md --
            ---
            title: A
            aliases: ["/sitemap.xml", "/robots.txt/"]
            ---
            -- content/_index.es.md --
            ---
            title: Inicio
            ---
            -- content/feed.es.md --
            ---
            title: Feed
            slug: feed.xml
            ---
            """)
        #expect(messages == [
            "content/a.es.md:3:1: error: the alias '/robots.txt/' of content/a.es.md writes 'robots.txt/index.html', which needs 'robots.txt' to be a folder, but robots.txt (made by Tandem) writes a file there",
            "content/a.es.md:3:1: error: the alias '/sitemap.xml' of content/a.es.md writes 'sitemap.xml/index.html', which needs 'sitemap.xml' to be a folder, but the sitemap (made by Tandem) writes a file there",
            "content/feed.es.md:3:1: error: the page content/feed.es.md (/es/feed.xml/) writes 'es/feed.xml/index.html', which needs 'es/feed.xml' to be a folder, but the es feed (made by Tandem) writes a file there",
        ])
    }

    @Test func aStaticFileOverAPageIsAnErrorButOverRobotsTxtIsAllowed() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            -- static/es/a/index.html --
            <p>mine</p>
            -- static/robots.txt --
            User-agent: *
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [
            "content/a.es.md:1:1: error: the page content/a.es.md (/es/a/) writes 'es/a/index.html', which the static file static/es/a/index.html also writes",
            "static/es/a/index.html:1:1: error: the static file static/es/a/index.html writes 'es/a/index.html', which the page content/a.es.md (/es/a/) also writes",
        ])
        try site.remove("static/es/a/index.html")
        let fixed = site.build()
        #expect(fixed.succeeded, "\(fixed.errorMessages)")
        #expect(site.file("robots.txt") == "User-agent: *\n")
    }

    @Test func theDevServerUsesTheSameTable() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            """)
        defer { site.cleanUp() }
        var options = site.options()
        options.outputFolder = site.folder.appendingPathComponent("serve", isDirectory: true)
        let session = SiteSession(options: options)
        #expect(session.build().succeeded)
        try site.write("content/a.es.md", """
            ---
            title: A
            aliases: ["/404.html"]
            ---
            """)
        let report = session.rebuild(changed: ["content/a.es.md"])
        #expect(report.build.errorMessages == [
            "content/a.es.md:3:1: error: the alias '/404.html' of content/a.es.md writes '404.html', which the 404 page (made by Tandem) also writes",
        ])
        // The last good 404 page stays.
        let notFound = try String(contentsOf: options.resolvedOutputFolder.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(!notFound.contains("http-equiv=\"refresh\""))
    }

    @Test func theTableListsExactlyWhatTheRendererWrites() throws {
        let root = TestSite.repositoryRoot
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-table-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(siteFolder: root, outputFolder: output, buildDate: CalendarDate(year: 2026, month: 11, day: 22))
        options.includeDrafts = true
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.errorMessages)")
        // A build that writes lets its pages' bodies go: the table is made from a check's whole site.
        options.writeOutput = false
        let site = try #require(SiteBuilder(options: options).build().site)
        var diagnostics = DiagnosticBag()
        let theme = try #require(ThemeLoader(siteFolder: root, config: site.config).load(diagnostics: &diagnostics))
        let markdown = site.pages.indices.map { PageMarkdownRenderer(site: site, allowRawHTML: false).render(site.pages[$0]).0 }
        let programme = ProgrammeStage(site: site, markdown: markdown).run(diagnostics: &diagnostics)
        let table = OutputPathTable(
            site: site, programme: programme,
            assetFiles: theme.assets.map(\.path),
            staticFiles: ThemeLoader.files(under: root.appendingPathComponent("static"), extension: ""),
            tagPaths: TagIndex(site: site, theme: theme).sitePaths)
        let written = Set(ThemeLoader.files(under: output, extension: ""))
        // A folder claim (a language's search shards) covers the files written inside it, and some are.
        let folders = table.claims.map(\.path).filter { $0.hasSuffix("/") }
        #expect(folders == ["es/search-index/", "en/search-index/"])
        for folder in folders { #expect(written.contains(folder + "index.json"), "\(folder)") }
        let files = Set(table.claims.map(\.path).filter { !$0.hasSuffix("/") })
        #expect(files == written.filter { path in !folders.contains { path.hasPrefix($0) } })
        #expect(table.claims.count == Set(table.claims.map(\.path)).count)
    }
}
