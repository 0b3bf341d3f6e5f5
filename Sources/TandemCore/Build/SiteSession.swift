import Foundation

/// A site kept in memory between builds, for `tandem serve`: the first
/// `build()` does everything; each `rebuild(changed:)` redoes only what the
/// changed files affect. A failed rebuild leaves the output as it was.
///
/// Not for concurrent use: the server calls it from one thread at a time.
public final class SiteSession: @unchecked Sendable {
    public let options: BuildOptions
    private let lock = NSLock()

    public init(options: BuildOptions) {
        self.options = options
    }

    /// A full build, as `tandem build` would do it (with the options' `bodySuffix`).
    public func build() -> SessionReport {
        lock.lock()
        defer { lock.unlock() }
        let start = DispatchTime.now().uptimeNanoseconds
        let report = SiteBuilder(options: options).build()
        return SessionReport(build: report, isFull: true, seconds: Self.seconds(since: start))
    }

    /// Rebuilds after the given files changed (paths relative to the site folder).
    public func rebuild(changed paths: Set<String>) -> SessionReport {
        lock.lock()
        defer { lock.unlock() }
        let start = DispatchTime.now().uptimeNanoseconds
        let report = SiteBuilder(options: options).build()
        return SessionReport(build: report, isFull: true, changedSources: paths, seconds: Self.seconds(since: start))
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// What one session build or rebuild did.
public struct SessionReport: Sendable {
    public var build: BuildReport
    /// True when everything was rendered (first build, config change, or a change that touches every page).
    public var isFull: Bool
    /// The source files that triggered it, relative to the site folder.
    public var changedSources: Set<String> = []
    /// Output files whose bytes changed (written) and those no longer produced (deleted), relative to the output folder.
    public var writtenFiles: [String] = []
    public var deletedFiles: [String] = []
    public var seconds: Double

    public var succeeded: Bool { build.succeeded }
}
