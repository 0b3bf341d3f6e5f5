import Foundation
import Testing
@testable import TandemCore

/// Every kind of bad input gets `path:line:column`, what to do, all at once,
/// and leaves the previous output untouched.
@Suite("Bad input")
struct BadInputTests {
    /// Builds a good site first, then adds `broken` and builds again: the
    /// second build must fail and leave the first output in place.
    func failingBuild(_ broken: String, extra: (TestSite) throws -> Void = { _ in }) throws -> (BuildReport, TestSite) {
        let site = try TestSite("""
            -- content/_index.es.md --
            ---
            title: Inicio
            ---
            """)
        #expect(site.build().succeeded)
        let before = site.file("es/index.html")
        for file in TestSite.parse(broken) { try site.write(file.path, file.text) }
        try extra(site)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.file("es/index.html") == before, "previous output must be untouched")
        // No staging folder is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.contains("tandem-") }
        #expect(leftovers.isEmpty)
        return (report, site)
    }

    @Test func malformedYAML() throws {
        let (report, site) = try failingBuild("""
            -- content/a.es.md --
            ---
            title: Bien
            tags: [uno, dos
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.es.md:4:1: error: malformed YAML in the front matter: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 3, column 7)"])
    }

    @Test func frontMatterNeverClosed() throws {
        let (report, site) = try failingBuild("""
            -- content/a.es.md --
            ---
            title: Abierto
            Texto.
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.es.md:1:1: error: front matter is never closed"])
    }

    @Test func missingTitle() throws {
        let (report, site) = try failingBuild("""
            -- content/a.es.md --
            ---
            summary: Sin título
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.es.md:1:1: error: missing title"])
        #expect(report.diagnostics.first?.hint == "add `title: …` to the front matter")
    }

    @Test func booleanLookingTitleStaysText() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: no
            slug: "012"
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(site.file("es/012/index.html")?.contains("<h1>no</h1>") == true)
    }

    @Test func unknownLanguageSuffix() throws {
        let (report, site) = try failingBuild("""
            -- content/a.fr.md --
            ---
            title: Bonjour
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.fr.md:1:1: error: unknown language suffix '.fr' in 'a.fr.md'"])
    }

    @Test func twoFilesWithTheSameSlug() throws {
        let (report, site) = try failingBuild("""
            -- content/p/a.es.md --
            ---
            title: Uno
            slug: mismo
            ---
            -- content/p/b.es.md --
            ---
            title: Dos
            slug: mismo
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/p/b.es.md:3:1: error: content/p/b.es.md and content/p/a.es.md both publish to /es/p/mismo/"])
    }

    @Test func twoFilesClaimingOneTranslationKey() throws {
        let (report, site) = try failingBuild("""
            -- content/p/a.es.md --
            ---
            title: Uno
            translationKey: clave
            ---
            -- content/p/b.es.md --
            ---
            title: Dos
            translationKey: clave
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/p/b.es.md:3:1: error: translationKey 'clave' is already used by content/p/a.es.md in the same language"])
    }

    @Test func unparseableDate() throws {
        let (report, site) = try failingBuild("""
            -- content/a.es.md --
            ---
            title: Fecha
            date: 1 de noviembre
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.es.md:3:1: error: cannot read the date '1 de noviembre'"])
    }

    @Test func nonUTF8File() throws {
        let (report, site) = try failingBuild("") { site in
            var bytes = Array("---\ntitle: Caf".utf8)
            bytes.append(0xE9)  // Latin-1 é
            bytes += Array("\n---\n".utf8)
            try site.write("content/a.es.md", Data(bytes))
        }
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.es.md:2:11: error: the file is not valid UTF-8"])
    }

    @Test func emptyFile() throws {
        let (report, site) = try failingBuild("") { try $0.write("content/a.es.md", "") }
        defer { site.cleanUp() }
        #expect(report.messages == ["content/a.es.md:1:1: error: the file is empty"])
    }

    @Test func linkToMissingPage() throws {
        let (report, site) = try failingBuild("""
            -- content/p/a.es.md --
            ---
            title: Enlace
            ---
            Primera línea.

            Ver la [agenda](../agendas/nada.es.md).
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["content/p/a.es.md:6:8: error: link to a missing page '../agendas/nada.es.md' (looked for content/agendas/nada.es.md)"])
    }

    @Test func templateSyntaxError() throws {
        let (report, site) = try failingBuild("""
            -- themes/default/templates/page.mustache --
            <html>
            {{#page}}
            {{title}}
            """)
        defer { site.cleanUp() }
        #expect(report.messages.contains { $0.hasPrefix("themes/default/templates/page.mustache:") && $0.contains("template syntax error") }, "\(report.messages)")
    }

    /// A site's theme only needs the files it changes: a template it lacks is the built-in one
    /// (before the built-in theme this was the error "theme 'default' has no 'section' template").
    @Test func themeMissingATemplateUsesTheBuiltinOne() throws {
        let site = try TestSite("""
            -- content/_index.es.md --
            ---
            title: Inicio
            ---
            """)
        defer { site.cleanUp() }
        try site.remove("themes/default/templates/section.mustache")
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        #expect(report.messages.isEmpty)
    }

    @Test func templateNamingAMissingPartial() throws {
        let (report, site) = try failingBuild("""
            -- themes/default/templates/page.mustache --
            <p>
              {{> sidebar}}
            </p>
            """)
        defer { site.cleanUp() }
        #expect(report.messages == ["themes/default/templates/page.mustache:2:3: error: template 'sidebar' does not exist"])
    }

    @Test func missingUIStringInOneLanguage() throws {
        let (report, site) = try failingBuild("") { site in
            let path = site.folder.appendingPathComponent("themes/default/i18n/es.yaml")
            try (String(contentsOf: path, encoding: .utf8) + "only_spanish: Solo\n").write(to: path, atomically: true, encoding: .utf8)
        }
        defer { site.cleanUp() }
        #expect(report.messages == ["themes/default/i18n/en.yaml:1:1: error: missing UI string 'only_spanish' (it is in es.yaml)"])
    }

    @Test func slugOrAliasCannotEscapeTheOutputFolder() throws {
        let (report, site) = try failingBuild("""
            -- content/a.es.md --
            ---
            title: Fuera
            slug: ../../etc
            ---
            -- content/b.es.md --
            ---
            title: Alias
            aliases: ["../../etc/passwd"]
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages == [
            "content/a.es.md:3:1: error: slug '../../etc' is not a single URL segment",
            "content/b.es.md:3:1: error: alias '../../etc/passwd' is not a path inside the site",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.folder.deletingLastPathComponent().appendingPathComponent("etc").path))
    }

    @Test func allProblemsAreReportedAtOnce() throws {
        let (report, site) = try failingBuild("""
            -- content/a.es.md --
            ---
            summary: sin título
            ---
            -- content/b.es.md --
            ---
            title: Fecha
            date: mañana
            ---
            -- content/c.es.md --
            ---
            title: Enlace
            ---
            [x](nada.md)
            -- content/d.xx.md --
            ---
            title: X
            ---
            """)
        defer { site.cleanUp() }
        #expect(report.messages.map { String($0.prefix(while: { $0 != " " })) } == [
            "content/a.es.md:1:1:", "content/b.es.md:3:1:", "content/c.es.md:4:1:", "content/d.xx.md:1:1:",
        ])
    }

    @Test func rawHTMLIsDroppedWithAWarning() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: HTML
            ---
            Texto.

            <script>alert(1)</script>

            [mal](javascript:alert(1))
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        // The refused link is reported too (it used to vanish silently; issue #11 item 2).
        #expect(report.messages == [
            "content/a.es.md:6:1: warning: raw HTML dropped",
            "content/a.es.md:8:1: warning: link to 'javascript:alert(1)' removed: 'javascript:' links are not allowed",
        ])
        let html = try #require(site.file("es/html/index.html"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains(#"<a href="">mal</a>"#))
        #expect(!site.build(strict: true).succeeded, "--strict turns the warning into an error")
    }

    @Test func missingConfigIsAClearError() throws {
        let site = try TestSite("", config: false)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.messages.first?.hasPrefix("tandem.yaml:1:1: error: no tandem.yaml in") == true)
    }
}
