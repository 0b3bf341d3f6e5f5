import Foundation
import Testing
@testable import TandemCore

@Suite("tandem init --from-hugo: configuration mapping")
struct HugoConfigImporterTests {
    @Test func mapsTheSettingsTandemHasAndSaysWhyNotForTheRest() throws {
        let files = [
            HugoConfigImporter.ConfigFile(path: "config/_default/languages.toml", text: """
                [es]
                  languageName = "Español"
                  weight = 1
                  contentDir = "content/es"
                  title = "Curso"
                  [es.params]
                    description = "Un curso."
                [en]
                  label = "English"
                  weight = 2
                  contentDir = "content/en"
                  languageCode = "en-us"
                """),
            HugoConfigImporter.ConfigFile(path: "config/_default/params.toml", text: "description = \"x\"\n"),
            HugoConfigImporter.ConfigFile(path: "config/_default/menus.en.toml", text: "[[main]]\nname = \"Home\"\n"),
            HugoConfigImporter.ConfigFile(path: "config.toml", text: """
                title = "Course"
                baseurl = "https://example.org/"
                defaultContentLanguage = "es"
                defaultContentLanguageInSubdir = false
                paginate = 10
                [permalinks]
                  post = "/:year/:month/:slug/"
                  [permalinks.page]
                    news = "/news/:filename/"
                  [permalinks.section]
                    post = "/articles/"
                [markup.goldmark.renderer]
                  unsafe = true
                [taxonomies]
                  tag = "tags"
                """),
        ]
        let result = HugoConfigImporter().map(files: files)
        #expect(result.diagnostics.isEmpty)
        #expect(result.yaml == """
            # Made by `tandem init --from-hugo` from this Hugo site's configuration.
            # Hugo conventions kept: file names make URLs, the default language's place, permalinks.
            baseURL: "https://example.org/"
            defaultLanguage: es
            defaultLanguageInSubdir: false
            slugs: fileName
            aliasRoot: language
            languages:
              - code: es
                name: "Español"
                title: "Curso"
                description: "Un curso."
                contentDir: "content/es"
              - code: en
                name: "English"
                title: "Course"
                description: "x"
                locale: en-US
                contentDir: "content/en"
            permalinks:
              news: "/news/:filename/"
              post: "/:year/:month/:slug/"
            markdown:
              rawHTML: true
              headingIDs: github

            """)
        #expect(result.notMapped.contains("permalinks.section: only page permalinks by section are supported (sections and terms keep their folder URLs)"))
        #expect(result.notMapped.contains("paginate: section lists are not paginated"))
        #expect(result.notMapped.contains { $0.hasPrefix("taxonomies: tags stay on each page") })
        #expect(result.notMapped.contains { $0.hasPrefix("languages.en.menus:") })
        #expect(result.mapped.contains("defaultContentLanguageInSubdir → defaultLanguageInSubdir: false (the default language at the site root, as in Hugo)"))

        // What it writes loads as a Tandem config.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hugo-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(result.yaml.utf8).write(to: folder.appendingPathComponent("tandem.yaml"))
        var diagnostics = DiagnosticBag()
        let config = try #require(SiteConfigLoader(siteFolder: folder).load(diagnostics: &diagnostics))
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(config.languagePrefix("es") == "")
        #expect(config.languagePrefix("en") == "en/")
        #expect(config.language("en")?.contentDir == "content/en")
        #expect(config.permalinks["post"] == "/:year/:month/:slug/")
        #expect(config.headingIDs == .github)
        #expect(config.allowRawHTML)
    }

    @Test func configErrorsNameTheFileLineAndColumn() {
        let result = HugoConfigImporter().map(files: [.init(path: "hugo.toml", text: "title = \"A\"\nbaseURL = \n")])
        #expect(result.diagnostics.first?.location.path == "hugo.toml")
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.diagnostics.first?.message.hasPrefix("malformed TOML in the Hugo configuration") == true)
    }

    @Test func problemsInFilesTandemDoesNotUseAreWarnings() {
        let result = HugoConfigImporter().map(files: [
            .init(path: "config/_default/params.yaml", text: "search: 1\nsearch: 2\n"),
            .init(path: "config/_default/hugo.yaml", text: "cascade: 1\ncascade: 2\n"),
        ])
        #expect(result.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } == [
            "config/_default/params.yaml:1:1: warning: the key 'search' appears twice in the Hugo configuration (Tandem takes nothing from this file)",
            "config/_default/hugo.yaml:1:1: error: the key 'cascade' appears twice in the Hugo configuration",
        ])
    }

    @Test func aSiteWithoutLanguagesGetsItsDefaultOne() {
        let result = HugoConfigImporter().map(files: [.init(path: "hugo.yaml", text: "baseURL: https://a.org/\ntitle: Notas\n")])
        #expect(result.yaml.contains("defaultLanguage: en\n"))
        #expect(result.yaml.contains("  - code: en\n    name: \"English\"\n    title: \"Notas\"\n"))
    }
}
