import Foundation
import Testing
@testable import TandemCore

@Suite("Exchange: export and import give back the source's Markdown")
struct ExchangeRoundTripTests {
    /// Translations removed so that every bundled page is exported whole: the Spanish pages into
    /// English, and the English-only programme into Spanish.
    static let translationsOfSpanishPages = [
        "content/_index.en.md", "content/agendas/_index.en.md", "content/events/_index.en.md", "content/partners/_index.en.md",
        "content/programmes/_index.en.md", "content/partners/municipalizacion-odm.en.md", "content/programmes/municipalizacion-odm.en.md",
    ]

    /// The page's Markdown as the build reads it: block kinds, texts and cells, and the HTML with
    /// links to the other language's files counted as the same link.
    static func structure(_ page: Page) -> (blocks: [String], html: String) {
        var ignored = DiagnosticBag()
        let rendered = MarkdownProcessor().process(body: page.body, path: page.displayPath, diagnostics: &ignored)
        let blocks = rendered.blocks.map { "\($0.kind) \($0.text) \($0.cells)" }
        return (blocks, rendered.html.replacingOccurrences(of: ".en.md", with: ".LANG.md").replacingOccurrences(of: ".es.md", with: ".LANG.md"))
    }

    @Test(arguments: [TranslationImporter.Format.xliff, .po])
    func everyBundledPageComesBackWithItsStructure(format: TranslationImporter.Format) throws {
        let site = try ReviewFixture.bundledSiteCopy(translatingEverything: true)
        defer { site.cleanUp() }
        for path in Self.translationsOfSpanishPages { try site.remove(path) }
        var written: [String] = []
        for language in ["en", "es"] {
            let exchange = try ExchangeFixture.export(site, to: language)
            let plan = try ExchangeFixture.importing(site, ExchangeFixture.copyingSources(exchange, format: format), format: format)
            #expect(plan.warnings == [])
            written += plan.changes.map(\.path)
        }
        #expect(written.count == 13, "12 Spanish pages into English, the English-only programme into Spanish: \(written)")

        let loaded = try ReviewFixture.site(site)
        let report = StatusReport(site: loaded)
        for status in report.statuses {
            for version in status.translations {
                // Approved, so the import recorded the source; but each target is a copy of its source,
                // so the review rightly finds untranslated text where the page has words to translate.
                #expect(version.recordedHash != nil, "\(version.path ?? status.translationKey)")
                #expect(version.state == .ok || version.state == .incomplete, "\(version.path ?? status.translationKey): \(version.state)")
                guard let source = status.source?.pageIndex, let translation = version.pageIndex else { continue }
                let a = Self.structure(loaded.pages[source]), b = Self.structure(loaded.pages[translation])
                #expect(a.blocks == b.blocks, "\(version.path ?? "")")
                #expect(a.html == b.html, "\(version.path ?? "")")
                #expect(loaded.pages[translation].frontMatter.title == loaded.pages[source].frontMatter.title)
            }
        }
        // The agenda keeps its times and lists byte for byte; only the recorded hash is new.
        let agenda = try #require(site.text("content/agendas/cumbre-concejales-2024.en.md"))
        let original = try #require(site.text("content/agendas/cumbre-concejales-2024.es.md"))
        #expect(agenda.replacingOccurrences(of: #"source_hash: sha256:[0-9a-f]{16}\n"#, with: "", options: .regularExpression) == original)
        let report2 = site.build()
        #expect(report2.errorMessages == [])
        #expect(site.exists("en/agendas/cumbre-concejales-2024/index.html"))
    }

    @Test func aTranslationOfEveryKindOfMarkupGoesBackInPlace() throws {
        let site = try TestSite(#"""
            -- content/a.es.md --
            ---
            title: "Página"
            summary: Un resumen
            ---

            # Título con `código` ##

            Un [enlace](https://x.org/a_(b) "título") y **negrita _anidada_**,
            una nota[^n] y un salto\
            de línea; ~~tachado~~ y ![imagen](i.png), <https://y.org> y www.z.org.

            > Una cita
            > en dos líneas

            1. Primero
               sigue
               - anidado

            | Hora | Tema |
            |---|:--|
            | 10:00 | Apertura \| y *más* |

            Escapes: 1\. \* \_ \[ \] \<b> &amp;

            [^n]: La nota.
            """#)
        defer { site.cleanUp() }
        let exchange = try ExchangeFixture.export(site)
        let units = try #require(exchange.files.first).units
        #expect(units.map(\.id) == ["title", "summary", "b1", "b2", "b3", "b4", "b5", "b6.1", "b6.2", "b7.2", "b8", "b9"])
        #expect(XLIFFWriter.inline(units[3].source) == #"Un <bpt id="1" ctype="link">[</bpt>enlace<ept id="1">](https://x.org/a_\(b\) &quot;título&quot;)</ept> y <bpt id="2" ctype="bold">**</bpt>negrita <bpt id="3" ctype="italic">_</bpt>anidada<ept id="3">_</ept><ept id="2">**</ept>,"#
            + "\n" + #"una nota<ph id="4" ctype="x-footnote">[^n]</ph> y un salto<ph id="5" ctype="lb">\"# + "\n"
            + #"</ph>de línea; <bpt id="6" ctype="x-strike">~~</bpt>tachado<ept id="6">~~</ept> y <bpt id="7" ctype="image">![</bpt>imagen<ept id="7">](i.png)</ept>, <ph id="8" ctype="x-autolink">&lt;https://y.org&gt;</ph> y <ph id="9" ctype="x-autolink">www.z.org</ph>."#)
        _ = try ExchangeFixture.importing(site, ExchangeFixture.copyingSources(exchange, format: .xliff), format: .xliff)
        let source = try #require(site.text("content/a.es.md")), translation = try #require(site.text("content/a.en.md"))
        let loaded = try ReviewFixture.site(site)
        let es = try #require(loaded.pagesByContentPath["a.es.md"]), en = try #require(loaded.pagesByContentPath["a.en.md"])
        #expect(ExchangeRoundTripTests.structure(loaded.pages[es]).html == ExchangeRoundTripTests.structure(loaded.pages[en]).html)
        #expect(translation.contains("1. Primero\n   sigue\n   - anidado"))
        #expect(translation.contains("> Una cita\n> en dos líneas"))
        #expect(translation.contains("| 10:00 | Apertura \\| y *más* |"))
        #expect(source.split(separator: "\n").count + 2 == translation.split(separator: "\n").count, "translationKey and source_hash added")
    }
}
