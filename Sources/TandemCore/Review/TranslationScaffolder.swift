import Foundation

/// `tandem translate FILE --to LANG`: writes the counterpart of a page for a
/// translator to fill in. The new file is the source with:
///
/// - the title marked `[translate] …`, `draft: true` (so it is not published
///   half-done) and `scaffolded_from` naming the source's current version. Not
///   `source_hash`: that says the translation matches the source, which only a
///   person (`--mark-current`) or an approved import can say; until then the
///   translation is `untracked` (or `incomplete` while blocks are untranslated);
/// - `translationKey` written out, so the pair holds even if the file is renamed;
/// - `aliases` left out (two pages cannot share an old URL);
/// - the body block for block as in the source (times, tables, list items and
///   links kept, so agendas, partner and event lists still parse), each block
///   to be translated in place; until it is, the review flags it as untranslated;
/// - links to other pages in the source language pointed at their counterpart,
///   where one exists.
public struct TranslationScaffolder: Sendable {
    public static let titleMarker = "[translate] "

    public struct Scaffold: Sendable, Equatable {
        /// `content/programmes/foo.en.md`.
        public var path: String
        public var text: String
    }

    public var site: Site
    public var siteFolder: URL

    public init(site: Site, siteFolder: URL) {
        self.site = site
        self.siteFolder = siteFolder
    }

    public func scaffold(_ file: ContentFileArgument, to languageCode: String) throws -> Scaffold {
        let page = try TranslationScaffolder.page(file, in: site)
        let config = site.config
        guard config.languageCodes.contains(languageCode) else {
            throw TranslationFileError(
                .usage, file.sitePath, "unknown language '\(languageCode)'",
                hint: "the site's languages are \(config.languageCodes.joined(separator: ", ")) (tandem.yaml)")
        }
        guard languageCode != page.languageCode else {
            throw TranslationFileError(
                .usage, file.sitePath, "the page is already in '\(languageCode)'",
                hint: "pass the language to translate into, e.g. --to \(config.languageCodes.first { $0 != languageCode } ?? "en")")
        }
        guard let source = page.source else { throw TranslationFileError(.content, file.sitePath, "not a content file") }
        let target = Self.counterpartPath(of: source, in: languageCode, config: config)
        if let index = site.pagesByContentPath[source.contentPath], let existing = site.translation(of: index, in: languageCode),
           let existingPath = site.pages[existing].source?.path {
            throw TranslationFileError(
                .content, existingPath, "already translated: this is the '\(languageCode)' version of \(file.sitePath); not overwriting",
                hint: "review it with tandem review, or after updating it run tandem translate --mark-current \(existingPath)")
        }
        let targetURL = siteFolder.appendingPathComponent("content/" + target)
        if FileManager.default.fileExists(atPath: targetURL.path) {
            throw TranslationFileError(
                .content, "content/" + target, "the file already exists; not overwriting",
                hint: "delete or rename it first if you want a fresh scaffold")
        }

        guard var editor = FrontMatterEditor(source.text) else {
            throw TranslationFileError(.content, file.sitePath, "the page has no front matter")
        }
        editor.set("title", .text(Self.titleMarker + page.title))
        editor.remove("aliases")
        editor.remove("source_hash")
        editor.remove("scaffolded_from")
        editor.remove("translate")  // the source may stay single-language elsewhere; this page is the translation
        editor.remove("draft")
        if !editor.contains("translationKey") {
            editor.set("translationKey", .text(page.translationKey))
        }
        // Keep the pair's source where it was: a page scaffolded from a language
        // other than the site's source says which one it came from.
        let statedSource = page.frontMatter["translationSource"]?.text
        if page.languageCode != (statedSource ?? config.sourceLanguageCode), !editor.contains("translationSource") {
            editor.set("translationSource", .plain(page.languageCode))
        }
        editor.set("draft", .plain("true"))
        editor.set("scaffolded_from", .plain(SourceHash.of(body: page.body)))
        editor.insertComment(
            "Scaffolded by `tandem translate` from \(file.sitePath). Translate the title and each block in place,")
        editor.appendComment("remove `draft: true`, then run `tandem translate --mark-current content/\(target)`.")

        var text = editor.text
        text = retargetLinks(in: text, bodyOf: page, to: languageCode)
        return Scaffold(path: "content/" + target, text: text)
    }

    /// Where the `languageCode` version of a file goes, inside `content/`: the same name
    /// with the other suffix (`post/b/index.es.md` → `post/b/index.en.md`), or the same
    /// path in the other language's content folder (`es/post/a.md` → `en/post/a.md`).
    static func counterpartPath(of source: SourceFile, in languageCode: String, config: SiteConfig) -> String {
        let folderOf: (String) -> String? = { code in
            config.language(code)?.contentDir.map { String($0.dropFirst("content/".count)) }
        }
        var components = source.contentPath.split(separator: "/").map(String.init)
        if source.languageFromFolder, let from = folderOf(source.languageCode), let to = folderOf(languageCode) {
            components.removeFirst(from.split(separator: "/").count)
            return (to.split(separator: "/").map(String.init) + components).joined(separator: "/")
        }
        let name = components.removeLast()
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast()  // md
        if parts.count >= 2, config.languageCodes.contains(parts[parts.count - 1]) { parts.removeLast() }
        let folder = components.joined(separator: "/")
        if source.languageFromFolder, let to = folderOf(languageCode) {
            return to + "/" + (folder.isEmpty ? "" : folder + "/") + parts.joined(separator: ".") + ".md"
        }
        return (folder.isEmpty ? "" : folder + "/") + parts.joined(separator: ".") + "." + languageCode + ".md"
    }

    /// Writes the scaffold, never over an existing file.
    public func write(_ scaffold: Scaffold) throws {
        let url = siteFolder.appendingPathComponent(scaffold.path)
        do {
            try Data(scaffold.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw TranslationFileError(.content, scaffold.path, "could not write the file: \(error.localizedDescription)",
                                       hint: "it may exist already, or the folder is not writable")
        }
    }

    /// The page a content file became; an error when it is not one.
    static func page(_ file: ContentFileArgument, in site: Site) throws -> Page {
        if let index = site.pagesByContentPath[file.contentPath] { return site.pages[index] }
        throw TranslationFileError(
            .content, file.sitePath, "no such page",
            hint: "check the path; a file with errors (see above) is not a page until they are fixed")
    }

    /// `](other.es.md#x)` → `](other.en.md#x)` where the English page exists.
    func retargetLinks(in text: String, bodyOf page: Page, to languageCode: String) -> String {
        guard let source = page.source else { return text }
        let suffix = "." + page.languageCode + ".md"
        var result = text
        for link in InlineMarkup.links(page.body) {
            let parts = link.url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard let path = parts.first, path.hasSuffix(suffix) else { continue }
            let retargeted = String(path.dropLast(suffix.count)) + "." + languageCode + ".md"
            var components = retargeted.hasPrefix("/") ? [] : source.contentFolder.split(separator: "/").map(String.init)
            for component in retargeted.split(separator: "/") {
                if component == ".." { _ = components.popLast() } else if component != "." { components.append(String(component)) }
            }
            guard site.pagesByContentPath[components.joined(separator: "/")] != nil else { continue }
            let newURL = retargeted + (parts.count > 1 ? "#" + parts[1] : "")
            result = result.replacingOccurrences(of: "](" + link.url, with: "](" + newURL)
        }
        return result
    }
}
