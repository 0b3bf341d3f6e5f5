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
    /// Folders inside `content/` whose files are in one language without a suffix
    /// (`es` → es, from `contentDir: content/es`), as Hugo's per-language content folders.
    public var languageFolders: [String: String] = [:]

    public init(siteFolder: URL, languageCodes: [String], defaultLanguageCode: String, limits: FileLimits = FileLimits()) {
        self.siteFolder = siteFolder
        self.languageCodes = languageCodes
        self.defaultLanguageCode = defaultLanguageCode
        self.limits = limits
    }

    /// A scanner for the languages, default language and language folders of a site's config.
    public init(siteFolder: URL, config: SiteConfig) {
        self.init(siteFolder: siteFolder, languageCodes: config.languageCodes, defaultLanguageCode: config.defaultLanguageCode, limits: config.fileLimits)
        for language in config.languages {
            guard let folder = language.contentDir, folder.hasPrefix("content/") else { continue }
            languageFolders[String(folder.dropFirst("content/".count))] = language.code
        }
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
            // ASCII is already in normal form: only other names pay for Foundation's normalisation.
            let contentPath = rawPath.utf8.allSatisfy { $0 < 0x80 } ? rawPath : rawPath.precomposedStringWithCanonicalMapping
            if let other = byNormalizedPath[contentPath] {
                diagnostics.error(
                    SourceLocation(path: "content/" + rawPath), "this file name and content/\(other) differ only in how accents are encoded (NFC/NFD)",
                    hint: "keep one of the two files")
                continue
            }
            byNormalizedPath[contentPath] = rawPath
            toLoad.append((contentPath, rawPath))
        }
        toLoad = withoutBundledMarkdown(toLoad, diagnostics: &diagnostics)
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

    /// As in Hugo, the other Markdown files in a leaf bundle (a folder with `index.md` or
    /// `index.<lang>.md`) are its resources, not pages: Wowchemy's widget pages keep their
    /// widgets so. They are left out, each with a warning.
    func withoutBundledMarkdown(_ files: [(contentPath: String, rawPath: String)], diagnostics: inout DiagnosticBag) -> [(contentPath: String, rawPath: String)] {
        let roots = Set(languageFolders.keys)
        var bundles: Set<String> = []
        for file in files {
            let parts = file.contentPath.split(separator: "/")
            guard parts.count >= 2, let name = parts.last else { continue }
            let stem = name.dropLast(3)  // ".md"
            guard stem == "index" || (stem.hasPrefix("index.") && languageCodes.contains(String(stem.dropFirst(6)))) else { continue }
            let folder = parts.dropLast().joined(separator: "/")
            if !roots.contains(folder) { bundles.insert(folder) }
        }
        guard !bundles.isEmpty else { return files }
        return files.filter { file in
            let parts = file.contentPath.split(separator: "/")
            var folder = ""
            for part in parts.dropLast() {
                folder = folder.isEmpty ? String(part) : folder + "/" + part
                guard bundles.contains(folder) else { continue }
                let ownIndex = folder == parts.dropLast().joined(separator: "/") && (parts.last.map { $0.hasPrefix("index.") } ?? false)
                if ownIndex { return true }
                diagnostics.warning(
                    SourceLocation(path: "content/" + file.rawPath),
                    "not a page: this Markdown file is inside the leaf bundle content/\(folder)/, so (as in Hugo) it belongs to that bundle's index page and is not published",
                    hint: "move it out of the bundle folder to make it a page; Hugo theme widgets (Wowchemy) are not rendered by Tandem")
                return false
            }
            return true
        }
    }

    /// Relative paths (with `/`) of every `.md` file below `folder`, as the file system
    /// spells them, sorted, hidden files and folders skipped, symbolic links to folders not
    /// followed. Read with `readdir`: FileManager's enumerator built and parsed a URL per file,
    /// 50 ms of a 10k-page build before anything else could start.
    static func markdownFiles(under folder: URL) -> [String] {
        var paths: [String] = []
        collectMarkdownFiles(in: folder.path, relative: "", into: &paths)
        return paths.sorted()
    }

    /// Relative paths of every file below `folder` that is not Markdown (bundle images,
    /// PDFs), sorted, found the same way as `markdownFiles`.
    static func otherFiles(under folder: URL) -> [String] {
        var paths: [String] = []
        collectMarkdownFiles(in: folder.path, relative: "", into: &paths, markdown: false)
        return paths.sorted()
    }

    private static func collectMarkdownFiles(in path: String, relative: String, into paths: inout [String], markdown: Bool = true) {
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
                collectMarkdownFiles(in: full, relative: child, into: &paths, markdown: markdown)
            } else if Self.hasMarkdownExtension(name[...]) == markdown {
                // Resources are copied into the output: regular files only, never a link that
                // could lead outside the site.
                if !markdown {
                    var info = stat()
                    guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                }
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
        switch ContentPath.parse(contentPath, languageCodes: languageCodes, defaultLanguageCode: defaultLanguageCode, languageFolders: languageFolders) {
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
            var file = SourceFile(
                path: sitePath, contentPath: contentPath, sectionPath: parts.sectionPath,
                baseName: parts.baseName, languageCode: parts.languageCode, text: text)
            file.isBundle = parts.isBundle
            file.languageFromFolder = parts.languageFromFolder
            return file
        }
    }
}
