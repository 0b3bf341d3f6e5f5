import Foundation
@testable import TandemCore

/// Helpers the exchange tests share: export, fill targets, import.
enum ExchangeFixture {
    static func export(_ site: TestSite, to language: String = "en", pages: [String] = [], all: Bool = false) throws -> TranslationExchange {
        let loaded = try ReviewFixture.site(site)
        return try TranslationExporter(site: loaded, siteFolder: site.folder)
            .export(to: language, pages: pages.map { ContentFileArgument(contentPath: $0) }, includeAll: all)
    }

    /// Every target set to its source, approved: what a translator who changed nothing sends back.
    static func copyingSources(_ exchange: TranslationExchange, format: TranslationImporter.Format) -> TranslationExchange {
        var result = exchange
        for f in result.files.indices {
            for u in result.files[f].units.indices {
                if format == .xliff {
                    result.files[f].units[u].target = result.files[f].units[u].source
                } else {
                    result.files[f].units[u].targetMarkdown = result.files[f].units[u].sourceMarkdown
                }
                result.files[f].units[u].state = "translated"
                result.files[f].units[u].approved = true
            }
        }
        return result
    }

    /// Writes the exchange as its format, reads it back as an import would, and plans the import.
    static func plan(_ site: TestSite, _ exchange: TranslationExchange, format: TranslationImporter.Format, name: String? = nil) throws -> TranslationImporter.Plan {
        let text = format == .xliff ? XLIFFWriter.write(exchange) : POWriter.write(exchange)
        return try plan(site, text: text, format: format, name: name)
    }

    static func plan(_ site: TestSite, text: String, format: TranslationImporter.Format, name: String? = nil) throws -> TranslationImporter.Plan {
        let fileName = name ?? (format == .xliff ? "t.xlf" : "t.po")
        let url = site.folder.appendingPathComponent(fileName)
        try Data(text.utf8).write(to: url)
        let (read, readFormat) = try TranslationImporter.read(url, displayPath: fileName)
        return try TranslationImporter(site: try ReviewFixture.site(site), siteFolder: site.folder).plan(read, format: readFormat, path: fileName)
    }

    static func importing(_ site: TestSite, _ exchange: TranslationExchange, format: TranslationImporter.Format) throws -> TranslationImporter.Plan {
        let plan = try plan(site, exchange, format: format)
        try TranslationImporter(site: try ReviewFixture.site(site), siteFolder: site.folder).write(plan)
        return plan
    }

    /// The errors an import throws, as printed.
    static func errors(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let errors as ExchangeFileErrors {
            return errors.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }
}
