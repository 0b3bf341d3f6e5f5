import Foundation
import Testing
@testable import TandemCore

/// Content an attacker or a careless export could produce: the output stays
/// safe, inside the output folder, and the build neither crashes nor hangs.
@Suite("Hostile content")
struct HostileContentTests {
    @Test func scriptsAndJavaScriptLinksNeverReachTheOutput() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: "<script>alert(1)</script>"
            summary: "<img src=x onerror=alert(1)>"
            tags: ["<b>x</b>"]
            ---
            [clic](javascript:alert(1)) [otro](JAVASCRIPT:alert(1)) ![img](javascript:alert(2))

            <iframe src="https://evil.example"></iframe>
            """)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        for file in site.outputFiles() where file.hasSuffix(".html") || file.hasSuffix(".json") || file.hasSuffix(".xml") {
            let text = try #require(site.file(file))
            #expect(!text.contains("<script>alert"), "\(file)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(file)")
            #expect(!text.contains("<img src=x"), "\(file)")
            #expect(!text.contains("<iframe"), "\(file)")
        }
    }

    @Test func fileNamesWithSpacesAndAccentsAndBothUnicodeForms() throws {
        let nfc = "Año de Participación.es.md"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfc.utf8.count != nfd.utf8.count)
        let site = try TestSite("")
        defer { site.cleanUp() }
        try site.write("content/temas/" + nfd, "---\ntitle: Año de Participación\n---\nTexto.\n")
        try site.write("content/temas/otro.es.md", "---\ntitle: Otro\n---\n[enlace](\(nfc.replacingOccurrences(of: " ", with: "%20")))\n")
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(site.exists("es/temas/ano-de-participacion/index.html"))
        // The same name in the other normalization is a second file with the same page: an error.
        try site.write("content/temas/" + nfc, "---\ntitle: Duplicado\n---\n")
        let clash = site.build()
        #expect(clash.errorMessages.contains { $0.contains("differ only in how accents are encoded") })
    }

    @Test func aTenMegabytePageBuilds() throws {
        let paragraph = "Municipalización de los **ODM** en América Latina, con [enlace](https://example.org) y ~~texto~~.\n\n"
        let body = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1)
        let site = try TestSite("")
        defer { site.cleanUp() }
        try site.write("content/grande.es.md", "---\ntitle: Grande\n---\n" + body)
        let start = Date()
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(Date().timeIntervalSince(start) < 60)
        #expect((site.file("es/grande/index.html")?.utf8.count ?? 0) > 10_000_000)
    }

    @Test func tenThousandFilesInOneSection() throws {
        let site = try TestSite("")
        defer { site.cleanUp() }
        for index in 0..<10_000 {
            try site.write("content/masivo/p\(index).es.md", "---\ntitle: Página \(index)\nweight: \(index)\n---\nTexto \(index).\n")
        }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(report.pagesPerLanguage.first { $0.code == "es" }?.count == 10_000)
        let list = try #require(site.file("es/masivo/index.html"))
        #expect(list.contains("/es/masivo/pagina-9999/"))
    }

    @Test func outputWriterRefusesPathsOutsideItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-writer-\(UUID().uuidString)/output")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let writer = try OutputWriter(outputFolder: folder)
        #expect(throws: OutputPathError.self) { try writer.write(OutputFile(path: "../escape.html", text: "x")) }
        #expect(throws: OutputPathError.self) { try writer.write(OutputFile(path: "/etc/passwd", text: "x")) }
        #expect(throws: OutputPathError.self) { try writer.write(OutputFile(path: "es/../../x", text: "x")) }
        writer.discard()
    }
}
