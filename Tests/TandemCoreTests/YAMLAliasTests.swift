import Foundation
import Testing
@testable import TandemCore

/// YAML aliases are refused where they are written, before Yams expands them:
/// nine levels of anchors in 400 bytes once ran a build past a minute and 10 GB.
@Suite("YAML aliases")
struct YAMLAliasTests {
    /// Level n lists level n-1 nine times: 9⁹ scalars once expanded.
    static let bomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [" + Array(repeating: previous, count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n")
    }()

    @Test func anAliasBombInFrontMatterFailsAtOnceAtTheAlias() throws {
        let site = try TestSite("-- content/a.es.md --\n---\ntitle: A\n\(Self.bomb)\n---\nTexto.\n")
        defer { site.cleanUp() }
        let start = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(report.errorMessages == ["content/a.es.md:4:10: error: the front matter may not use YAML aliases (*a0)"])
    }

    @Test func anAliasAsAKeyIsRefusedToo() throws {
        let site = try TestSite("-- content/a.es.md --\n---\ntitle: A\nk: &k {a: 1}\n? *k\n: 2\n---\nTexto.\n")
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == ["content/a.es.md:4:3: error: the front matter may not use YAML aliases (*k)"])
    }

    @Test func theSiteConfigAndUIStringsGoThroughTheSameGuard() throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(TestSite.defaultConfig)
            title: &t Sitio
            markdown: *t
            -- content/a.es.md --
            ---
            title: A
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages.contains { $0.hasPrefix("tandem.yaml:") && $0.hasSuffix("error: the site config may not use YAML aliases (*t)") })

        let strings = try TestSite("-- content/a.es.md --\n---\ntitle: A\n---\n")
        defer { strings.cleanUp() }
        let path = "themes/default/i18n/es.yaml"
        let original = try #require(strings.text(path))
        try strings.write(path, original + "\nextra: &e x\notra: *e\n")
        #expect(strings.build().errorMessages.contains { $0.hasPrefix(path + ":") && $0.hasSuffix("error: the UI strings may not use YAML aliases (*e)") })
    }

    @Test func aStarInsideTextIsNoAlias() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: "*Importante*"
            summary: 2 * 3 es 6
            tags: ["*uno*", 'dos*']
            ---
            Texto.
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        #expect(site.file("es/importante/index.html")?.contains("*Importante*") == true)
    }
}
