/// `menus:`, `footer:` and `logo:` of `tandem.yaml`: what every page shows
/// around its content, set without editing the theme.
extension SiteConfigLoader {
    struct Navigation {
        var menus: [String: [NavigationLink]] = [:]
        var footers: [String: SiteFooter] = [:]
        var logo: NavigationLink?
    }

    func readNavigation(_ entries: [FrontMatterEntry], languages: [String], diagnostics: inout DiagnosticBag) -> Navigation {
        var navigation = Navigation()
        for entry in entries {
            switch entry.key {
            case "menus":
                for (code, value, location) in perLanguage(entry, languages: languages, isShared: { $0.isList }, diagnostics: &diagnostics) {
                    guard case .list(let items) = value else {
                        diagnostics.error(location, "the menu must be a list of entries", hint: Self.menuHint)
                        continue
                    }
                    navigation.menus[code] = items.compactMap { link($0, at: location, what: "menu entry", diagnostics: &diagnostics) }
                }
            case "footer":
                let isShared: (FrontMatterValue) -> Bool = { value in
                    guard case .map(let keys) = value else { return true }
                    return keys.allSatisfy { ["text", "links"].contains($0.key) }
                }
                for (code, value, location) in perLanguage(entry, languages: languages, isShared: isShared, diagnostics: &diagnostics) {
                    navigation.footers[code] = footer(value, at: location, diagnostics: &diagnostics)
                }
            case "logo":
                guard let text = entry.value.text, !text.isEmpty else {
                    diagnostics.error(entry.location, "logo must be the path or URL of an image", hint: "for example `logo: /images/logo.svg` for static/images/logo.svg")
                    continue
                }
                navigation.logo = target(text, at: entry.location, diagnostics: &diagnostics).map {
                    NavigationLink(title: "", target: $0, location: entry.location)
                }
            default: continue
            }
        }
        return navigation
    }

    static let menuHint = "write entries such as `- section: agendas` or `- {title: Blog, url: https://blog.example.org/}`"

    /// The value for each language: one shared value, or a map from language codes.
    private func perLanguage(
        _ entry: FrontMatterEntry, languages: [String], isShared: (FrontMatterValue) -> Bool, diagnostics: inout DiagnosticBag
    ) -> [(String, FrontMatterValue, SourceLocation)] {
        if isShared(entry.value) { return languages.map { ($0, entry.value, entry.location) } }
        guard case .map(let byLanguage) = entry.value else {
            diagnostics.error(
                entry.location, "\(entry.key) must be one for every language or a map of language codes",
                hint: entry.key == "menus" ? Self.menuHint : "for example `footer: {text: \"© 2026 Red de programas\"}`")
            return []
        }
        var result: [(String, FrontMatterValue, SourceLocation)] = []
        for item in byLanguage {
            guard languages.contains(item.key) else {
                diagnostics.error(
                    item.location, "'\(item.key)' in \(entry.key) is not a language of the site",
                    hint: "use one of \(languages.joined(separator: ", ")), or give one \(entry.key) for every language")
                continue
            }
            result.append((item.key, item.value, item.location))
        }
        return result
    }

    private func footer(_ value: FrontMatterValue, at location: SourceLocation, diagnostics: inout DiagnosticBag) -> SiteFooter {
        if let text = value.text { return SiteFooter(text: text) }
        guard case .map(let entries) = value else {
            diagnostics.error(location, "the footer must be a text or `text:` and `links:`", hint: "for example `footer: {text: \"© 2026 Red de programas\"}`")
            return SiteFooter()
        }
        var footer = SiteFooter()
        for entry in entries {
            switch entry.key {
            case "text":
                guard let text = entry.value.text else {
                    diagnostics.error(entry.location, "footer text must be text")
                    continue
                }
                footer.text = text
            case "links":
                guard case .list(let items) = entry.value else {
                    diagnostics.error(entry.location, "footer links must be a list", hint: Self.menuHint)
                    continue
                }
                footer.links = items.compactMap { link($0, at: entry.location, what: "footer link", diagnostics: &diagnostics) }
            default:
                diagnostics.warning(entry.location, "unknown footer setting '\(entry.key)' is ignored", hint: "a footer has `text:` and `links:`")
            }
        }
        return footer
    }

    /// One `- section: …` or `- {title: …, url: …}` entry.
    private func link(_ value: FrontMatterValue, at listLocation: SourceLocation, what: String, diagnostics: inout DiagnosticBag) -> NavigationLink? {
        guard case .map(let entries) = value else {
            diagnostics.error(listLocation, "a \(what) must be `section:` or `title:` and `url:`", hint: Self.menuHint)
            return nil
        }
        func field(_ key: String) -> FrontMatterEntry? { entries.first { $0.key == key } }
        let location = entries.first?.location ?? listLocation
        let title = field("title")?.value.text ?? ""
        for entry in entries where !["title", "url", "section"].contains(entry.key) {
            diagnostics.warning(entry.location, "unknown setting '\(entry.key)' of a \(what) is ignored", hint: "an entry has `section:`, or `title:` and `url:`")
        }
        if let section = field("section") {
            guard field("url") == nil, let path = section.value.text else {
                diagnostics.error(section.location, "a \(what) has either `section:` or `url:`, with one section path", hint: Self.menuHint)
                return nil
            }
            let trimmed = path.split(separator: "/").joined(separator: "/")
            return NavigationLink(title: title, target: .section(trimmed), location: section.location)
        }
        guard let url = field("url"), let text = url.value.text, !text.isEmpty else {
            diagnostics.error(location, "a \(what) needs `url:` (or `section:`)", hint: Self.menuHint)
            return nil
        }
        guard !title.isEmpty else {
            diagnostics.error(location, "a \(what) with `url:` needs a `title:`", hint: "the title is the text of the link")
            return nil
        }
        return target(text, at: url.location, diagnostics: &diagnostics).map { NavigationLink(title: title, target: $0, location: url.location) }
    }

    /// A URL through `URLPolicy`: an http(s), mailto or tel URL, or a path on the site.
    private func target(_ text: String, at location: SourceLocation, diagnostics: inout DiagnosticBag) -> NavigationLink.Target? {
        switch URLPolicy.verdict(text) {
        case .rejected(let rejection):
            diagnostics.error(location, URLPolicy.message(for: rejection, url: text), hint: URLPolicy.hint)
            return nil
        case .allowed(let allowed):
            if URLPolicy.scheme(of: allowed) != nil, let url = SafeURL(allowed) { return .external(url) }
            if allowed.hasPrefix("//") {
                diagnostics.error(location, "'\(Diagnostic.visible(allowed))' has no scheme", hint: "write https://\(allowed.dropFirst(2))")
                return nil
            }
            let path = allowed.drop { $0 == "/" }
            if path.split(separator: "/").contains("..") {
                diagnostics.error(location, "'\(Diagnostic.visible(allowed))' leaves the site", hint: "write a path from the site's root, such as /es/contacto/")
                return nil
            }
            return .sitePath(String(path))
        }
    }
}

private extension FrontMatterValue {
    var isList: Bool { if case .list = self { true } else { false } }
}
