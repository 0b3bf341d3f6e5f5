import Foundation
import Testing
@testable import TandemCore

/// The exports checked with real translation tools (translate-toolkit, lxml) through
/// `Tests/exchange/exchange_check.py`. `scripts/ensure-qa-tools` installs them; without them
/// these tests are skipped, saying so.
@Suite("Exchange: real translation tools read, convert and translate the export",
       .enabled(if: ExchangeTools.available, "translate-toolkit or lxml is missing: run scripts/ensure-qa-tools (pip install translate-toolkit lxml)"))
struct ExchangeToolTests {
    static func python(_ arguments: [String]) throws -> ExchangeTools.Run { try ExchangeTools.python(arguments) }

    /// The Spanish-only agenda, event list and plan, as in the issue.
    static let pages = [
        "agendas/cumbre-concejales-2024.es.md", "agendas/taller-innovacion-ods-2024.es.md",
        "events/mercociudades-2017-2018.es.md", "programmes/mercociudades-plan-2017-2018.es.md",
    ]

    @Test func theBundledExportValidatesAndConvertsWithoutLoss() throws {
        let site = try ReviewFixture.bundledSiteCopy(translatingEverything: true)
        defer { site.cleanUp() }
        let exchange = try ExchangeFixture.export(site)
        let xliff = site.folder.appendingPathComponent("export.xlf"), po = site.folder.appendingPathComponent("export.po")
        try Data(XLIFFWriter.write(exchange).utf8).write(to: xliff)
        try Data(POWriter.write(exchange).utf8).write(to: po)
        let validation = try Self.python(["validate", xliff.path])
        #expect(validation.status == 0, "\(validation.output)")
        let conversion = try Self.python(["convert", xliff.path, po.path])
        #expect(conversion.status == 0, "\(conversion.output)")
    }

    @Test func spanishOnlyPagesTranslatedByATool() throws {
        let site = try ReviewFixture.bundledSiteCopy()
        defer { site.cleanUp() }
        let exported = site.folder.appendingPathComponent("export.xlf"), translated = site.folder.appendingPathComponent("translated.xlf")
        try Data(XLIFFWriter.write(try ExchangeFixture.export(site, pages: Self.pages)).utf8).write(to: exported)
        let translation = try Self.python(["translate", exported.path, translated.path, "mark"])
        try #require(translation.status == 0, "\(translation.output)")
        let validation = try Self.python(["validate", translated.path])
        #expect(validation.status == 0, "\(validation.output)")

        // Imported as `tandem translate --import` does.
        let (exchange, format) = try TranslationImporter.read(translated, displayPath: "translated.xlf")
        let importer = TranslationImporter(site: try ReviewFixture.site(site), siteFolder: site.folder)
        let plan = try importer.plan(exchange, format: format, path: "translated.xlf")
        try importer.write(plan)
        #expect(plan.warnings == [])
        #expect(plan.changes.map(\.path) == Self.pages.map { "content/" + $0.replacingOccurrences(of: ".es.md", with: ".en.md") })
        #expect(plan.changes.allSatisfy { $0.setsSourceHash && !$0.isDraft && $0.missingUnits == 0 })
        let agenda = try #require(site.text("content/agendas/cumbre-concejales-2024.en.md"))
        #expect(agenda.contains("- 19:30 hrs. *Conferencia Magistral: EN*\n  El Papel de los Cabildos en el Gobierno de las Ciudades EN\n"))
        #expect(agenda.contains("\n## Jueves | 31 de octubre\n"))

        // The review finds no markup problem: structure, links, facts and pairing all hold.
        let loaded = try ReviewFixture.site(site)
        let report = StatusReport(site: loaded)
        let reviewer = PairReviewer(site: loaded)
        for change in plan.changes {
            let status = try #require(report.status(of: change.translationKey))
            // Recorded as current by the approved import; the tool's "translation" is the Spanish text
            // with " EN" added, so the review rightly still reads it as Spanish: incomplete, not ok.
            #expect(status.version("en")?.recordedHash != nil)
            #expect(status.version("en")?.state == .incomplete)
            let review = try #require(reviewer.review(status, left: "es", right: "en"))
            for check in [ReviewFinding.Check.count, .linkLanguage, .fact, .unmatched, .moved] {
                #expect(review.count(check) == 0, "\(change.path): \(check)")
            }
        }

        // Built: the English pages are there, the language switch finds them, the agendas keep their sessions.
        let build = site.build()
        #expect(build.errorMessages == [])
        let spanishPages = site.outputFiles().filter { $0.hasPrefix("es/") && $0.hasSuffix("index.html") }.compactMap { site.file($0) }
        for path in ["en/agendas/cumbre-concejales-2024/index.html", "en/agendas/taller-innovacion-ods-2024/index.html",
                     "en/events/mercociudades-2017-2018/index.html", "en/programmes/mercociudades-plan-2017-2018/index.html"] {
            #expect(site.exists(path), "\(path)")
            let link = "href=\"/\(path.replacingOccurrences(of: "index.html", with: ""))\" hreflang=\"en\""
            #expect(spanishPages.contains { $0.contains(link) }, "the Spanish page's language switch leads to \(path)")
        }
        let englishAgenda = try #require(site.file("en/agendas/cumbre-concejales-2024/index.html"))
        #expect(englishAgenda.contains("datetime=\"2024-10-31T19:30:00-04:00\""))

        // The PO of the translated pages passes pofilter and converts like the XLIFF.
        let po = site.folder.appendingPathComponent("translated.po")
        try Data(POWriter.write(try ExchangeFixture.export(site, pages: Self.pages, all: true)).utf8).write(to: po)
        let conversion = try Self.python(["convert", translated.path, po.path])
        #expect(conversion.status == 0, "\(conversion.output)")
    }
}

/// Runs the Python checker.
enum ExchangeTools {
    static let checker = TestSite.repositoryRoot.appendingPathComponent("Tests/exchange/exchange_check.py")

    static let available: Bool = (try? python(["tools"]).status) == 0

    struct Run {
        var status: Int32
        var output: String
    }

    static func python(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", checker.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
