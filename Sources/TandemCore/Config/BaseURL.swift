/// Where the site will be hosted: an optional origin (`https://example.org`)
/// and a path prefix (`/sub/`). Every internal link is made by `path(_:)`, so
/// one flag moves the whole site under a sub-path.
public struct BaseURL: Hashable, Sendable {
    /// `https://example.org` with no trailing slash, or empty when only a path is known.
    public var origin: String
    /// Always starts and ends with `/`: `/` or `/sub/`.
    public var pathPrefix: String

    public init(origin: String = "", pathPrefix: String = "/") {
        self.origin = origin
        self.pathPrefix = BaseURL.normalizedPrefix(pathPrefix)
    }

    /// Accepts `https://example.org/sub`, `http://127.0.0.1:8000/sub/`, `/sub/` or `/`.
    /// Returns nil for anything else, such as `ftp://` or a URL with a query.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { self.init(); return }
        if trimmed.hasPrefix("/") {
            guard !trimmed.contains("?"), !trimmed.contains("#"), !trimmed.contains("..") else { return nil }
            self.init(pathPrefix: trimmed)
            return
        }
        for scheme in ["https://", "http://"] where trimmed.lowercased().hasPrefix(scheme) {
            let rest = trimmed.dropFirst(scheme.count)
            guard !rest.isEmpty, !rest.contains("?"), !rest.contains("#"), !rest.contains("..") else { return nil }
            let host: Substring
            let path: Substring
            if let slash = rest.firstIndex(of: "/") {
                host = rest[..<slash]
                path = rest[slash...]
            } else {
                host = rest
                path = "/"
            }
            guard !host.isEmpty, !host.contains(" ") else { return nil }
            self.init(origin: scheme + host, pathPrefix: String(path))
            return
        }
        return nil
    }

    /// A root-relative URL for a site path: `path("es/programas/")` → `/sub/es/programas/`.
    public func path(_ sitePath: String) -> String {
        let relative = sitePath.hasPrefix("/") ? String(sitePath.dropFirst()) : sitePath
        return pathPrefix + relative
    }

    /// An absolute URL when the origin is known (canonical links, sitemaps, feeds);
    /// otherwise the root-relative path, which still works on the same host.
    public func absolute(_ sitePath: String) -> String {
        origin + path(sitePath)
    }

    public var hasOrigin: Bool { !origin.isEmpty }

    public var description: String { origin + pathPrefix }

    private static func normalizedPrefix(_ raw: String) -> String {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: true)
        return parts.isEmpty ? "/" : "/" + parts.joined(separator: "/") + "/"
    }
}
