import Foundation

/// What the stages before render made: a site ready to render when the run's
/// diagnostics hold no error.
struct CheckedSite {
    var config: SiteConfig
    var theme: Theme?
    var site: Site
    var references: ProgrammeReferences
    var markdown: [RenderedMarkdown]
    var programme: ProgrammeData
    var tags: TagIndex
    /// Paths of the files under `static/`, relative to it.
    var staticFiles: [String]
}
