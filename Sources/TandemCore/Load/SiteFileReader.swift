#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads files of the site folder (content, config, theme, static) under one rule:
/// regular files only, at most `FileLimits.maxSize` bytes, and no symbolic link to a
/// file outside the site folder unless `tandem.yaml` allows it.
///
/// The rule is checked with `lstat`/`stat` before anything is opened: a named pipe
/// called `x.es.md` once blocked a build for ever, and a link to `/dev/zero` read
/// 2.2 GB in 7 s. The file is then opened non-blocking and checked again on the open
/// descriptor, so a file swapped for a pipe in between is still refused, and reading
/// stops one byte past the limit whatever the size said.
struct SiteFileReader: Sendable {
    var limits: FileLimits
    /// The site folder with every symbolic link resolved, to compare link targets with.
    private let resolvedSiteFolder: String

    init(siteFolder: URL, limits: FileLimits = FileLimits()) {
        self.limits = limits
        self.resolvedSiteFolder = Self.resolvedPath(siteFolder.path) ?? siteFolder.standardizedFileURL.path
    }

    /// The file's bytes, or why the rule refuses it.
    func read(_ path: String) throws(SiteFileError) -> [UInt8] {
        try check(path)
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(reason: Self.errnoText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(reason: Self.errnoText()) }
        try checkKindAndSize(info)
        // One byte more than the file should hold, to notice one that grew past the limit.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limits.maxSize else { throw .tooLarge(size: filled, limit: limits.maxSize) }
                bytes.append(contentsOf: repeatElement(0, count: min(1 << 16, limits.maxSize + 1 - filled)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: Self.errnoText())
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limits.maxSize else { throw .tooLarge(size: filled, limit: limits.maxSize) }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Whether the rule lets `path` be read, without opening it.
    func check(_ path: String) throws(SiteFileError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw .unreadable(reason: Self.errnoText()) }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = Self.resolvedPath(path) else { throw .unreadable(reason: "it is a symbolic link to nothing") }
            if !limits.allowSymlinksOutside, !target.hasPrefix(resolvedSiteFolder + "/") {
                throw .linkOutsideSite(target: target)
            }
            guard stat(path, &info) == 0 else { throw .unreadable(reason: Self.errnoText()) }
        }
        try checkKindAndSize(info)
    }

    private func checkKindAndSize(_ info: stat) throws(SiteFileError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: throw .notRegularFile(kind: "a named pipe")
        case S_IFSOCK: throw .notRegularFile(kind: "a socket")
        case S_IFCHR: throw .notRegularFile(kind: "a character device")
        case S_IFBLK: throw .notRegularFile(kind: "a block device")
        case S_IFDIR: throw .notRegularFile(kind: "a folder")
        default: throw .notRegularFile(kind: "not a file")
        }
        if Int(info.st_size) > limits.maxSize { throw .tooLarge(size: Int(info.st_size), limit: limits.maxSize) }
    }

    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

extension SiteFileReader {
    /// The file's bytes, or nil with the rule's error added at `sitePath`.
    func read(_ path: String, sitePath: String, diagnostics: inout DiagnosticBag) -> [UInt8]? {
        do {
            return try read(path)
        } catch {
            diagnostics.error(SourceLocation(path: sitePath), error.message, hint: error.hint)
            return nil
        }
    }

    /// The files of `static/`, with an error for each file there or in the theme's assets that
    /// the rule refuses: both folders are copied into the output as they are, so they are
    /// checked before anything is written.
    func staticFiles(siteFolder: URL, config: SiteConfig, diagnostics: inout DiagnosticBag) -> [String] {
        let staticFolder = siteFolder.appendingPathComponent("static", isDirectory: true)
        let files = ThemeLoader.files(under: staticFolder, extension: "")
        // All listed all the same: a refused file fails the build, and links to it are not reported too.
        _ = readableFiles(files, in: staticFolder, sitePath: "static", diagnostics: &diagnostics)
        // From the config rather than the loaded theme, so that they are checked even when a
        // template error left no theme.
        let assetsPath = "themes/" + config.theme + "/assets"
        let assets = siteFolder.appendingPathComponent(assetsPath, isDirectory: true)
        _ = readableFiles(ThemeLoader.files(under: assets, extension: ""), in: assets, sitePath: assetsPath, diagnostics: &diagnostics)
        return files
    }

    /// Adds an error for each file of `relativePaths` under `folder` that the rule refuses,
    /// and returns the others. For folders copied as they are (static/, theme assets).
    func readableFiles(_ relativePaths: [String], in folder: URL, sitePath: String, diagnostics: inout DiagnosticBag) -> [String] {
        var readable: [String] = []
        for relative in relativePaths {
            do {
                try check(folder.path + "/" + relative)
                readable.append(relative)
            } catch {
                diagnostics.error(SourceLocation(path: sitePath + "/" + relative), error.message, hint: error.hint)
            }
        }
        return readable
    }
}
