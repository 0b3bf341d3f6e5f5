import Foundation
import Testing
@testable import TandemCore

/// The bundled `content/` is the site a newcomer builds first: it must build
/// cleanly and carry every line of the seed documents it was made from.
@Suite("Bundled site")
struct BundledSiteTests {
    static func buildBundledSite() throws -> (BuildReport, URL) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-bundled-\(UUID().uuidString)")
        var options = BuildOptions(siteFolder: TestSite.repositoryRoot, outputFolder: output, buildDate: CalendarDate(year: 2026, month: 11, day: 22))
        options.strict = false
        return (SiteBuilder(options: options).build(), output)
    }

    @Test func buildsWithoutErrors() throws {
        let (report, output) = try Self.buildBundledSite()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(report.errorMessages == [])
        #expect(report.errors.isEmpty)
        let counts = Dictionary(uniqueKeysWithValues: report.pagesPerLanguage.map { ($0.code, $0.count) })
        #expect((counts["es"] ?? 0) >= 6)
        #expect((counts["en"] ?? 0) >= 3)
    }

    @Test func everySeedLineReachesTheOutput() throws {
        let (report, output) = try Self.buildBundledSite()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(report.errorMessages == [])
        var published = ""
        for path in ThemeLoader.files(under: output, extension: "html") {
            published += SeedText.visibleText(ofHTML: try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) + "\n"
        }
        let normalizedOutput = SeedText.normalize(published)

        let seeds = try #require(Bundle.module.url(forResource: "Fixtures/Seeds", withExtension: nil))
        var missing: [String] = []
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            for fragment in SeedText.fragments(of: text) {
                checked += 1
                if !normalizedOutput.contains(fragment) { missing.append("\(name): \(fragment)") }
            }
        }
        #expect(checked > 300)
        #expect(missing.isEmpty, "seed text missing from the site:\n\(missing.joined(separator: "\n"))")
    }
}

/// Reduces seed text and published HTML to comparable plain text: the repairs
/// the content made (stray `**`, list markers, the HTML list in a table cell,
/// footnote markers, lines joined across page breaks) disappear on both sides.
enum SeedText {
    static func fragments(of seed: String) -> [String] {
        var result: [String] = []
        for line in seed.split(separator: "\n") {
            // The workshop agenda is tab-separated, and one cell held an HTML list joined by bullets.
            var pieces = line.split(separator: "\t").map(String.init)
            pieces = pieces.flatMap { piece in
                stripTags(piece).split(separator: "•").map(String.init)
            }
            for piece in pieces {
                let normalized = normalize(piece)
                if normalized.count >= 2 { result.append(normalized) }
            }
        }
        return result
    }

    static func visibleText(ofHTML html: String) -> String {
        var text = html
        if let start = text.range(of: "<body") { text = String(text[start.lowerBound...]) }
        // Footnote reference numbers are added by the renderer, not part of the seed's words;
        // inline tags sit inside words and punctuation ("**Curso**," → "Curso,").
        text = text.replacingOccurrences(of: #"<sup class="footnote-ref">.*?</sup>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"</?(strong|em|a|code|sup|span|del)\b[^>]*>"#, with: "", options: .regularExpression)
        return decodeEntities(stripTags(text))
    }

    static func stripTags(_ text: String) -> String {
        text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func normalize(_ text: String) -> String {
        var value = text.precomposedStringWithCanonicalMapping
        for marker in ["*", "#", "¹", "²", "\\"] { value = value.replacingOccurrences(of: marker, with: "") }
        // List markers at the start: "- ", "1. ", " - ".
        value = value.replacingOccurrences(of: #"^\s*(-\s+)?(\d+\.\s+)?"#, with: "", options: .regularExpression)
        value = value.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        return value.trimmingCharacters(in: .whitespaces)
    }
}
