import Foundation

/// A loaded theme: its parsed templates, UI strings per language and the
/// folder of static assets copied to the output.
public struct Theme: Sendable {
    /// Templates every theme must have.
    public static let requiredTemplates = ["home", "section", "page", "chooser", "404", "alias"]

    public var name: String
    /// `themes/<name>`, relative to the site folder.
    public var path: String
    public var library: TemplateLibrary
    public var templateNames: Set<String>
    /// Templates under `templates/partials/`: pieces of pages, never a page's layout.
    public var partialNames: Set<String> = []
    /// language code → key → text.
    public var strings: [String: [String: String]]
    /// Absolute folder whose files are copied to `output/assets/`, if the theme has one.
    public var assetsFolder: URL?

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
