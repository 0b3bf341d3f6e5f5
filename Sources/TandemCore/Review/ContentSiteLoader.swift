import Foundation

/// The first stages of a build (config → load → parse → link), drafts included,
/// without rendering or link checking: what `status`, `review` and `translate`
/// need to know which pages exist and how they pair.
public struct ContentSiteLoader: Sendable {
    public var siteFolder: URL

    public init(siteFolder: URL) { self.siteFolder = siteFolder }

    /// The linked site, or nil when the config cannot be read. Content errors
    /// (bad front matter) leave the file out and are added to `diagnostics`.
    public func load(diagnostics: inout DiagnosticBag) -> Site? {
        guard let config = SiteConfigLoader(siteFolder: siteFolder).load(diagnostics: &diagnostics) else { return nil }
        let files = ContentScanner(siteFolder: siteFolder, config: config)
            .scan(into: &diagnostics)
        let parsed = Parallel.map(files.count) { index -> (Page?, [Diagnostic]) in
            var local = DiagnosticBag()
            let page = PageParser().parse(files[index], diagnostics: &local)
            return (page, local.items)
        }
        for (_, items) in parsed { diagnostics.append(contentsOf: items) }
        return SiteLinker(config: config, includeDrafts: true).link(parsed.compactMap(\.0), diagnostics: &diagnostics)
    }
}
