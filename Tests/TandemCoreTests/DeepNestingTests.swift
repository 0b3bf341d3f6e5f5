import Foundation
import Testing
@testable import TandemCore

/// Markdown nested tens of thousands deep builds, reviews and rebuilds in seconds:
/// Tandem walks cmark's tree with its iterator, never recursing once per level
/// (25,000 nested list markers once overflowed the stack and killed the process).
@Suite("Deep nesting")
struct DeepNestingTests {
    static let shapes: [(name: String, body: String)] = [
        ("lists", String(repeating: "- ", count: 25_000) + "x\n"),
        ("quotes", String(repeating: ">", count: 50_000) + " x\n"),
        ("emphasis", String(repeating: "*", count: 100_000) + "x" + String(repeating: "*", count: 100_000) + "\n"),
        ("emphasis runs", String(repeating: "*a ", count: 50_000) + String(repeating: " a*", count: 50_000) + "\n"),
    ]

    @Test(arguments: 0..<shapes.count) func buildsWithinSeconds(_ index: Int) throws {
        let shape = Self.shapes[index]
        let site = try TestSite("")
        defer { site.cleanUp() }
        try site.write("content/hondo.es.md", "---\ntitle: Hondo\n---\n" + shape.body)
        try site.write("content/hondo.en.md", "---\ntitle: Deep\n---\n" + shape.body)
        let start = Date()
        let report = site.build()
        #expect(report.errorMessages == [], "\(shape.name)")
        #expect(site.exists("es/hondo/index.html"), "\(shape.name)")
        #expect(Date().timeIntervalSince(start) < 20, "\(shape.name)")
    }

    /// Found by the deep-nesting fuzzer: positions of links and raw HTML were counted from
    /// the line's start (53 s for 20,000 tags on one line) and, for nodes without one, by
    /// walking up every parent (10 s for 20,000 nested images).
    @Test func manyPositionsOnOneLongLineStayLinear() throws {
        let site = try TestSite("")
        defer { site.cleanUp() }
        let tags = String(repeating: "<em>", count: 40_000) + "x" + String(repeating: "</em>", count: 40_000)
        let images = "Ñandú " + String(repeating: "![", count: 40_000) + "x" + String(repeating: "](https://example.org/i.png)", count: 40_000)
        try site.write("content/etiquetas.es.md", "---\ntitle: Etiquetas\n---\n" + tags + "\n")
        try site.write("content/imagenes.es.md", "---\ntitle: Imágenes\n---\n" + images + "\n")
        let start = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(report.errorMessages == [])
        #expect(report.messages.contains("content/etiquetas.es.md:4:1: warning: raw HTML dropped"))
    }

    @Test func reviewGathersBlocksOfDeepPages() throws {
        let site = try TestSite("")
        defer { site.cleanUp() }
        for (offset, shape) in Self.shapes.enumerated() {
            try site.write("content/hondo\(offset).es.md", "---\ntitle: Hondo \(offset)\n---\n" + shape.body)
            try site.write("content/hondo\(offset).en.md", "---\ntitle: Deep \(offset)\n---\n" + shape.body)
        }
        let loaded = try ReviewFixture.site(site)
        let reviewer = PairReviewer(site: loaded)
        let deepPages = loaded.pages.filter { $0.source?.baseName.hasPrefix("hondo") == true }
        #expect(deepPages.count == 2 * Self.shapes.count)
        for page in deepPages {
            #expect(!reviewer.blocks(of: page).isEmpty, "\(page.source?.path ?? "")")
        }
    }

    @Test func aServeSessionRebuildsADeepPage() throws {
        let site = try TestSite("-- content/a.es.md --\n---\ntitle: A\n---\nTexto.\n")
        defer { site.cleanUp() }
        var options = site.options()
        options.outputFolder = site.folder.appendingPathComponent("serve", isDirectory: true)
        let session = SiteSession(options: options)
        #expect(session.build().succeeded)
        for shape in Self.shapes {
            try site.write("content/a.es.md", "---\ntitle: A\n---\n" + shape.body)
            let report = session.rebuild(changed: ["content/a.es.md"])
            #expect(report.succeeded, "\(shape.name)")
        }
    }

    @Test func plainTextKeepsTheWordsOfEveryLevel() {
        var diagnostics = DiagnosticBag()
        let body = String(repeating: "> ", count: 3) + "uno *dos **tres***\n\n- a\n  - b\n    - c\n"
        let rendered = MarkdownProcessor().process(body: body, path: "a.md", diagnostics: &diagnostics)
        #expect(rendered.plainText == "uno dos tres\n\na\n\nb\n\nc")
        #expect(rendered.blocks.map(\.kind) == [.paragraph, .listItem(depth: 0, ordered: false), .listItem(depth: 1, ordered: false), .listItem(depth: 2, ordered: false)])
    }
}
