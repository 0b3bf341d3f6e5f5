/// Where the write stage puts a site's files: `OutputWriter` stages them in a fresh
/// folder swapped in whole when all is written (`build`); `InPlaceSink` changes the
/// served folder file by file and writes only changed bytes (`serve`). `SiteWriter`
/// renders into either.
protocol OutputSink: Sendable {
    /// Writes one file; true when bytes reached the disk (false: the same bytes were there).
    /// Safe to call concurrently for distinct paths.
    func put(_ file: OutputFile) throws -> Bool
    /// True when an earlier run wrote `path` here: a copied file whose source did not
    /// change need not be read and written again.
    func holds(_ path: String) -> Bool
    /// Whether `finish` needs every path of the run (to delete the others).
    var needsProducedPaths: Bool { get }
    /// After every file: makes the folder the site. `produced` holds every path the run
    /// made when `needsProducedPaths`; returns the paths deleted.
    func finish(produced: Set<String>) throws -> [String]
    /// After a failure: leaves the output folder as it was before the run, where the sink can.
    func discard()
}
