/// Per-file results kept between runs of the `StageRunner`: the one thing, with the
/// output sink, that differs between `build` (nothing kept: `NoStageCache`) and
/// `serve` (everything kept between rebuilds: `SessionStageCache`).
///
/// Each requirement is one stage for the whole site; a cache answers from what it
/// kept and works only on what changed, or does the whole stage. The runner calls
/// them in order, so a cache may use what an earlier stage of the same run told it.
protocol StageCache {
    /// The site's config: the kept one, or `load()`'s.
    mutating func config(_ load: () -> SiteConfig?) -> SiteConfig?
    /// The theme: the kept one, or `load`'s (its diagnostics added to `diagnostics`).
    mutating func theme(_ load: (inout DiagnosticBag) -> Theme?, diagnostics: inout DiagnosticBag) -> Theme?
    /// The content files, sorted by content path.
    mutating func sources(_ scanner: ContentScanner, diagnostics: inout DiagnosticBag) -> [SourceFile]
    /// The parse stage: a page for each file that parses, in the files' order.
    mutating func pages(of files: [SourceFile], diagnostics: inout DiagnosticBag) -> [Page]
    /// The link stage: `link`'s site, or a kept site with the changed pages swapped in.
    mutating func site(link: (inout DiagnosticBag) -> Site, diagnostics: inout DiagnosticBag) -> Site
    /// Each page's Markdown, by page index.
    mutating func markdown(of site: Site, diagnostics: inout DiagnosticBag) -> [RenderedMarkdown]
    /// Agendas, partner lists and event lists.
    mutating func programme(of site: Site, markdown: [RenderedMarkdown], diagnostics: inout DiagnosticBag) -> ProgrammeData
    /// The link check: every page, or only those a change can have broken.
    mutating func checkLinks(_ checker: InternalLinkChecker, diagnostics: inout DiagnosticBag)
    /// Whether the Markdown's links and footnote ids stay after the link check (a later
    /// check of changed pages reads them); a build that renders once lets them go.
    var keepsLinks: Bool { get }
    /// The programme references: `make`'s, or kept ones that the change cannot have altered.
    mutating func references(of site: Site, make: (inout DiagnosticBag) -> ProgrammeReferences, diagnostics: inout DiagnosticBag) -> ProgrammeReferences
    /// The tag index: `make()`'s, or a kept one that the change cannot have altered.
    mutating func tags(of site: Site, make: () -> TagIndex) -> TagIndex
    /// The output path table's check (`OutputPathTable.check`), or nothing when every claim
    /// is one the last good build's check already passed.
    mutating func checkOutputPaths(site: Site, programme: ProgrammeData, theme: Theme?, tags: TagIndex, staticFiles: [String], diagnostics: inout DiagnosticBag)
}

/// What keeps nothing does each of these stages whole (and keeps the links).
extension StageCache {
    var keepsLinks: Bool { true }

    func references(of site: Site, make: (inout DiagnosticBag) -> ProgrammeReferences, diagnostics: inout DiagnosticBag) -> ProgrammeReferences {
        make(&diagnostics)
    }

    func tags(of site: Site, make: () -> TagIndex) -> TagIndex { make() }

    func checkOutputPaths(site: Site, programme: ProgrammeData, theme: Theme?, tags: TagIndex, staticFiles: [String], diagnostics: inout DiagnosticBag) {
        OutputPathTable.check(site: site, programme: programme, theme: theme, tags: tags, staticFiles: staticFiles, diagnostics: &diagnostics)
    }
}
