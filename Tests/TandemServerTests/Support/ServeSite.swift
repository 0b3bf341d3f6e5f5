import Foundation
import TandemCore
import TandemTestSupport

/// A small site written from one `-- path --` string (the format of
/// TandemCoreTests' TestSite), in a fresh temporary folder, with the
/// repository's default theme.
struct ServeSite {
    let folder: URL

    static var repositoryRoot: URL { InlineSite.repositoryRoot }
    static var config: String { InlineSite.twoLanguageConfig }

    /// A two-language site with a section, a translated pair and one untranslated page.
    static let standard = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        Bienvenida.
        -- content/_index.en.md --
        ---
        title: Home
        ---
        Welcome.
        -- content/programas/_index.es.md --
        ---
        title: Programas
        ---
        -- content/programas/_index.en.md --
        ---
        title: Programmes
        ---
        -- content/programas/agua.es.md --
        ---
        title: Agua
        date: 2026-01-10
        ---
        Texto del programa de agua.
        -- content/programas/agua.en.md --
        ---
        title: Water
        date: 2026-01-10
        ---
        Text of the water programme.
        -- content/programas/clima.es.md --
        ---
        title: Clima
        date: 2026-02-01
        ---
        Texto del programa de clima.
        -- content/programas/clima.en.md --
        ---
        title: Climate
        date: 2026-02-01
        ---
        Text of the climate programme.
        -- content/eventos/foro.es.md --
        ---
        title: Foro
        ---
        Solo en español.
        """

    init(_ spec: String = ServeSite.standard, config: String = ServeSite.config) throws {
        folder = try InlineSite.makeFolder(prefix: "tandem-serve-test", withDefaultTheme: true)
        try write(SiteConfig.fileName, config)
        for (path, text) in InlineSite.files(in: spec) { try write(path, text) }
    }

    /// Writes like an editor that saves atomically: a hidden temporary file renamed over the target.
    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    var buildDate: CalendarDate { CalendarDate(year: 2026, month: 11, day: 22) }
}
