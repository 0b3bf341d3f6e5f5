/// One run of the `StageRunner`: how far it got, what every stage reported, how long each took.
struct StageRun {
    var diagnostics = DiagnosticBag()
    /// Stage name → seconds, in the order the stages ran.
    var times: [(String, Double)] = []
    /// Nil only when the config could not be read.
    var config: SiteConfig?
    var theme: Theme?
    /// The linked site; nil when the config could not be read.
    var site: Site?
    /// Set when every stage before render ran (the run was not stopped after link).
    var checked: CheckedSite?
}
