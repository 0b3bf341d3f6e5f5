import Foundation

/// The link stage: decides every page's URL, pairs translations, builds the
/// section tree, and reports pages that would collide.
public struct SiteLinker: Sendable {
    public var config: SiteConfig
    public var includeDrafts: Bool

    public init(config: SiteConfig, includeDrafts: Bool = false) {
        self.config = config
        self.includeDrafts = includeDrafts
    }

    public func link(_ parsed: [Page], diagnostics: inout DiagnosticBag) -> Site {
        let candidates = parsed.filter { includeDrafts || !$0.isDraft }
        let pages = removingDuplicateKeys(Self.sorted(candidates, by: \.displayPath), diagnostics: &diagnostics)

        // Each language's pages are placed on their own, one language per core (the link stage
        // is otherwise on one core while the other waits).
        let languages = config.languages
        let placed = Parallel.map(languages.count) { position in
            placePages(pages.filter { $0.languageCode == languages[position].code }, language: languages[position])
        }
        let languageCodes = config.languageCodes
        let all = Self.sorted(placed.flatMap { $0 }) { LanguageAndPath(language: languageCodes.firstIndex(of: $0.languageCode) ?? 0, path: $0.sitePath) }

        // The section tree beside the pairing and its checks: neither reads the other.
        let (sections, paired) = Parallel.both({ buildSections(all) }, { () -> Pairing in
            var pairing = Pairing()
            reportCollisions(all, diagnostics: &pairing.diagnostics)
            for (index, page) in all.enumerated() {
                pairing.translations[page.translationKey, default: [:]][page.languageCode] = index
                if let source = page.source { pairing.byContentPath[source.contentPath] = index }
            }
            reportSplitPairs(all, translations: pairing.translations, diagnostics: &pairing.diagnostics)
            pairing.aliases = collectAliases(all, diagnostics: &pairing.diagnostics)
            return pairing
        })
        diagnostics.append(contentsOf: paired.diagnostics.items)
        let (translations, byContentPath, aliases) = (paired.translations, paired.byContentPath, paired.aliases)
        var site = Site(
            config: config, pages: all, translations: translations, sections: sections,
            pagesByContentPath: byContentPath, aliases: aliases)
        for (index, page) in all.enumerated() { site.pagesBySitePath[page.sitePath] = index }
        for alias in aliases where site.pagesBySitePath[alias.path] == nil { site.pagesBySitePath[alias.path] = alias.pageIndex }
        return site
    }

    /// What pairing pages by translation key finds, with the problems it reports.
    private struct Pairing: Sendable {
        var translations: [String: [String: Int]] = [:]
        var byContentPath: [String: Int] = [:]
        var aliases: [(path: String, pageIndex: Int)] = []
        var diagnostics = DiagnosticBag()
    }

    /// Two files of one language that claim the same translation key: keep the first, report the rest.
    private func removingDuplicateKeys(_ pages: [Page], diagnostics: inout DiagnosticBag) -> [Page] {
        // Only the first page's path is kept per key: a dictionary of pages copied every page.
        var firstByKey: [String: String] = [:]
        var kept: [Page] = []
        kept.reserveCapacity(pages.count)
        for page in pages {
            let id = page.id
            if let first = firstByKey[id] {
                let explicit = page.frontMatter.translationKey != nil
                diagnostics.error(
                    explicit ? page.frontMatter.location(of: "translationKey") : page.location,
                    "translationKey '\(page.translationKey)' is already used by \(first) in the same language",
                    hint: "each language may have one page per translationKey; change one of them")
                continue
            }
            firstByKey[id] = page.displayPath
            kept.append(page)
        }
        return kept
    }

