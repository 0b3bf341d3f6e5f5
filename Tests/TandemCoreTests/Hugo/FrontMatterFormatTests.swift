import Foundation
import Testing
@testable import TandemCore

/// Front matter as Hugo reads it: YAML (`---`), TOML (`+++`) and JSON (`{ … }`).
@Suite("Front matter formats")
struct FrontMatterFormatTests {
    static let site = #"""
        -- content/_index.es.md --
        +++
        title = "Inicio"
        +++
        -- content/notas/toml.es.md --
        +++
        title = "Notas en TOML"
        date = 2024-03-05
        lastmod = 2024-04-01
        weight = 2
        draft = false
        tags = ["agua", "datos"]
        description = "Resumen desde description."

        [params]
        autor = "Ana"
        +++
        Cuerpo **TOML**.
        -- content/notas/json.es.md --
        {
          "title": "Notas en JSON",
          "date": "2024-03-06",
          "tags": ["agua"],
          "weight": 1,
          "extra": {"nivel": 3, "activo": true}
        }
        Cuerpo *JSON*.
        -- content/notas/yaml.es.md --
        ---
        title: Notas en YAML
        ---
        Cuerpo.
        """#

    @Test func tomlAndJSONPagesBuildLikeYAMLOnes() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let toml = try #require(site.file("es/notas/notas-en-toml/index.html"))
        #expect(toml.contains("<strong>TOML</strong>"))
        let json = try #require(site.file("es/notas/notas-en-json/index.html"))
        #expect(json.contains("<em>JSON</em>"))
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains("<loc>/es/notas/notas-en-toml/</loc>\n    <lastmod>2024-04-01</lastmod>"), "lastmod is the sitemap's date")
        #expect(sitemap.contains("<loc>/es/notas/notas-en-json/</loc>\n    <lastmod>2024-03-06</lastmod>"))
    }

    @Test func tomlValuesBecomeTextInOrderWithLines() throws {
        var diagnostics = DiagnosticBag()
        let toml = "title = \"T\"\nweight = 3\ndraft = true\ndate = 2024-11-01\ntags = [\"a\", \"b\"]\n\n[params]\nx = 1.5\n"
        let entries = try #require(TOMLReader(path: "content/a.md", firstLine: 2).readMapping(toml, what: "front matter", diagnostics: &diagnostics))
        #expect(entries.map(\.key) == ["title", "weight", "draft", "date", "tags", "params"])
        #expect(entries.map(\.location.line) == [2, 3, 4, 5, 6, 8])
        #expect(entries[1].value == .text("3"))
        #expect(entries[2].value == .text("true"))
        #expect(entries[3].value == .text("2024-11-01"))
        #expect(entries[4].value == .list([.text("a"), .text("b")]))
        #expect(entries[5].value["x"] == .text("1.5"))
    }

    @Test func errorsCarryFileLineAndColumn() throws {
        let site = try TestSite(#"""
            -- content/a.es.md --
            +++
            title = "A"
            date = 
            +++
            -- content/b.es.md --
            {
              "title": "B",
              "tags": ["x" "y"]
            }
            -- content/c.es.md --
            +++
            title = "C"
            -- content/d.es.md --
            +++
            weight = 1
            +++
            """#)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages.contains { $0.hasPrefix("content/a.es.md:3:") && $0.contains("error: malformed TOML in the front matter") })
        #expect(report.errorMessages.contains("content/b.es.md:3:16: error: malformed JSON in the front matter: expected ',' or ']' after a value, found '\"'"))
        #expect(report.errorMessages.contains("content/c.es.md:1:1: error: front matter is never closed"))
        #expect(report.errorMessages.contains("content/d.es.md:1:1: error: missing title"))
    }

    @Test func jsonReaderKeepsOrderEscapesAndNumbersAsWritten() throws {
        var diagnostics = DiagnosticBag()
        let json = "{\n  \"b\": \"l\\u00ednea\\n\",\n  \"a\": 012.50,\n  \"n\": null,\n  \"e\": \"\\ud83d\\ude00\"\n}"
        let entries = try #require(JSONReader(path: "x.md").readMapping(json, what: "front matter", diagnostics: &diagnostics))
        #expect(entries.map(\.key) == ["b", "a", "n", "e"])
        #expect(entries[0].value == .text("línea\n"))
        #expect(entries[1].value == .text("012.50"))
        #expect(entries[2].value == .null)
        #expect(entries[3].value == .text("😀"))
        #expect(entries.map(\.location.line) == [2, 3, 4, 5])
        var deep = DiagnosticBag()
        #expect(JSONReader(path: "x.md").readMapping("{\"a\":" + String(repeating: "[", count: 200), what: "front matter", diagnostics: &deep) == nil)
        #expect(deep.items.first?.message.contains("nested more than 100 levels") == true)
    }

    @Test func translateKeepsEachFilesFormat() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        var diagnostics = DiagnosticBag()
        let loaded = try #require(ContentSiteLoader(siteFolder: site.folder).load(diagnostics: &diagnostics))
        let scaffolder = TranslationScaffolder(site: loaded, siteFolder: site.folder)
        let toml = try scaffolder.scaffold(ContentFileArgument(contentPath: "notas/toml.es.md"), to: "en")
        #expect(toml.path == "content/notas/toml.en.md")
        #expect(toml.text.hasPrefix("+++\n# Scaffolded by `tandem translate`"))
        #expect(toml.text.contains("title = \"[translate] Notas en TOML\"\n"))
        // New keys go before the first [table], where they stay top-level.
        let params = try #require(toml.text.range(of: "[params]"))
        let hash = try #require(toml.text.range(of: "scaffolded_from = \""))
        #expect(hash.lowerBound < params.lowerBound)
        #expect(toml.text.contains("draft = true\n"))
        var check = DiagnosticBag()
        let tomlPart = try FrontMatterSplitter.split(toml.text).get()
        #expect(TOMLReader(path: "t").readMapping(tomlPart.yaml, what: "front matter", diagnostics: &check)?.first { $0.key == "translationKey" }?.value == .text("notas/toml"))

        let json = try scaffolder.scaffold(ContentFileArgument(contentPath: "notas/json.es.md"), to: "en")
        let jsonPart = try FrontMatterSplitter.split(json.text).get()
        #expect(jsonPart.format == .json)
        let entries = try #require(JSONReader(path: "j").readMapping(jsonPart.yaml, what: "front matter", diagnostics: &check))
        #expect(entries.first { $0.key == "title" }?.value == .text("[translate] Notas en JSON"))
        #expect(entries.first { $0.key == "draft" }?.value == .text("true"))
        #expect(entries.first { $0.key == "scaffolded_from" } != nil)
        #expect(check.items.isEmpty, "\(check.items)")
        #expect(json.text.hasSuffix("}\nCuerpo *JSON*.\n") || json.text.hasSuffix("}\nCuerpo *JSON*."))
    }
}
