import Foundation
import Testing
@testable import TandemCore

@Suite("Exchange: tandem translate --export / --import on the command line")
struct ExchangeCLITests {
    @Test func exportThenImportThenRefuseAFileFromAnotherSite() throws {
        let site = try TestSite(ExchangeImportTests.page)
        defer { site.cleanUp() }
        let folder = site.folder.path
        let export = try CLITests.run(["translate", "--source", folder, "--export", "a.po", "--to", "en"], in: site.folder)
        #expect(export.status == 0)
        #expect(export.stdout == "Wrote a.po: 5 units from 1 page to translate into en.\n  content/a.es.md → content/a.en.md (5 units)\n")
        let po = try #require(String(data: try Data(contentsOf: site.folder.appendingPathComponent("a.po")), encoding: .utf8))
        #expect(po.contains("msgctxt \"content/a.es.md#b2\"\nmsgid \"Primero\"\nmsgstr \"\"\n"))

        // Another site's file: a clear error, exit status 1, nothing written.
        let foreign = po.replacingOccurrences(of: #"X-Tandem-Site: site-[0-9a-f]{12}"#, with: "X-Tandem-Site: site-0123456789ab", options: .regularExpression)
        try Data(foreign.utf8).write(to: site.folder.appendingPathComponent("other.po"))
        let refused = try CLITests.run(["translate", "--source", folder, "--import", "other.po"], in: site.folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("other.po:15: error: the file was exported from another site (site-0123456789ab)"))
        #expect(refused.stderr.hasSuffix("nothing was written\n"))
        #expect(site.text("content/a.en.md") == nil)

        // Two units translated: written as a draft, reviewed.
        let translated = po.replacingOccurrences(of: "msgid \"Primero\"\nmsgstr \"\"", with: "msgid \"Primero\"\nmsgstr \"First\"")
            .replacingOccurrences(of: "msgid \"Agenda\"\nmsgstr \"\"", with: "msgid \"Agenda\"\nmsgstr \"Agenda (EN)\"")
        try Data(translated.utf8).write(to: site.folder.appendingPathComponent("a.po"))
        let imported = try CLITests.run(["translate", "--source", folder, "--import", "a.po"], in: site.folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Wrote content/a.en.md: 2 units imported; 3 still missing, draft: true; source_hash not set (units missing, not approved or changed)\nReview of content/a.en.md: "))
        #expect(site.text("content/a.en.md")?.contains("- First\n- Segundo\n") == true)

        let usage = try CLITests.run(["translate", "--source", folder, "--export", "a.txt"], in: site.folder)
        #expect(usage.status == 64 || usage.status == 2)
        #expect(usage.stderr.hasPrefix("Error: 'a.txt': name the file .xlf (XLIFF 1.2) or .po (gettext PO)"))
    }
}
