import Foundation

/// The render and write stages, driven once for `build` and `serve`: pages rendered and
/// written in one parallel pass (so a 50k-page site never holds all its HTML in memory),
/// then the files around them, the theme's assets, the static files and the page bundles'
/// files, into a sink.
struct SiteWriter<Sink: OutputSink> {
    let renderer: SiteRenderer
    let sink: Sink

    /// What a write did.
    struct Written {
        /// Paths whose bytes reached the disk.
        var files: [String] = []
        /// Paths the sink deleted (files of an earlier run the site no longer makes).
        var deleted: [String] = []
        /// How many site files (everything but pages, assets and static files) were made.
        var siteFileCount = 0
        /// Paths of everything but pages (site files, assets, static files), when the sink needs them.
        var otherOutputs = Set<String>()
    }

    /// Writes the pages at `pages`, in that order of priority, then `siteFiles()`, then the
    /// theme's assets and the static files (only those the sink does not hold unless
    /// `refreshAssets` / `refreshStatic`), then the bundle files (`site.resources`, read from
    /// `siteFolder` under the site file rule), then finishes the sink. `alsoProduced`: paths of
    /// files kept from an earlier run, asked after `siteFiles()`. `lap` is called after each
    /// step, for timing.
    func write(
        pages: [Int], siteFiles: () -> [OutputFile], alsoProduced: () -> [String] = { [] },
        siteFolder: URL, staticFolder: URL, refreshAssets: Bool = true, refreshStatic: Bool = true,
        lap: (String) -> Void = { _ in }
    ) throws -> Written {
        var written = Written()
        written.files = try inParallel(pages.count) { position in
            let file = renderer.renderPage(pages[position])
            return try sink.put(file) ? file.path : nil
        }
        lap("pages")
        let files = siteFiles()
        written.siteFileCount = files.count
        lap("site files")
        // ~10k small files at 10k pages (calendars, schedules, indexes): written on every
        // core, as the pages are. Only when no two share a path, since then the order of
        // writing cannot change what ends up on disk.
        if Set(files.map(\.path)).count == files.count {
            written.files += try inParallel(files.count) { try sink.put(files[$0]) ? files[$0].path : nil }
        } else {
            for file in files where try sink.put(file) { written.files.append(file.path) }
        }
        var copied: [String] = []
        for asset in renderer.input.theme.assets {
            copied.append(asset.outputPath)
            guard refreshAssets || !sink.holds(asset.outputPath) else { continue }
            if try sink.put(OutputFile(path: asset.outputPath, data: try asset.data())) { written.files.append(asset.outputPath) }
        }
        for path in ThemeLoader.files(under: staticFolder, extension: "") {
            copied.append(path)
            guard refreshStatic || !sink.holds(path) else { continue }
            let source = staticFolder.appendingPathComponent(path)
            let data: Data
            do {
                data = try Data(contentsOf: source)
            } catch {
                throw WriteError(error, path: source.path)
            }
            if try sink.put(OutputFile(path: path, data: data)) { written.files.append(path) }
        }
        let site = renderer.input.site
        let reader = SiteFileReader(siteFolder: siteFolder, limits: site.config.fileLimits)
        for resource in site.resources {
            copied.append(resource.sitePath)
            let data = try Data(reader.read(siteFolder.path + "/" + resource.sourcePath))
            if try sink.put(OutputFile(path: resource.sitePath, data: data)) { written.files.append(resource.sitePath) }
        }
        lap("write site files")
        var produced = Set<String>()
        if sink.needsProducedPaths {
            written.otherOutputs = Set(files.map(\.path)).union(copied).union(alsoProduced())
            produced = written.otherOutputs.union(renderer.input.site.pages.map { $0.sitePath + "index.html" })
        }
        written.deleted = try sink.finish(produced: produced)
        lap("clean up")
        return written
    }

    /// `work` for 0..<count on every core; the non-nil results in order, or the first error.
    private func inParallel(_ count: Int, _ work: @Sendable (Int) throws -> String?) throws -> [String] {
        let results = Parallel.map(count) { index in Result { try work(index) } }
        var paths: [String] = []
        for result in results {
            if let path = try result.get() { paths.append(path) }
        }
        return paths
    }
}
