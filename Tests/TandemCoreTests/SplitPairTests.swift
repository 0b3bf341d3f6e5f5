import Foundation
import Testing
@testable import TandemCore

/// Pairing by translation key must not split silently, and the hints that name
/// keys must lead to the right fix (issue #13).
@Suite("Link: split pairs and translation key hints")
struct SplitPairTests {
    @Test func twoFilesOfOnePathWithDifferentKeysWarn() throws {
        let site = try TestSite("""
            -- content/source/missing.es.md --
            ---
            title: Fuente
            ---
            -- content/source/missing.en.md --
            ---
            title: Source
            translationKey: missing/source
            ---
            -- content/otro/nota.es.md --
            ---
            title: Nota
            translationKey: nota-es
            ---
            -- content/otro/nota.en.md --
            ---
            title: Note
            translationKey: nota-en
            ---
            -- content/otro/cruzada.es.md --
            ---
            title: Cruzada
            translationKey: nota-en
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        // nota.en.md is paired (with cruzada.es.md) under its key: on purpose, no warning for it.
        #expect(report.messages == [
            "content/source/missing.en.md:3:1: warning: content/source/missing.en.md and content/source/missing.es.md are not paired: their translationKeys differ ('missing/source' and 'source/missing', from its path)",
        ])
        #expect(report.warnings.first?.hint == "write the same translationKey in both files (or in neither: then their path pairs them); if they are different pages, rename one")
    }

    @Test func didYouMeanNamesPathKeysAndKindsOfPage() throws {
        let site = try TestSite("""
            -- content/source/missing.es.md --
            ---
            title: Fuente
            ---
            -- content/source/missing.en.md --
            ---
            title: Source
            ---
            -- content/agendas/taller.es.md --
            ---
            title: Agenda
            translationKey: agenda-taller
            timezone: Europe/Madrid
            programme: missing/source
            ---
            -- content/programmes/p.es.md --
            ---
            title: P
            agendas: [agendas/taller]
            events: nada-parecido
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        let hints = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.hint ?? "")" }
        #expect(hints == [
            "5: did you mean 'source/missing' (page content/source/missing.es.md, in es and en)?",
            "3: did you mean 'agenda-taller' (agenda content/agendas/taller.es.md, in es)?",
            "4: fix the key, or set `translationKey: nada-parecido` in every language version of the page you mean (its versions pair by it)",
        ])
    }
}