    /// Gives every page of one language its site path, making the home and
    /// section pages that were not written.
    private func placePages(_ pages: [Page], language: Language) -> [Page] {
        var sectionPages: [String: Page] = [:]
        var regular: [Page] = []
        for page in pages {
            switch page.kind {
            case .home: sectionPages[""] = page
            case .section: sectionPages[page.sectionPath] = page
            case .regular: regular.append(page)
            }
        }
        // Every folder that holds a page, and every folder above it, needs a list page.
        var needed: Set<String> = [""]
        for sectionPath in regular.map(\.sectionPath) + sectionPages.values.map(\.sectionPath) {
            var components = sectionPath.split(separator: "/").map(String.init)
            while !components.isEmpty {
                needed.insert(components.joined(separator: "/"))
                components.removeLast()
            }
        }
        for path in needed where sectionPages[path] == nil {
            sectionPages[path] = generatedSectionPage(path: path, language: language)
        }
        let prefix = config.languagePrefix(language.code)
        let fromFileNames = config.slugSource == .fileName
        // Parents before children, so a child's path can build on its parent's.
        var sitePaths: [String: String] = [:]
        for path in needed.sorted(by: { $0.split(separator: "/").count < $1.split(separator: "/").count || ($0.split(separator: "/").count == $1.split(separator: "/").count && $0 < $1) }) {
            guard var page = sectionPages[path] else { continue }
            if path.isEmpty {
                page.sitePath = prefix
            } else {
                let components = path.split(separator: "/").map(String.init)
                let parent = components.dropLast().joined(separator: "/")
                let name = components.last ?? path
                // Hugo publishes a section under its folder's name.
                let made = fromFileNames ? HugoPath.segment(name) : Slug.make(name)
                let segment = page.frontMatter.slug ?? (made.isEmpty ? "section" : made)
                page.sitePath = (sitePaths[parent] ?? prefix) + segment + "/"
            }
            sitePaths[path] = page.sitePath
            sectionPages[path] = page
        }
        for index in regular.indices {
            if fromFileNames, regular[index].frontMatter.slug == nil, let source = regular[index].source {
                let name = HugoPath.segment(source.baseName)
                if !name.isEmpty { regular[index].slug = name }
            }
            let top = regular[index].sectionPath.split(separator: "/").first.map(String.init) ?? ""
            if let pattern = config.permalinks[top], !top.isEmpty {
                regular[index].sitePath = prefix + PermalinkPattern.expand(pattern, page: regular[index])
            } else {
                regular[index].sitePath = (sitePaths[regular[index].sectionPath] ?? prefix) + regular[index].slug + "/"
            }
        }
        return Array(sectionPages.values) + regular
    }

    private func generatedSectionPage(path: String, language: Language) -> Page {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let title = path.isEmpty ? language.title : name.prefix(1).uppercased() + name.dropFirst().replacingOccurrences(of: "-", with: " ")
        return Page(
            kind: path.isEmpty ? .home : .section, languageCode: language.code, sectionPath: path,
            translationKey: path.isEmpty ? "_index" : path + "/_index", slug: "",
            frontMatter: FrontMatter(title: title, location: SourceLocation(path: "content/" + path)))
    }

    private func reportCollisions(_ pages: [Page], diagnostics: inout DiagnosticBag) {
        var owner: [String: Int] = [:]
        for index in pages.indices {
            if let first = owner[pages[index].sitePath] {
                let page = pages[index]
                diagnostics.error(
                    page.frontMatter.slug != nil ? page.frontMatter.location(of: "slug") : page.location,
                    "\(page.displayPath) and \(pages[first].displayPath) both publish to /\(page.sitePath)",
                    hint: "give one of them a different `slug:` or title")
            } else {
                owner[pages[index].sitePath] = index
            }
        }
    }

    private func buildSections(_ pages: [Page]) -> [String: [String: Section]] {
        var result: [String: [String: Section]] = [:]
        let keys = pages.map(PageOrder.Key.init)
        for (index, page) in pages.enumerated() where page.kind != .regular {
            let weight = page.frontMatter.weight ?? Int.max
            result[page.languageCode, default: [:]][page.sectionPath] = Section(
                path: page.sectionPath, languageCode: page.languageCode, pageIndex: index,
                pageIndexes: [], childPaths: [], weight: weight)
        }
        for (index, page) in pages.enumerated() where page.kind == .regular {
            result[page.languageCode]?[page.sectionPath]?.pageIndexes.append(index)
        }
        for (language, sections) in result {
            for path in sections.keys where !path.isEmpty {
                let parent = path.split(separator: "/").dropLast().joined(separator: "/")
                result[language]?[parent]?.childPaths.append(path)
            }
            let order = CollationOrder(locale: Locale(identifier: config.language(language)?.locale ?? language))
            for path in sections.keys {
                result[language]?[path]?.pageIndexes.sort { PageOrder.precedes(keys[$0], keys[$1], titles: order) }
                let snapshot = result[language] ?? [:]
                result[language]?[path]?.childPaths.sort { a, b in
                    guard let sa = snapshot[a], let sb = snapshot[b] else { return a < b }
                    return PageOrder.precedes(keys[sa.pageIndex], keys[sb.pageIndex], titles: order)
                }
            }
        }
        return result
    }

