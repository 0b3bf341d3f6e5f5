import Foundation

/// A loaded theme: its parsed templates, UI strings per language and the
/// static assets copied to the output, from the site's `themes/<name>/` over
/// the built-in theme.
public struct Theme: Sendable {
    /// Templates every theme must have.
    public static let requiredTemplates = ["home", "section", "page", "chooser", "404", "alias"]

    public var name: String
    /// `themes/<name>`, relative to the site folder (it may not exist: the built-in theme alone).
    public var path: String
    public var library: TemplateLibrary
    public var templateNames: Set<String>
    /// Templates under `templates/partials/`: pieces of pages, never a page's layout.
    public var partialNames: Set<String> = []
    /// language code → key → text.
    public var strings: [String: [String: String]]
    /// language code → key → forms, for the keys written as plural forms
    /// (`{one: …, other: …}`); `strings` holds their `other` form.
    public var plurals: [String: [String: PluralText]] = [:]
    /// The files copied to `output/assets/`, sorted by path.
    public var assets: [ThemeAsset]
    /// template name → its text, to tell which templates a rebuild must re-render for.
    public var templateSources: [String: String]

    public func has(_ template: String) -> Bool { templateNames.contains(template) }

    /// The template for a page: its `layout:`, else one named after its
    /// top-level section (`agendas`), else the kind's (`page`, `section`, `home`).
    public func template(for page: Page) -> String {
        if let layout = page.frontMatter.layout, has(layout) { return layout }
        let top = page.sectionPath.split(separator: "/").first.map(String.init) ?? ""
        switch page.kind {
        case .home: return "home"
        case .section: return has("section-" + top) ? "section-" + top : "section"
        case .regular: return has(top) ? top : "page"
        }
    }
}
