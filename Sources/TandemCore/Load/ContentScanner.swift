import Foundation

/// Finds every Markdown file under `content/`, works out its language from the
/// file name suffix (`name.es.md`), and decodes it. Files come back sorted by
/// path so everything downstream is deterministic.
public struct ContentScanner: Sendable {
    public var siteFolder: URL
    public var languageCodes: [String]
    public var defaultLanguageCode: String
    /// Which files may be read (`files:` in `tandem.yaml`).
    public var limits: FileLimits

    public init(siteFolder: URL, languageCodes: [String], defaultLanguageCode: String, limits: FileLimits = FileLimits()) {
        self.siteFolder = siteFolder
        self.languageCodes = languageCodes
        self.defaultLanguageCode = defaultLanguageCode
        self.limits = limits
    }

    public func scan(into diagnostics: inout DiagnosticBag) -> [SourceFile] {
        let contentFolder = siteFolder.appendingPathComponent("content", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentFolder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(
                SourceLocation(path: "content"), "no content folder",
                hint: "create content/_index.\(defaultLanguageCode).md, or pass --source with the folder that holds content/")
            return []
        }
        // Names are compared in NFC: "Año.es.md" typed on macOS (NFD) and on Linux (NFC) are one page.
        var byNormalizedPath: [String: String] = [:]
        var toLoad: [(contentPath: String, rawPath: String)] = []
        for rawPath in Self.markdownFiles(under: contentFolder) {
            let contentPath = rawPath.precomposedStringWithCanonicalMapping
            if let other = byNormalizedPath[contentPath] {
                diagnostics.error(
                    SourceLocation(path: "content/" + rawPath), "this file name and content/\(other) differ only in how accents are encoded (NFC/NFD)",
                    hint: "keep one of the two files")
                continue
            }
            byNormalizedPath[contentPath] = rawPath
            toLoad.append((contentPath, rawPath))
        }
        // Files are read and decoded on every core; results and problems come back in path order.
        let scanner = self
        let pending = toLoad
        let reader = self.reader
        let results = Parallel.map(pending.count) { index -> (SourceFile?, [Diagnostic]) in
            var local = DiagnosticBag()
            let file = scanner.load(
                contentPath: pending[index].contentPath, readingFrom: pending[index].rawPath, contentFolder: contentFolder,
                reader: reader, diagnostics: &local)
            return (file, local.items)
        }
        var files: [SourceFile] = []
        files.reserveCapacity(results.count)
        for (file, found) in results {
            diagnostics.append(contentsOf: found)
            if let file { files.append(file) }
        }
        return files
    }

    /// Reads each file under the site's file rule.
    var reader: SiteFileReader { SiteFileReader(siteFolder: siteFolder, limits: limits) }

    /// Relative paths (with `/`) of every `.md` file below `folder`, as the file system
    /// spells them, sorted, hidden files and folders skipped, symbolic links to folders not
    /// followed. Read with `readdir`: FileManager's enumerator built and parsed a URL per file,
    /// 50 ms of a 10k-page build before anything else could start.
    static func markdownFiles(under folder: URL) -> [String] {
        var paths: [String] = []
        collectMarkdownFiles(in: folder.path, relative: "", into: &paths)
        return paths.sorted()
    }

    private static func collectMarkdownFiles(in path: String, relative: String, into paths: inout [String]) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(".") { continue }
            let full = path + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                collectMarkdownFiles(in: full, relative: child, into: &paths)
            } else if Self.hasMarkdownExtension(name[...]) {
                paths.append(child)
            }
        }
    }

    /// `name.lowercased().hasSuffix(".md")`, on the last three bytes: for file names here and
    /// for link targets in the link stage (`.md` alone is a hidden file, skipped before this).
    static func hasMarkdownExtension(_ name: Substring) -> Bool {
        let tail = Array(name.utf8.suffix(3))
        return tail.count == 3 && tail[0] == UInt8(ascii: ".") && (tail[1] | 0x20) == UInt8(ascii: "m") && (tail[2] | 0x20) == UInt8(ascii: "d")
    }

    func load(contentPath: String, readingFrom rawPath: String, contentFolder: URL, reader: SiteFileReader, diagnostics: inout DiagnosticBag) -> SourceFile? {
        let sitePath = "content/" + contentPath
        let location = SourceLocation(path: sitePath)
        let parts: ContentPath
        switch ContentPath.parse(contentPath, languageCodes: languageCodes, defaultLanguageCode: defaultLanguageCode) {
        case .success(let found):
            parts = found
        case .failure(let unknown):
            diagnostics.error(
                location, "unknown language suffix '.\(unknown.suffix)' in '\(unknown.fileName)'",
                hint: "use one of \(languageCodes.map { ".\($0).md" }.joined(separator: ", ")) or add '\(unknown.suffix)' to languages in \(SiteConfig.fileName)")
            return nil
        }

        guard let bytes = reader.read(contentFolder.path + "/" + rawPath, sitePath: sitePath, diagnostics: &diagnostics) else { return nil }
        switch TextDecoder.decode(bytes) {
        case .failure(.invalidUTF8(let line, let column)):
            diagnostics.error(
                SourceLocation(path: sitePath, line: line, column: column), "the file is not valid UTF-8",
                hint: "save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)")
            return nil
        case .success(let text):
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.error(location, "the file is empty", hint: "add front matter with at least a title:\n---\ntitle: …\n---")
                return nil
            }
            return SourceFile(
                path: sitePath, contentPath: contentPath, sectionPath: parts.sectionPath,
                baseName: parts.baseName, languageCode: parts.languageCode, text: text)
        }
    }
}
