/// The menu, logo and footer the site settings give (`menus:`, `logo:`,
/// `footer:` in `tandem.yaml`), as template data.
extension PageContextBuilder {
    /// The URL of a settings link in a language: a section's page there, a site path
    /// under the base URL, or the external URL as written. Nil for a section that
    /// language does not have.
    func href(_ target: NavigationLink.Target, language: String) -> String? {
        switch target {
        case .section(let path): site.section(path, language).map { url($0.pageIndex) }
        case .sitePath(let path): input.site.config.baseURL.path(path)
        case .external(let url): url.text
        }
    }

    /// `menus:` of a language as menu items; entries for sections the language lacks are left out.
    func configuredMenu(_ entries: [NavigationLink], language: String, activeSection: String?) -> [TemplateValue] {
        entries.compactMap { entry in
            guard let url = href(entry.target, language: language) else { return nil }
            var title = entry.title
            var isActive = false
            var isExternal = false
            switch entry.target {
            case .section(let path):
                if title.isEmpty, let section = site.section(path, language) { title = site.pages[section.pageIndex].title }
                isActive = activeSection == path
            case .sitePath: break
            case .external: isExternal = true
            }
            return .map(["title": .text(title), "url": .text(url), "isActive": .bool(isActive), "isExternal": .bool(isExternal)])
        }
    }

    /// `site.logo` and `site.footer` of a language: absent (false) when not set, so themes test them with a section.
    func siteSettings(language: String) -> [String: TemplateValue] {
        var data: [String: TemplateValue] = [:]
        if let logo = input.site.config.logo, let url = href(logo.target, language: language) { data["logo"] = .text(url) }
        if let footer = input.site.config.footers[language] {
            let links = configuredMenu(footer.links, language: language, activeSection: nil)
            data["footer"] = .map(["text": .text(footer.text), "links": .list(links), "hasLinks": .bool(!links.isEmpty)])
        }
        return data
    }
}
