import Foundation

/// The files under `content/` that are not Markdown (images, PDFs), published
/// where Hugo publishes them so that relative links to them keep working:
///
/// - in a leaf bundle (`post/b/index.es.md` with `post/b/diagram.png`), beside the
///   bundle's page, in every language the page has: `/post/b/diagram.png`,
///   `/en/post/b/diagram.png`;
/// - directly in a section folder (a branch bundle, `post/_index.md` with
///   `post/cover.jpg`, or any folder of pages), in that section's folder.
public struct BundleResources: Sendable {
    /// One file to copy: `content/…` path as read, and the site path it is published at.
    public struct Resource: Hashable, Sendable {
        public var sourcePath: String
        public var sitePath: String
    }

    public var site: Site
    public var siteFolder: URL

    public init(site: Site, siteFolder: URL) {
        self.site = site
        self.siteFolder = siteFolder
    }

    public func collect() -> [Resource] {
        let contentFolder = siteFolder.appendingPathComponent("content", isDirectory: true)
        let all = ContentScanner.otherFiles(under: contentFolder)
        guard !all.isEmpty else { return [] }
        // Folder (relative to content/) → files directly in it.
        var byFolder: [String: [String]] = [:]
        for path in all {
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            byFolder[folder, default: []].append(path)
        }
        var resources: Set<Resource> = []
        var bundleFolders: Set<String> = []
        for page in site.pages {
            guard let source = page.source, source.isBundle else { continue }
            bundleFolders.insert(source.contentFolder)
        }
        for page in site.pages {
            if let source = page.source, source.isBundle {
                let folder = source.contentFolder
                for path in all where path.hasPrefix(folder + "/") {
                    resources.insert(Resource(sourcePath: "content/" + path, sitePath: page.sitePath + path.dropFirst(folder.count + 1)))
                }
            } else if page.kind != .regular {
                let folder = sectionFolder(page)
                guard !bundleFolders.contains(folder) else { continue }
                for path in byFolder[folder] ?? [] {
                    resources.insert(Resource(sourcePath: "content/" + path, sitePath: page.sitePath + path.dropFirst(folder.isEmpty ? 0 : folder.count + 1)))
                }
            }
        }
        return resources.sorted { ($0.sitePath, $0.sourcePath) < ($1.sitePath, $1.sourcePath) }
    }

    /// The folder inside `content/` of a section page in its language (`es/post` with a
    /// `contentDir: content/es`, else `post`).
    private func sectionFolder(_ page: Page) -> String {
        let languageFolder = site.config.language(page.languageCode)?.contentDir.map { String($0.dropFirst("content/".count)) }
        guard let languageFolder, !languageFolder.isEmpty else { return page.sectionPath }
        return page.sectionPath.isEmpty ? languageFolder : languageFolder + "/" + page.sectionPath
    }
}
