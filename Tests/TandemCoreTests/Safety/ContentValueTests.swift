import Foundation
import Testing
@testable import TandemCore

/// Values in content that used to be accepted wrongly or ignored without a word.
@Suite("Content values")
struct ContentValueTests {
    @Test func yearZeroIsNotADate() throws {
        #expect(CalendarDate(iso: "0000-01-01") == nil)
        #expect(CalendarDate(iso: "+123-01-01") == nil)
        #expect(CalendarDate(iso: "0001-01-01")?.iso == "0001-01-01")
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            date: 0000-01-01
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == ["content/a.es.md:3:1: error: cannot read the date '0000-01-01'"])
    }

    @Test(arguments: ["yes", "no", "on", "off", "Yes", "si"])
    func draftTakesOnlyTrueOrFalse(_ value: String) throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            draft: \(value)
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == ["content/a.es.md:3:1: error: draft must be true or false, not '\(value)'"])
        #expect(report.diagnostics.first?.hint == "write `draft: true` or `draft: false`")
    }

    @Test func draftTrueAndFalseStillWork() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            draft: true
            ---
            -- content/b.es.md --
            ---
            title: B
            draft: false
            ---
            """)
        defer { site.cleanUp() }
        #expect(site.build().errorMessages == [])
        #expect(!site.exists("es/a/index.html"))
        #expect(site.exists("es/b/index.html"))
    }

    @Test func aBaseURLThatIsNotTextIsAnError() throws {
        let site = try TestSite("-- \(SiteConfig.fileName) --\nbaseURL: [a]\n" + TestSite.defaultConfig.split(separator: "\n").filter { !$0.hasPrefix("baseURL") }.joined(separator: "\n") + "\n")
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == ["\(SiteConfig.fileName):1:1: error: baseURL must be a single URL, not a list or a map"])
    }

    @Test func unknownCountryCodesAreWarningsWithAGuess() throws {
        #expect(CountryNames.codeHint(for: "UZY").hasPrefix("use an ISO"))
        #expect(CountryNames.codeHint(for: "Uruguay") == "did you mean UY? use an ISO 3166 two-letter code such as UY or MX")
        let site = try TestSite("""
            -- content/partners/a.es.md --
            ---
            title: Socios
            items:
              - country: XX
            ---
            - Fundación Uno
            -- content/agendas/a.es.md --
            ---
            title: Agenda
            timezone: America/Montevideo
            country: XX
            ---
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages.filter { $0.contains("country") } == [
            "content/agendas/a.es.md:4:1: warning: unknown country code 'XX'",
            "content/partners/a.es.md:4:5: warning: unknown country code 'XX' for this partner",
        ])
        #expect(report.diagnostics.first { $0.message.contains("XX") }?.hint?.hasPrefix("did you mean ") == true)
    }

    @Test func markCurrentKeepsAByteOrderMark() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            Texto.
            """)
        defer { site.cleanUp() }
        let bom = Data([0xEF, 0xBB, 0xBF])
        try site.write("content/a.en.md", bom + Data("---\ntitle: A\n---\nText.\n".utf8))
        _ = try SourceHashMarker(site: try ReviewFixture.site(site), siteFolder: site.folder)
            .markCurrent(ContentFileArgument(contentPath: "a.en.md"))
        let written = try #require(FileManager.default.contents(atPath: site.folder.appendingPathComponent("content/a.en.md").path))
        #expect(written.starts(with: bom))
        #expect(!written.dropFirst(3).starts(with: bom))
        #expect(String(decoding: written.dropFirst(3), as: UTF8.self).hasPrefix("---\ntitle: A\nsource_hash: sha256:"))
    }
}
