import Foundation
@testable import TandemCore

/// Helpers the review tests share.
enum ReviewFixture {
    /// A scratch copy of the bundled site (config, content, theme) to scaffold and edit.
    /// - Parameter translatingEverything: drop what says a page stays in one language on purpose
    ///   (`translation.skip`, `translate: false`), for tests that translate every bundled page.
    static func bundledSiteCopy(translatingEverything: Bool = false) throws -> TestSite {
        let site = try TestSite("", defaultTheme: true, config: false)
        for item in ["tandem.yaml", "content"] {
            try FileManager.default.copyItem(
                at: TestSite.repositoryRoot.appendingPathComponent(item), to: site.folder.appendingPathComponent(item))
        }
        guard translatingEverything else { return site }
        guard let config = site.text("tandem.yaml") else { throw FixtureError(message: "no tandem.yaml") }
        try site.write("tandem.yaml", config.replacingOccurrences(
            of: #"\n  skip:[^\n]*(\n    [^\n]*)*"#, with: "", options: String.CompareOptions.regularExpression))
        for file in ThemeLoader.files(under: site.folder.appendingPathComponent("content"), extension: "md") {
            let path = "content/" + file
            guard let text = site.text(path) else { continue }
            try site.write(path, text.replacingOccurrences(of: "\ntranslate: false\n", with: "\n"))
        }
        return site
    }

    static func site(_ site: TestSite) throws -> Site {
        var diagnostics = DiagnosticBag()
        guard let loaded = ContentSiteLoader(siteFolder: site.folder).load(diagnostics: &diagnostics) else {
            throw FixtureError(message: "\(diagnostics.items)")
        }
        if diagnostics.hasErrors { throw FixtureError(message: "\(diagnostics.errors)") }
        return loaded
    }

    /// The two-language test config with `source` as the translation source.
    static func config(source: String) -> String {
        TestSite.defaultConfig + "\ntranslation:\n  source: \(source)"
    }

    struct FixtureError: Error { var message: String }
}

extension TestSite {
    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }
}
