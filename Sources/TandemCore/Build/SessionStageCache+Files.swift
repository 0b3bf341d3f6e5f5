import Foundation

/// The load and parse stages of `tandem serve`: every file the first time, afterwards only
/// the changed ones; the kept files and pages stay in order, edited ones replaced in place.
extension SessionStageCache {
    /// All files the first time; afterwards only the changed ones.
    mutating func sources(_ scanner: ContentScanner, diagnostics: inout DiagnosticBag) -> [SourceFile] {
        if sources.isEmpty || change.needsRescan(contentFolder: siteFolder.appendingPathComponent("content")) {
            var scanDiagnostics = DiagnosticBag()
            let files = scanner.scan(into: &scanDiagnostics)
            var fresh: [String: SourceFile] = [:]
            for file in files { fresh[file.contentPath] = file }
            for (path, file) in fresh where sources[path] != file { dirty.insert(path) }
            for path in sources.keys where fresh[path] == nil { dirty.insert(path) }
            sources = fresh
            orderedFiles = nil
            loadDiagnostics = scanDiagnostics.items
        } else {
            let contentFolder = siteFolder.appendingPathComponent("content", isDirectory: true)
            var scanDiagnostics = DiagnosticBag()
            let reader = scanner.reader
            // Keep the load errors of files that did not change.
            for diagnostic in loadDiagnostics where !change.contentPaths.contains(String(diagnostic.location.path.dropFirst("content/".count))) {
                scanDiagnostics.append(diagnostic)
            }
            for rawPath in change.contentPaths {
                // Pages are keyed by the NFC spelling of their path, as ContentScanner does.
                let path = rawPath.precomposedStringWithCanonicalMapping
                let file = FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(rawPath).path)
                    ? scanner.load(contentPath: path, readingFrom: rawPath, contentFolder: contentFolder, reader: reader, diagnostics: &scanDiagnostics) : nil
                if sources[path] != file { dirty.insert(path) }
                if (sources[path] == nil) != (file == nil) {
                    orderedFiles = nil
                } else if let file, let position = filePositions[path] {
                    orderedFiles?[position] = file
                }
                sources[path] = file
            }
            loadDiagnostics = scanDiagnostics.items
        }
        diagnostics.append(contentsOf: loadDiagnostics)
        pendingDirty.formUnion(dirty)
        if let orderedFiles { return orderedFiles }
        let files = sources.keys.sorted().compactMap { sources[$0] }
        orderedFiles = files
        filePositions = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.contentPath, $0) })
        orderedPages = nil
        return files
    }

    /// Parses only what changed: the whole list the first time, afterwards only the files
    /// that differ from the last run's (files that came or went are among them).
    mutating func pages(of files: [SourceFile], diagnostics: inout DiagnosticBag) -> [Page] {
        let toParse = parsed.isEmpty ? files : dirty.sorted().compactMap { sources[$0] }
        let results = Parallel.map(toParse.count) { index -> ParsedSource in
            var local = DiagnosticBag()
            let page = PageParser().parse(toParse[index], diagnostics: &local)
            return ParsedSource(page: page, diagnostics: local.items)
        }
        // The kept pages and diagnostics stay valid while every changed file gives a page
        // before and after and has no parse diagnostic either time.
        var keepsOrder = orderedPages != nil
        for (file, result) in zip(toParse, results) {
            let before = parsed[file.contentPath]
            if before?.page == nil || result.page == nil || !(before?.diagnostics.isEmpty ?? true) || !result.diagnostics.isEmpty { keepsOrder = false }
            parsed[file.contentPath] = result
        }
        for path in dirty where sources[path] == nil {
            parsed[path] = nil
            keepsOrder = false
        }
        if keepsOrder, var pages = orderedPages {
            orderedPages = nil  // not shared while it changes
            for (file, result) in zip(toParse, results) {
                if let position = pagePositions[file.contentPath], let page = result.page { pages[position] = page }
            }
            orderedPages = pages
        } else {
            var pages: [Page] = []
            var positions: [String: Int] = [:]
            var found: [Diagnostic] = []
            pages.reserveCapacity(files.count)
            for file in files {
                guard let result = parsed[file.contentPath] else { continue }
                found += result.diagnostics
                if let page = result.page {
                    positions[file.contentPath] = pages.count
                    pages.append(page)
                }
            }
            orderedPages = pages
            pagePositions = positions
            parseDiagnostics = found
        }
        diagnostics.append(contentsOf: parseDiagnostics)
        return orderedPages ?? []
    }
}
