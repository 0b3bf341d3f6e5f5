/// Checks the links the site settings add to every page (`menus:`, `footer:`,
/// `logo:` in `tandem.yaml`) once the pages are known: a section entry must name
/// a section, and a path on the site must lead to a page, an alias or a file
/// the build writes, as links in Markdown must.
struct NavigationLinkChecker {
    var site: Site
    /// Site paths of files other than pages (`InternalLinkChecker.filesBesidePages`).
    var otherFiles: Set<String>

    func check(diagnostics: inout DiagnosticBag) {
        let config = site.config
        var links: [NavigationLink] = []
        var seen = Set<NavigationLink>()
        for code in config.languageCodes {
            for link in (config.menus[code] ?? []) + (config.footers[code]?.links ?? []) where seen.insert(link).inserted { links.append(link) }
        }
        if let logo = config.logo { links.append(logo) }
        let pagePaths = Set(site.pages.map(\.sitePath)).union(site.aliases.map(\.path))
        for link in links {
            switch link.target {
            case .section(let path):
                if !config.languageCodes.contains(where: { site.section(path, $0) != nil }) {
                    diagnostics.error(
                        link.location, "there is no section '\(Diagnostic.visible(path))'",
                        hint: "name a folder of content/, such as \(site.sections[config.defaultLanguageCode]?.keys.filter { !$0.isEmpty }.sorted().first ?? "agendas")")
                }
            case .sitePath(let raw):
                guard let (path, _) = InternalLinkChecker.split(raw), !path.isEmpty,
                      let sitePath = InternalLinkChecker.resolve(path, from: "", prefix: "/")
                else { continue }
                let published = pagePaths.contains(sitePath) || pagePaths.contains(sitePath + "/") || otherFiles.contains(sitePath)
                    || otherFiles.contains(sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath)
                if !published {
                    diagnostics.error(
                        link.location, "broken link: nothing is published at '/\(Diagnostic.visible(raw))'",
                        hint: "write the path of a page from the site's root (such as /es/agendas/), or of a file in static/")
                }
            case .external:
                continue
            }
        }
    }
}
