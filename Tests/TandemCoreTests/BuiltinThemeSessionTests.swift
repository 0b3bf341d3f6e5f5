import Foundation
import Testing
@testable import TandemCore

/// `tandem serve` on a site with no themes/ folder: adding, editing and
/// removing a site's theme files rebuilds with them, then with the built-in ones.
@Suite("Built-in theme in the dev server")
struct BuiltinThemeSessionTests {
    @Test func siteOverridesComeAndGoWhileServing() throws {
        let site = try TestSite(BuiltinThemeTests.page, defaultTheme: false)
        defer { site.cleanUp() }
        var options = site.options()
        let serve = site.folder.appendingPathComponent("serve", isDirectory: true)
        options.outputFolder = serve
        let session = SiteSession(options: options)
        func served(_ path: String) -> String? {
            FileManager.default.contents(atPath: serve.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
        }
        let builtinCSS = String(decoding: BuiltinTheme.files["assets/tandem.css"] ?? [], as: UTF8.self)
        #expect(session.build().build.succeeded)
        #expect(served("es/p/uno/index.html")?.contains("Publicado con Tandem") == true)
        #expect(served("assets/tandem.css") == builtinCSS)

        // A partial appears in a themes/ folder that did not exist.
        try site.write("themes/default/templates/partials/footer.mustache", "<footer>own</footer>\n")
        var report = session.rebuild(changed: ["themes", "themes/default/templates/partials/footer.mustache"])
        #expect(report.build.succeeded, "\(report.build.messages)")
        #expect(served("es/p/uno/index.html")?.contains("<footer>own</footer>") == true)

        // One UI string, and one asset.
        try site.write("themes/default/i18n/es.yaml", "skip_to_content: Ir al texto\n")
        report = session.rebuild(changed: ["themes/default/i18n/es.yaml"])
        #expect(report.build.succeeded, "\(report.build.messages)")
        #expect(served("es/p/uno/index.html")?.contains("Ir al texto") == true)
        try site.write("themes/default/assets/tandem.css", "body { color: teal; }\n")
        report = session.rebuild(changed: ["themes/default/assets/tandem.css"])
        #expect(served("assets/tandem.css") == "body { color: teal; }\n")

        // Removing the whole folder goes back to the built-in theme, assets included.
        try site.remove("themes")
        report = session.rebuild(changed: ["themes"])
        #expect(report.build.succeeded, "\(report.build.messages)")
        let page = served("es/p/uno/index.html") ?? ""
        #expect(page.contains("Publicado con Tandem") && page.contains("Saltar al contenido") && !page.contains("<footer>own</footer>"))
        #expect(served("assets/tandem.css") == builtinCSS)

        // And the served folder is what a full build writes.
        let fresh = try #require(try? TestSite(BuiltinThemeTests.page, defaultTheme: false))
        defer { fresh.cleanUp() }
        var freshOptions = fresh.options()
        freshOptions.outputFolder = fresh.folder.appendingPathComponent("serve", isDirectory: true)
        #expect(SiteBuilder(options: freshOptions).build().succeeded)
        for path in ThemeLoader.files(under: serve, extension: "") {
            let expected = FileManager.default.contents(atPath: freshOptions.resolvedOutputFolder.appendingPathComponent(path).path)
            #expect(FileManager.default.contents(atPath: serve.appendingPathComponent(path).path) == expected, "\(path)")
        }
    }
}
