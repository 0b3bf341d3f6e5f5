import Foundation
import TandemCore

/// Answers a request path from the built site folder, as a static host would:
/// the base-URL sub-path is stripped, folders answer with their `index.html`
/// (and `/es/page` redirects to `/es/page/`), unknown paths get the site's own
/// 404 page for the language they are under, and every file gets its content type.
public struct StaticFileResponder: Sendable {
    public struct Answer: Sendable, Equatable {
        public var status: Int
        public var contentType: String
        public var body: Data
        /// For redirects.
        public var location: String?
    }

    public var folder: URL
    /// `/` or `/sub/`: where the site lives on this server.
    public var pathPrefix: String
    public var languageCodes: [String]

    public init(folder: URL, pathPrefix: String, languageCodes: [String]) {
        self.folder = folder
        self.pathPrefix = pathPrefix
        self.languageCodes = languageCodes
    }

    /// Longer request paths are answered 414 at once: no page of a site is that deep, and
    /// a path of 40,000 segments once cost 12 s of CPU to look up.
    public static let maxPathLength = 2048

    public func answer(path rawPath: String) -> Answer {
        guard rawPath.utf8.count <= Self.maxPathLength else {
            return Answer(status: 414, contentType: "text/plain; charset=utf-8", body: Data("Request path too long\n".utf8))
        }
        // Runs of slashes collapsed, so that a redirect never starts with `//` (which a browser
        // reads as another host: `//evil.example/` would be an open redirect).
        let path = Self.collapsingSlashes(rawPath.removingPercentEncoding ?? rawPath)
        // The site lives under the sub-path; the bare root leads there.
        if pathPrefix != "/", path == "/" || path + "/" == pathPrefix {
            return Answer(status: 302, contentType: "text/plain; charset=utf-8", body: Data(), location: pathPrefix)
        }
        guard path.hasPrefix(pathPrefix) || path + "/" == pathPrefix else { return notFound(sitePath: "") }
        let sitePath = String(path.dropFirst(min(path.count, pathPrefix.count)))
        let components = sitePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else {
            return notFound(sitePath: sitePath)
        }
        let target = components.reduce(folder) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return notFound(sitePath: sitePath) }
        if isDirectory.boolValue {
            if !sitePath.isEmpty, !sitePath.hasSuffix("/") {
                return Answer(status: 301, contentType: "text/plain; charset=utf-8", body: Data(), location: path + "/")
            }
            let index = target.appendingPathComponent("index.html")
            guard let data = FileManager.default.contents(atPath: index.path) else { return notFound(sitePath: sitePath) }
            return Answer(status: 200, contentType: Self.contentType(for: "index.html"), body: data)
        }
        guard let data = FileManager.default.contents(atPath: target.path) else { return notFound(sitePath: sitePath) }
        return Answer(status: 200, contentType: Self.contentType(for: target.lastPathComponent), body: data)
    }

    /// `//es//page` → `/es/page`.
    static func collapsingSlashes(_ path: String) -> String {
        guard path.contains("//") else { return path }
        var result = ""
        result.reserveCapacity(path.utf8.count)
        var previousWasSlash = false
        for character in path {
            if character == "/", previousWasSlash { continue }
            previousWasSlash = character == "/"
            result.append(character)
        }
        return result
    }

    /// The 404 page of the language the path is under (`es/…` → `es/404.html`), else the root one.
    func notFound(sitePath: String) -> Answer {
        let first = sitePath.split(separator: "/").first.map(String.init) ?? ""
        var candidates = ["404.html"]
        if languageCodes.contains(first) { candidates.insert(first + "/404.html", at: 0) }
        for candidate in candidates {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(candidate).path) {
                return Answer(status: 404, contentType: Self.contentType(for: "404.html"), body: data)
            }
        }
        return Answer(status: 404, contentType: "text/plain; charset=utf-8", body: Data("Not found\n".utf8))
    }

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "txt": "text/plain; charset=utf-8",
        "ics": "text/calendar; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "avif": "image/avif",
        "ico": "image/x-icon", "pdf": "application/pdf", "woff": "font/woff", "woff2": "font/woff2",
        "map": "application/json", "webmanifest": "application/manifest+json", "csv": "text/csv; charset=utf-8",
        "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg",
    ]

    public static func contentType(for fileName: String) -> String {
        if fileName == "feed.xml" { return "application/atom+xml" }
        let ext = (fileName as NSString).pathExtension.lowercased()
        return types[ext] ?? "application/octet-stream"
    }
}
