import Foundation

/// What a batch of changed paths touches.
struct ChangedInputs {
    var paths: Set<String>?
    var config = false
    var theme = false
    var themeStrings = false
    var assets = false
    var staticFiles = false
    var contentPaths = Set<String>()
    /// A folder (or something not a `.md` file) changed under content/: list it again.
    var contentFolders = false

    init(paths: Set<String>?, theme themeName: String?) {
        self.paths = paths
        guard let paths else { return }
        let themePrefix = "themes/" + (themeName ?? "") + "/"
        for path in paths {
            if path == SiteConfig.fileName {
                config = true
            } else if path.hasPrefix("content/") {
                let relative = String(path.dropFirst("content/".count))
                // The scanner skips hidden names, so an editor's `.page.md.tmp` (written, then
                // renamed over the page) changes nothing; taken as a folder change it made every
                // save re-read the whole content folder (200 ms at 10k pages).
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                if relative.lowercased().hasSuffix(".md") { contentPaths.insert(relative.precomposedStringWithCanonicalMapping) } else { contentFolders = true }
            } else if path == "content" {
                contentFolders = true
            } else if path.hasPrefix(themePrefix) || path == "themes" || path + "/" == themePrefix || themeName == nil {
                theme = true
                // The theme's folder itself (or themes/) came or went: the built-in files
                // take or give back the place of all its files, assets included.
                let inner = path.hasPrefix(themePrefix) ? String(path.dropFirst(themePrefix.count)) : ""
                if inner.isEmpty || inner.hasPrefix("assets/") || inner == "assets" { assets = true }
                if !inner.hasPrefix("templates/") && !inner.hasPrefix("assets/") { themeStrings = true }
            } else if path.hasPrefix("static/") || path == "static" {
                staticFiles = true
            }
        }
    }

    /// A file name outside NFC may clash with another spelling of the same name,
    /// which only a whole scan can tell.
    func needsRescan(contentFolder: URL) -> Bool {
        contentFolders || contentPaths.contains { $0 != $0.precomposedStringWithCanonicalMapping }
    }

    /// UI strings (or anything but templates and assets) changed: every page shows them.
    var themeNeedsFullRender: Bool { themeStrings }
}
