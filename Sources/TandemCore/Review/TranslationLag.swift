import Foundation

/// How far a published translation is behind its source, for the notice on its
/// page (`page.translation` in templates): nothing unless the translation is
/// stale (its `source_hash` names an older version of the source); then, when
/// git has that version, how many of the source's blocks changed since and the
/// date of that version, counted as the review counts them (`SourceBlockChanges`).
///
/// Most pages are not stale: for them this costs the hash of their source
/// (which `tandem status` works out anyway) and never runs git.
public struct TranslationLag: Sendable {
    public struct Stale: Sendable, Equatable {
        /// The source page, in `Site.pages`.
        public var sourceIndex: Int
        /// Nil when git is not there or has no version with the recorded hash.
        public var behind: Behind?
    }

    public struct Behind: Sendable, Equatable {
        /// Blocks of the current source added or changed since the recorded version.
        public var blocksChanged: Int
        /// Blocks of the recorded version no longer in the source.
        public var blocksRemoved: Int
        /// Blocks of the current source.
        public var blocksTotal: Int
        /// The date of the commit that has the recorded version.
        public var since: CalendarDate
    }

    let history: SourceHistory?
    let versions: SourceVersionCache
    /// Stale translation page → its source page, when the states are known already; nil: worked out per page.
    let staleSources: [Int: Int]?

    /// - Parameters:
    ///   - siteFolder: where git looks for earlier versions of sources; nil: git is not asked.
    ///   - versions: git lookups kept from earlier builds (`tandem serve` keeps one for its run).
    ///   - states: the site's translation states, when the caller has them (a build's summary):
    ///     then no source is hashed again here.
    public init(siteFolder: URL?, versions: SourceVersionCache = SourceVersionCache(), states: StatusReport? = nil) {
        history = siteFolder.map { SourceHistory(siteFolder: $0) }
        self.versions = versions
        staleSources = states.map { states in
            var sources: [Int: Int] = [:]
            for status in states.statuses {
                guard let source = status.source?.pageIndex else { continue }
                for version in status.versions where version.state == .stale { if let index = version.pageIndex { sources[index] = source } }
            }
            return sources
        }
    }

    /// The pages whose bodies `stale(_:in:)` may read (the sources of stale translations);
    /// nil when the states are not known, so any page's.
    var sourcesRead: Set<Int>? { staleSources.map { Set($0.values) } }

    /// Nil unless page `index` is a published translation made from an older version of its source.
    public func stale(_ index: Int, in site: Site) -> Stale? {
        let page = site.pages[index]
        // No recorded hash, no staleness: the cheap test that most pages stop at.
        guard let recorded = page.frontMatter.sourceHash, !page.isDraft, !page.isGenerated else { return nil }
        let sourceIndex: Int
        if let staleSources {
            guard let known = staleSources[index] else { return nil }
            sourceIndex = known
        } else {
            var ignored = DiagnosticBag()  // the status and the build report these
            guard let status = StatusReport.status(of: page.translationKey, in: site, currentHashes: false, diagnostics: &ignored),
                  let version = status.version(page.languageCode), version.pageIndex == index, version.state == .stale,
                  let source = status.source?.pageIndex else { return nil }
            sourceIndex = source
        }
        let sourcePath = site.pages[sourceIndex].displayPath
        var stale = Stale(sourceIndex: sourceIndex)
        guard let history, case .found(let old) = versions.lookup(sourcePath, recorded, in: history),
              let since = CalendarDate(iso: old.date) else { return stale }
        let source = site.pages[sourceIndex]
        let reader = ReviewBlockReader(allowRawHTML: site.config.allowRawHTML)
        let changes = SourceBlockChanges.compare(
            old: reader.blocks(body: old.body, firstLine: source.bodyFirstLine, path: source.displayPath),
            new: reader.blocks(of: source), since: old.date)
        stale.behind = Behind(blocksChanged: changes.byLine.count, blocksRemoved: changes.removed.count, blocksTotal: changes.total, since: since)
        return stale
    }
}
