/// What one session build or rebuild did.
public struct SessionReport: Sendable {
    public var build: BuildReport
    /// True when every page was rendered (first build, config or UI-string change,
    /// a page moved or removed, a section changed, a shared template changed).
    public var isFull: Bool
    /// The source files that triggered it, relative to the site folder.
    public var changedSources: Set<String> = []
    /// Output files whose bytes changed (written) and those no longer produced
    /// (deleted), relative to the output folder, sorted.
    public var writtenFiles: [String] = []
    public var deletedFiles: [String] = []
    /// Seconds spent in the parts of render+write: pages, site files, writing them, clean-up.
    public var renderTimes: [(part: String, seconds: Double)] = []
    /// Site paths of the pages rendered again (all of them when `isFull`).
    public var renderedPages: [String] = []
    public var seconds: Double

    public var succeeded: Bool { build.succeeded }
}
