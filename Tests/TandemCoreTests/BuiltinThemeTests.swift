import Foundation
import Testing
@testable import TandemCore

/// The theme compiled into tandem, and how a site's own theme files replace
/// its templates, partials, assets and UI strings one at a time.
@Suite("Built-in theme")
struct BuiltinThemeTests {
    static let page = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        -- content/p/a.es.md --
        ---
        title: Uno
        ---
        Texto.
        """

    static func repositoryThemeFiles() -> [String: [UInt8]] {
        let folder = TestSite.repositoryRoot.appendingPathComponent("themes/default", isDirectory: true)
        var files: [String: [UInt8]] = [:]
        for path in ThemeLoader.files(under: folder, extension: "") {
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { Array($0) }
        }
        return files
    }

    @Test func embedsEveryFileOfThemesDefaultByteForByte() {
        let repository = Self.repositoryThemeFiles()
        #expect(BuiltinTheme.files.keys.sorted() == repository.keys.sorted())
        for (path, bytes) in repository {
            #expect(BuiltinTheme.files[path] == bytes, "\(path) differs from themes/default/\(path): rebuild")
        }
        #expect(BuiltinTheme.languageCodes.sorted() == ["en", "es"])
    }

    @Test func aSiteWithoutThemesFolderBuildsWithTheBuiltinTheme() throws {
        let site = try TestSite(Self.page, defaultTheme: false)
        defer { site.cleanUp() }
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("themes").path))
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        #expect(report.messages.isEmpty, "\(report.messages)")
        let page = try #require(site.file("es/p/uno/index.html"))
        #expect(page.contains("<p>Sitio · Publicado con Tandem</p>"))
        let repository = Self.repositoryThemeFiles()
        for path in repository.keys where path.hasPrefix("assets/") {
            let written = FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path).map { Array($0) }
            #expect(written == repository[path], "\(path)")
        }
    }

    @Test func siteFilesReplaceBuiltinOnesOneByOne() throws {
        let site = try TestSite(Self.page + """

            -- themes/default/templates/partials/footer.mustache --
            <footer>own footer {{i18n.made_with}}</footer>
            -- themes/default/templates/section.mustache --
            {{<baseof}}{{$main}}<p>own section {{page.title}}</p>{{/main}}{{/baseof}}
            -- themes/default/assets/tandem.css --
            body { color: teal; }
            -- themes/default/assets/extra.txt --
            extra
            -- themes/default/i18n/es.yaml --
            made_with: Hecho a mano
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let page = try #require(site.file("es/p/uno/index.html"))
        // The partial and the one UI string are the site's; every other string is still built in.
        #expect(page.contains("<footer>own footer Hecho a mano</footer>"))
        #expect(!page.contains("site-footer"))
        let builtinSpanish = String(decoding: BuiltinTheme.files["i18n/es.yaml"] ?? [], as: UTF8.self)
        #expect(builtinSpanish.contains("skip_to_content: Saltar al contenido"))
        #expect(page.contains("Saltar al contenido"))
        // The template is the site's; page.mustache is still built in.
        #expect(site.file("es/p/index.html")?.contains("<p>own section ") == true)
        #expect(page.contains("<article") || page.contains("<main"))
        // The asset is the site's, the others are built in, and the site's extra file is copied.
        #expect(site.file("assets/tandem.css") == "body { color: teal; }\n")
        #expect(site.file("assets/extra.txt") == "extra\n")
        #expect(site.file("assets/tandem.js").map { Array($0.utf8) } == BuiltinTheme.files["assets/tandem.js"])
    }

    @Test func aTemplateReplacesTheBuiltinOneOfTheSameNameInAnyFolder() throws {
        let site = try TestSite(Self.page + """

            -- themes/default/templates/footer.mustache --
            <footer>moved</footer>
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        #expect(site.file("es/p/uno/index.html")?.contains("<footer>moved</footer>") == true)
    }

    @Test func anotherThemeNameOverlaysTheBuiltinThemeToo() throws {
        let site = try TestSite(Self.page + """

            -- tandem.yaml --
            \(TestSite.defaultConfig.replacingOccurrences(of: "theme: default", with: "theme: plain"))
            -- themes/plain/templates/partials/footer.mustache --
            <footer>plain</footer>
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        #expect(site.file("es/p/uno/index.html")?.contains("<footer>plain</footer>") == true)
    }

    @Test func anUnknownThemeIsAnErrorAtItsLine() throws {
        let site = try TestSite(Self.page + """

            -- tandem.yaml --
            \(TestSite.defaultConfig.replacingOccurrences(of: "theme: default", with: "theme: fancy"))
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.messages == ["tandem.yaml:3:1: error: theme 'fancy' not found: there is no themes/fancy/ folder and no built-in theme of that name"])
        #expect(report.diagnostics.first?.hint?.contains("tandem theme export themes/fancy") == true)
    }

    @Test func aSiteStringMissingInAnotherLanguageIsStillAnError() throws {
        let site = try TestSite(Self.page + """

            -- themes/default/i18n/es.yaml --
            only_spanish: Solo
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages == ["themes/default/i18n/en.yaml:1:1: error: missing UI string 'only_spanish' (it is in es.yaml)"])
    }

    @Test func aLanguageWithoutBuiltinStringsNeedsTheSitesFile() throws {
        let config = TestSite.defaultConfig + "\n  - code: fr\n    name: Français\n    title: Site\n"
        let site = try TestSite(Self.page + "\n-- tandem.yaml --\n" + config, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages == ["themes/default/i18n/fr.yaml:1:1: error: the theme has no UI strings for 'fr'"])
    }

    @Test func anErrorInASiteTemplateNamesTheSiteFile() throws {
        let site = try TestSite(Self.page + """

            -- themes/default/templates/partials/footer.mustache --
            <footer>
              {{> sidebar}}
            </footer>
            """, defaultTheme: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages == ["themes/default/templates/partials/footer.mustache:2:3: error: template 'sidebar' does not exist"])
    }
}
