import Foundation
import TandemCore

/// A small site written from one `-- path --` string (the format of
/// TandemCoreTests' TestSite), in a fresh temporary folder, with the
/// repository's default theme.
struct ServeSite {
    let folder: URL

    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let config = """
        baseURL: /
        defaultLanguage: es
        theme: default
        languages:
          - code: es
            name: Español
            title: Sitio
            description: Descripción del sitio.
          - code: en
            name: English
            locale: en-GB
            title: Site
            description: Site description.
        """

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
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tandem-serve-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repositoryRoot.appendingPathComponent("themes/default"),
            to: folder.appendingPathComponent("themes/default"))
        try write(SiteConfig.fileName, config)
        for (path, text) in Self.parse(spec) { try write(path, text) }
    }

    static func parse(_ spec: String) -> [(String, String)] {
        var files: [(String, String)] = []
        var currentPath: String?
        var lines: [Substring] = []
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                if let path = currentPath { files.append((path, lines.joined(separator: "\n") + "\n")) }
                currentPath = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if currentPath != nil {
                lines.append(line)
            }
        }
        if let path = currentPath { files.append((path, lines.joined(separator: "\n") + "\n")) }
        return files
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
