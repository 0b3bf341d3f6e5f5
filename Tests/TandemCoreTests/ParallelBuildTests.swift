import Foundation
import Testing
@testable import TandemCore

/// libcmark-gfm is not thread-safe as shipped, and the render stage shares one
/// site between threads: the whole site built on every core must be the same,
/// byte for byte, as the site built on one thread.
@Suite("Parallel build")
struct ParallelBuildTests {
    /// Many pages in both languages with everything that exercised the shared
    /// cmark state: strikethrough, autolinks, tables, footnotes, task lists.
    static func spec(pages: Int) -> String {
        var text = ""
        for index in 0..<pages {
            for (language, word) in [("es", "Programa"), ("en", "Programme")] {
                text += """
                    -- content/programas/p\(index).\(language).md --
                    ---
                    title: \(word) \(index)
                    date: 2026-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1))
                    ---
                    ## \(word) \(index) ~~antiguo~~ nuevo

                    Visite https://example.org/\(index) o www.example.org/p\(index), ~~tachado~~ y **negrita**.[^n\(index)]

                    | Hora | Actividad ~~x~~ |
                    |---|---|
                    | 10:00 | Sesión \(index) https://example.com |

                    - [x] hecho ~~no~~
                    - [ ] pendiente

                    [^n\(index)]: Nota \(index) con www.example.net.

                    """
                text += "\n"
            }
        }
        return text
    }

    @Test func parallelOutputEqualsSerialOutput() throws {
        let site = try TestSite(Self.spec(pages: 150))
        defer { site.cleanUp() }
        var serialOptions = site.options()
        serialOptions.outputFolder = site.folder.appendingPathComponent("serial", isDirectory: true)
        let serial = Parallel.$isSerial.withValue(true) { SiteBuilder(options: serialOptions).build() }
        #expect(serial.errorMessages == [])

        var parallelOptions = site.options()
        parallelOptions.outputFolder = site.folder.appendingPathComponent("parallel", isDirectory: true)
        for round in 0..<3 {
            let parallel = SiteBuilder(options: parallelOptions).build()
            #expect(parallel.errorMessages == [])
            let serialFiles = ThemeLoader.files(under: serialOptions.resolvedOutputFolder, extension: "")
            let parallelFiles = ThemeLoader.files(under: parallelOptions.resolvedOutputFolder, extension: "")
            #expect(serialFiles == parallelFiles)
            #expect(serialFiles.count > 300)
            let differing = serialFiles.filter { path in
                FileManager.default.contents(atPath: serialOptions.resolvedOutputFolder.appendingPathComponent(path).path)
                    != FileManager.default.contents(atPath: parallelOptions.resolvedOutputFolder.appendingPathComponent(path).path)
            }
            #expect(differing == [], "round \(round)")
        }
        // The serial build really ran the strikethrough and autolink extensions.
        let page = try #require(String(data: try Data(contentsOf: serialOptions.resolvedOutputFolder.appendingPathComponent("es/programas/programa-7/index.html")), encoding: .utf8))
        #expect(page.contains("<del>tachado</del>"))
        #expect(page.contains("<a href=\"https://example.org/7\">"))
    }
}
