import Foundation
import Testing
@testable import TandemCore

/// `tandem init`, `tandem new` and `tandem theme export`, through the core.
@Suite("Scaffolding")
struct ScaffoldTests {
    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-scaffold-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func build(_ folder: URL) -> BuildReport {
        var options = BuildOptions(siteFolder: folder, buildDate: CalendarDate(year: 2026, month: 12, day: 2))
        options.strict = true
        return SiteBuilder(options: options).build()
    }

    static func read(_ folder: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func initWritesASiteThatBuildsWithoutAWarning() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scaffold = try SiteScaffold(languages: ["es", "en"])
        try scaffold.write(into: folder)
        #expect(scaffold.files.map(\.path) == [
            "tandem.yaml",
            "content/_index.es.md", "content/programmes/_index.es.md", "content/programmes/participatory-budgeting.es.md",
            "content/_index.en.md", "content/programmes/_index.en.md", "content/programmes/participatory-budgeting.en.md",
        ])
        let report = Self.build(folder)
        #expect(report.succeeded, "\(report.messages)")
        #expect(report.messages.isEmpty, "\(report.messages)")
        #expect(report.untranslated.isEmpty)
        let spanish = try #require(Self.read(folder, "output/es/programas/presupuesto-participativo/index.html"))
        #expect(spanish.contains("Presupuesto participativo en municipios pequeños"))
        #expect(spanish.contains("hreflang=\"en\""))
        #expect(Self.read(folder, "output/en/programmes/participatory-budgeting/index.html") != nil)
        let config = try #require(Self.read(folder, "tandem.yaml"))
        #expect(config.contains("theme: default"))
        #expect(config.contains("# The theme: `default` is built into tandem."))
    }

    @Test func initWithOneLanguageOrTheOtherOrder() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteScaffold(languages: ["en"]).write(into: folder)
        let report = Self.build(folder)
        #expect(report.succeeded && report.messages.isEmpty, "\(report.messages)")
        #expect(Self.read(folder, "tandem.yaml")?.contains("defaultLanguage: en") == true)
        #expect(Self.read(folder, "output/en/programmes/participatory-budgeting/index.html") != nil)
        #expect(Self.read(folder, "content/_index.es.md") == nil)
    }

    @Test func initNeverOverwritesAndWritesNothingWhenAFileExists() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent("content/_index.en.md"))
        #expect(throws: ScaffoldError.fileExists("content/_index.en.md")) { try SiteScaffold(languages: ["es", "en"]).write(into: folder) }
        #expect(ThemeLoader.files(under: folder, extension: "") == ["content/_index.en.md"])
        #expect(Self.read(folder, "content/_index.en.md") == "mine\n")
    }

    @Test func initRefusesLanguagesTheBuiltinThemeCannotShow() throws {
        #expect(throws: ScaffoldError.unsupportedLanguage("fr", supported: ["en", "es"])) { try SiteScaffold(languages: ["es", "fr"]) }
        #expect(throws: ScaffoldError.invalidLanguageCode("Spanish")) { try SiteScaffold(languages: ["Spanish"]) }
        #expect(ScaffoldError.unsupportedLanguage("fr", supported: ["en", "es"]).description.contains("themes/default/i18n/fr.yaml"))
    }

    @Test(arguments: [
        ("programmes/local-budgets", nil as ProgrammeKind?, "/es/programas/local-budgets/"),
        ("agendas/forum-2026", .agenda, "/es/agendas/forum-2026/"),
        ("partners/local-budgets", .partners, "/es/partners/local-budgets/"),
        ("events/forums", .events, "/es/events/forums/"),
    ])
    func newPageFromEachBuiltinArchetypeBuildsAsItsKind(path: String, kind: ProgrammeKind?, url: String) throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteScaffold(languages: ["es", "en"]).write(into: folder)
        var diagnostics = DiagnosticBag()
        let config = try #require(SiteConfigLoader(siteFolder: folder).load(diagnostics: &diagnostics))
        let scaffolder = PageScaffolder(siteFolder: folder, config: config)
        let date = CalendarDate(year: 2026, month: 12, day: 2)
        let spanish = try scaffolder.create(path, language: nil, date: date)
        let english = try scaffolder.create(path, language: "en", date: date)
        #expect(spanish.path == "content/\(path).es.md")
        #expect(english.path == "content/\(path).en.md")
        #expect(spanish.url == url)
        #expect(spanish.archetype.hasPrefix("built-in "))
        let report = Self.build(folder)
        #expect(report.succeeded, "\(report.messages)")
        #expect(report.messages.isEmpty, "\(report.messages)")
        let site = try #require(report.site)
        for file in [spanish, english] {
            let index = try #require(site.pagesByContentPath[String(file.path.dropFirst("content/".count))])
            #expect(ProgrammeKind(page: site.pages[index]) == kind, "\(file.path)")
            #expect(site.pages[index].translationKey == site.pages[try #require(site.pagesByContentPath[String(spanish.path.dropFirst("content/".count))])].translationKey)
        }
        if kind == .agenda {
            #expect(Self.read(folder, spanish.path)?.contains("## Miércoles 2 de diciembre de 2026") == true)
            #expect(Self.read(folder, english.path)?.contains("## Wednesday 2 December 2026") == true)
        }
    }

    @Test func newUsesTheSitesArchetypeFirstAndNeverOverwrites() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteScaffold(languages: ["es"]).write(into: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("archetypes"), withIntermediateDirectories: true)
        try Data("---\ntitle: \"{{title}}\"\n---\nSección {{section}}, {{language}}.\n".utf8).write(to: folder.appendingPathComponent("archetypes/default.md"))
        try Data("---\ntitle: \"Nota {{name}}\"\n---\n".utf8).write(to: folder.appendingPathComponent("archetypes/notes.md"))
        var diagnostics = DiagnosticBag()
        let config = try #require(SiteConfigLoader(siteFolder: folder).load(diagnostics: &diagnostics))
        let scaffolder = PageScaffolder(siteFolder: folder, config: config)
        let date = CalendarDate(year: 2026, month: 12, day: 2)
        let note = try scaffolder.create("notes/first-steps", language: "es", date: date)
        #expect(note.archetype == "archetypes/notes.md")
        #expect(Self.read(folder, note.path) == "---\ntitle: \"Nota first-steps\"\n---\n")
        let other = try scaffolder.create("programmes/water-and-sanitation", language: "es", date: date)
        #expect(other.archetype == "archetypes/default.md")
        #expect(Self.read(folder, other.path) == "---\ntitle: \"Water and sanitation\"\n---\nSección programmes, es.\n")
        #expect(throws: ScaffoldError.fileExists("content/programmes/water-and-sanitation.es.md")) {
            try scaffolder.create("programmes/water-and-sanitation", language: "es", date: date)
        }
        #expect(throws: ScaffoldError.invalidPagePath("../escape")) { try scaffolder.create("../escape", language: nil, date: date) }
        #expect(throws: ScaffoldError.invalidPagePath("solo")) { try scaffolder.create("solo", language: nil, date: date) }
        #expect(throws: ScaffoldError.unknownLanguage("en", site: ["es"])) { try scaffolder.create("programmes/x", language: "en", date: date) }
    }

    @Test func themeExportWritesTheBuiltinThemeAndSkipsExistingFiles() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("themes/default", isDirectory: true)
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: theme.appendingPathComponent("assets/tandem.css"))
        let result = try ThemeExporter(folder: theme).export()
        #expect(result.skipped == ["assets/tandem.css"])
        #expect(result.written.count == BuiltinTheme.paths.count - 1)
        #expect(Self.read(theme, "assets/tandem.css") == "mine")
        for path in result.written {
            #expect(FileManager.default.contents(atPath: theme.appendingPathComponent(path).path).map { Array($0) } == BuiltinTheme.files[path])
        }
        let again = try ThemeExporter(folder: theme).export()
        #expect(again.written.isEmpty && again.skipped.count == BuiltinTheme.paths.count)
    }
}
