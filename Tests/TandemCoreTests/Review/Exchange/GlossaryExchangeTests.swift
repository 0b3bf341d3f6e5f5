import Foundation
import Testing
@testable import TandemCore

/// The glossary travels with an export: notes on the units that contain its terms,
/// and a TBX file that Tandem (and CAT tools) read back into the same entries.
@Suite("Exchange: glossary notes and TBX")
struct GlossaryExchangeTests {
    static let glossary = Glossary(entries: [
        Glossary.Entry(
            terms: ["es": "Objetivos de Desarrollo del Milenio", "en": "Millennium Development Goals"],
            variants: ["en": ["MDGs"]], forbidden: ["en": ["Millennium Goals"]], note: "2000–2015 <UN>"),
        Glossary.Entry(terms: ["es": "CEPAL", "en": "ECLAC"], caseSensitive: true),
        Glossary.Entry(terms: ["es": "municipalización", "en": "municipalization"]),
    ])

    @Test func aUnitGetsANoteForEachEntryItContainsOnce() {
        let notes = GlossaryNotes(Self.glossary).notes(
            for: "La CEPAL y los objetivos de desarrollo del milenio; otra vez la CEPAL.", from: "es", to: "en")
        #expect(notes == [
            "glossary: CEPAL → ECLAC",
            "glossary: Objetivos de Desarrollo del Milenio → Millennium Development Goals (also: MDGs; not: Millennium Goals) — 2000–2015 <UN>",
        ])
        #expect(GlossaryNotes(Self.glossary).notes(for: "Sin términos.", from: "es", to: "en") == [])
        // The other direction: an English source gets the Spanish terms.
        #expect(GlossaryNotes(Self.glossary).notes(for: "ECLAC on municipalization", from: "en", to: "es")
            == ["glossary: ECLAC → CEPAL", "glossary: municipalization → municipalización"])
    }

    @Test func theTBXReadsBackIntoTheSameEntries() throws {
        let tbx = TermbaseTBXWriter.write(Self.glossary, languages: ["es", "en"], sourceLanguage: "es")
        #expect(tbx.contains("<martif type=\"TBX-Basic\" xml:lang=\"es\">"))
        #expect(tbx.contains("2000–2015 &lt;UN&gt;"))
        var diagnostics = DiagnosticBag()
        let read = TermbaseTBX(path: "export.tbx", languages: ["es", "en"]).entries(Data(tbx.utf8), diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(read.map(\.terms) == Self.glossary.entries.map(\.terms))
        #expect(read.map(\.variants) == Self.glossary.entries.map(\.variants))
        #expect(read.map(\.forbidden) == Self.glossary.entries.map(\.forbidden))
        #expect(read.map(\.note) == Self.glossary.entries.map(\.note))
    }

    @Test func anExportCarriesGlossaryNotesAndATermbaseBesideIt() throws {
        let site = try TestSite("""
            -- glossary.yaml --
            terms:
              - es: ODM
                en: MDGs
                caseSensitive: true
            -- content/a.es.md --
            ---
            title: Los ODM
            ---
            Los ODM en los municipios.

            Otro párrafo.
            """)
        defer { site.cleanUp() }
        let run = try CLITests.run(["translate", "--source", site.folder.path, "--export", "a.xlf", "--to", "en"], in: site.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let xliff = try String(contentsOf: site.folder.appendingPathComponent("a.xlf"), encoding: .utf8)
        #expect(xliff.components(separatedBy: "glossary: ODM → MDGs").count - 1 == 2, "the title and the first paragraph")
        let termbase = try String(contentsOf: site.folder.appendingPathComponent("a.tbx"), encoding: .utf8)
        #expect(termbase.contains("<term>MDGs</term>"))
        #expect(run.stdout.contains("Wrote a.tbx beside it: the site's glossary as TBX (1 entry)."))
    }
}
