import Foundation
import Testing
@testable import TandemCore

@Suite("Markdown")
struct MarkdownProcessorTests {
    func render(_ markdown: String, rawHTML: Bool = false, rewrite: @escaping (String) -> LinkRewrite = { _ in .unchanged }) -> (RenderedMarkdown, [Diagnostic]) {
        var bag = DiagnosticBag()
        let result = MarkdownProcessor(allowRawHTML: rawHTML).process(body: markdown, firstLine: 5, path: "x.md", rewriteLink: rewrite, diagnostics: &bag)
        return (result, bag.items)
    }

    @Test func gfmExtensions() {
        let (result, _) = render("""
            | a | b |
            |---|--:|
            | 1 | 2 |

            ~~no~~ https://example.org

            - [x] hecho

            Nota[^1].

            [^1]: Pie.
            """)
        #expect(result.html.contains("<table>"))
        #expect(result.html.contains(#"<td style="text-align: right">2</td>"#))
        #expect(result.html.contains("<del>no</del>"))
        #expect(result.html.contains(#"<a href="https://example.org">https://example.org</a>"#))
        #expect(result.html.contains(#"<input type="checkbox" checked="" disabled="" />"#))
        #expect(result.html.contains(#"class="footnotes""#))
    }

    @Test func headingIDsAreSpanishAwareAndUnique() {
        let (result, _) = render("## Año de Participación\n\n## Año de Participación\n\n### ¿Por qué?")
        #expect(result.headings.map(\.id) == ["ano-de-participacion", "ano-de-participacion-1", "por-que"])
        #expect(result.headings.map(\.line) == [5, 7, 9])
        #expect(result.html.contains(#"<h2 id="ano-de-participacion">"#))
        #expect(result.html.contains(#"<h3 id="por-que">"#))
    }

    @Test func rawHTMLDroppedUnlessAllowed() {
        let (safe, warnings) = render("a\n\n<div onclick=x>b</div>\n\nc <span>d</span>")
        #expect(!safe.html.contains("<div"))
        #expect(!safe.html.contains("<span"))
        #expect(warnings.map(\.location.line) == [7, 9])
        let (unsafe, none) = render("<div>b</div>\n\n<script>x</script>", rawHTML: true)
        #expect(unsafe.html.contains("<div>b</div>"))
        #expect(unsafe.html.contains("&lt;script>"), "tagfilter still applies")
        #expect(none.isEmpty)
    }

    @Test func blocksCarryStructureAndFileLines() {
        let (result, _) = render("""
            # Título

            Párrafo *con* énfasis.

            - 10:00 hrs. *Conferencia:*
              Título de la sesión
              - detalle

            | Hora | Sesión |
            |---|---|
            | 10:30-10:40 | Bienvenida |
            """)
        let kinds = result.blocks.map(\.kind)
        #expect(kinds == [.heading(level: 1), .paragraph, .listItem(depth: 0, ordered: false), .listItem(depth: 1, ordered: false), .tableHeader, .tableRow])
        #expect(result.blocks[1].text == "Párrafo con énfasis.")
        #expect(result.blocks[2].text == "10:00 hrs. Conferencia:\nTítulo de la sesión")
        #expect(result.blocks[2].source == "10:00 hrs. *Conferencia:*\nTítulo de la sesión")
        #expect(result.blocks[2].line == 9)
        #expect(result.blocks[5].cells == ["10:30-10:40", "Bienvenida"])
        #expect(result.blocks[5].line == 15)
    }

    @Test func linkRewritingAndMissingLinks() {
        let (result, diagnostics) = render("[a](a.md) [b](b.md#x) [c](https://example.org)") { url in
            switch url {
            case "a.md": .page(url: "/es/a/")
            case "b.md#x": .missing(message: "missing b", hint: nil)
            default: .unchanged
            }
        }
        #expect(result.html.contains(#"<a href="/es/a/">a</a>"#))
        #expect(result.html.contains(#"<a href="https://example.org">c</a>"#))
        #expect(diagnostics.map(\.description) == ["x.md:5:11: error: missing b"])
    }

    /// libcmark-gfm corrupts output when parsers finish on several threads at
    /// once (TECH.md); the lock in MarkdownProcessor must make parallel equal serial.
    @Test func parallelRenderingEqualsSerial() {
        let documents = (0..<400).map { index in
            "# Doc \(index)\n\n~~tachado \(index)~~ y www.example.org/\(index) y https://example.com/a\(index)\n\n| a | b |\n|---|---|\n| \(index) | ~~x~~ |\n"
        }
        let processor = MarkdownProcessor()
        let serial = documents.map { body -> String in
            var bag = DiagnosticBag()
            return processor.process(body: body, path: "x", diagnostics: &bag).html
        }
        for _ in 0..<3 {
            let parallel = Parallel.map(documents.count) { index -> String in
                var bag = DiagnosticBag()
                return processor.process(body: documents[index], path: "x", diagnostics: &bag).html
            }
            #expect(parallel == serial)
        }
        #expect(serial[7].contains("<del>tachado 7</del>"))
        #expect(serial[7].contains(#"<a href="http://www.example.org/7">"#))
    }
}
