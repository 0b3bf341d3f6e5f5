import Foundation
@testable import TandemCore
import TandemTestSupport

/// A whole small site written from one string, Hugo-style:
///
///     -- tandem.yaml --
///     languages: [...]
///     -- content/_index.es.md --
///     ---
///     title: Inicio
///     ---
///
/// Built into a fresh temporary folder; assertions read the produced files.
struct TestSite {
    let folder: URL

    static var repositoryRoot: URL { InlineSite.repositoryRoot }
    static var defaultConfig: String { InlineSite.twoLanguageConfig }

    /// - Parameters:
    ///   - files: the `-- path --` sections.
    ///   - defaultTheme: copy the repository's `themes/default` first (files in the spec win).
    ///   - config: write the default two-language `tandem.yaml` unless the spec has one.
    init(_ files: String, defaultTheme: Bool = true, config: Bool = true) throws {
        folder = try InlineSite.makeFolder(prefix: "tandem-test", withDefaultTheme: defaultTheme)
        let parsed = Self.parse(files)
        if config, !parsed.contains(where: { $0.path == SiteConfig.fileName }) {
            try write(SiteConfig.fileName, Self.defaultConfig)
        }
        for file in parsed { try write(file.path, file.text) }
    }

    static func parse(_ spec: String) -> [(path: String, text: String)] { InlineSite.files(in: spec) }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
    }

    var output: URL { folder.appendingPathComponent("output", isDirectory: true) }

    func options(strict: Bool = false, drafts: Bool = false, baseURL: String? = nil, write: Bool = true) -> BuildOptions {
        var options = BuildOptions(siteFolder: folder, buildDate: CalendarDate(year: 2026, month: 11, day: 22))
        options.strict = strict
        options.includeDrafts = drafts
        options.baseURL = baseURL
        options.writeOutput = write
        return options
    }

    @discardableResult
    func build(strict: Bool = false, drafts: Bool = false, baseURL: String? = nil, write: Bool = true) -> BuildReport {
        SiteBuilder(options: options(strict: strict, drafts: drafts, baseURL: baseURL, write: write)).build()
    }

    /// The text of a produced file, or nil when it was not written.
    func file(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file under the output folder, relative, sorted.
    func outputFiles() -> [String] {
        ThemeLoader.files(under: output, extension: "")
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}

extension BuildReport {
    /// Diagnostics as `path:line:column: severity: message`, the form users see.
    var messages: [String] { diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } }
    /// Only the errors, for short failure output when a build should succeed.
    var errorMessages: [String] { messages.filter { $0.contains(": error: ") } }
}
