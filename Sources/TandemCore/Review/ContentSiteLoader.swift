import Foundation

/// The first stages of a build (config → load → parse → link, the `StageRunner`
/// stopped after link), drafts included, without theme, rendering or link checking:
/// what `status`, `review` and `translate` need to know which pages exist and how they pair.
public struct ContentSiteLoader: Sendable {
    public var siteFolder: URL

    public init(siteFolder: URL) { self.siteFolder = siteFolder }

    /// The linked site, or nil when the config cannot be read. Content errors
    /// (bad front matter) leave the file out and are added to `diagnostics`.
    public func load(diagnostics: inout DiagnosticBag) -> Site? {
        var options = BuildOptions(siteFolder: siteFolder, buildDate: CalendarDate(year: 1970, month: 1, day: 1))
        options.includeDrafts = true
        var cache = NoStageCache()
        let run = StageRunner(options: options).link(cache: &cache, loadingTheme: false)
        diagnostics.append(contentsOf: run.diagnostics.items)
        return run.site
    }
}