    /// Sorts by a key made once per page and moves each page once: sorting the pages
    /// themselves copied every field of a page on each comparison and swap. Stable.
    static func sorted<Key: Comparable>(_ pages: [Page], by key: (Page) -> Key) -> [Page] {
        let keys = pages.map(key)
        return pages.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }.map { pages[$0] }
    }

    struct LanguageAndPath: Comparable {
        var language: Int
        var path: String
        static func < (a: Self, b: Self) -> Bool { (a.language, a.path) < (b.language, b.path) }
    }

    private func collectAliases(_ pages: [Page], diagnostics: inout DiagnosticBag) -> [(path: String, pageIndex: Int)] {
        let taken = Set(pages.map(\.sitePath))
        var seen: [String: (path: String, index: Int)] = [:]
        var result: [(path: String, pageIndex: Int)] = []
        for (index, page) in pages.enumerated() {
            for alias in page.frontMatter.aliases {
                let location = page.frontMatter.location(of: "aliases")
                // As in Hugo, an alias without a leading `/` is relative to the page's parent folder.
                let parent = page.sitePath.split(separator: "/").dropLast().joined(separator: "/")
                var written = alias.hasPrefix("/") || parent.isEmpty || alias.contains("://") ? alias : parent + "/" + alias
                if alias.hasPrefix("/"), config.aliasRoot == .language { written = config.languagePrefix(page.languageCode) + alias.dropFirst() }
                guard let path = AliasPath.normalize(written) else {
                    diagnostics.error(
                        location, "alias '\(alias)' is not a path inside the site",
                        hint: "write it as a site path such as /es/old-name/, without `..` or a domain")
                    continue
                }
                if taken.contains(path) {
                    diagnostics.error(location, "alias '\(alias)' is the URL of an existing page", hint: "remove the alias or rename the page")
                    continue
                }
                if let other = seen[path] {
                    // Hugo lets a page's translations repeat its old URLs (one of them is served);
                    // Tandem keeps the first language's and says so.
                    if pages[other.index].translationKey == page.translationKey {
                        diagnostics.warning(
                            location, "alias '\(alias)' is also an alias of \(other.path), its translation; /\(path) redirects there",
                            hint: "remove it here, or write a language folder into it (/\(page.languageCode)/…)")
                    } else {
                        diagnostics.error(location, "alias '\(alias)' is also claimed by \(other.path)", hint: "keep it on one page")
                    }
                    continue
                }
                seen[path] = (page.displayPath, index)
                result.append((path, index))
            }
        }
        // With the default language at the root, its code's folder redirects to the root, as in Hugo.
        if config.hasRootLanguage, let home = pages.firstIndex(where: { $0.kind == .home && $0.languageCode == config.defaultLanguageCode }) {
            let path = config.defaultLanguageCode + "/"
            if !taken.contains(path), seen[path] == nil { result.append((path, home)) }
        }
        return result.sorted { $0.path < $1.path }
    }
}

/// The order of pages in lists: weight first (pages without one last), then newest
/// date first, then title in the language's collation, then URL to break ties.
enum PageOrder {
    /// What the order reads of a page, taken once per page rather than per comparison.
    struct Key {
        var weight: Int
        var date: CalendarDate?
        var title: String
        var sitePath: String

        init(_ page: Page) {
            weight = page.frontMatter.weight ?? Int.max
            date = page.frontMatter.date
            title = page.title
            sitePath = page.sitePath
        }
    }

    static func precedes(_ a: Key, _ b: Key, titles: CollationOrder) -> Bool {
        if a.weight != b.weight { return a.weight < b.weight }
        if a.date != b.date {
            guard let da = a.date else { return false }
            guard let db = b.date else { return true }
            return da > db
        }
        let order = titles.compare(a.title, b.title)
        if order != .orderedSame { return order == .orderedAscending }
        return a.sitePath < b.sitePath
    }
}

/// Alias paths are written as files, so they must stay inside the output folder.
enum AliasPath {
    /// `/es/old/` → `es/old/`; nil for anything with `..`, a scheme or odd characters.
    static func normalize(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("://"), !trimmed.contains("\\"), !trimmed.contains("?"), !trimmed.contains("#") else { return nil }
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty else { return nil }
        for component in components {
            if component == "." || component == ".." || component.hasPrefix(".") { return nil }
            if component.unicodeScalars.contains(where: { $0.value < 0x20 }) { return nil }
        }
        let joined = components.joined(separator: "/")
        return joined.hasSuffix(".html") ? joined : joined + "/"
    }
}
