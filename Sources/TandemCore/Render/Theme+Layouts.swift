extension Theme {
    /// Templates that render something other than a content page: a page that named
    /// one would redirect to itself (`alias`), lose its title (`chooser`) or its frame.
    static let internalTemplates: Set<String> = ["alias", "chooser", "404", "baseof"]

    /// What a page's `layout:` may name: a template outside `partials/` that is not internal.
    var pageLayouts: Set<String> { templateNames.subtracting(Self.internalTemplates).subtracting(partialNames) }

    /// Checks every page's `layout:`: a name outside [a-z0-9_-], an internal template or a
    /// template the theme lacks is an error at the line, instead of quietly using the default.
    func checkLayouts(of pages: [Page], diagnostics: inout DiagnosticBag) {
        let layouts = pageLayouts
        for page in pages {
            guard let layout = page.frontMatter.layout else { continue }
            let location = page.frontMatter.location(of: "layout")
            let shown = Diagnostic.visible(layout)
            let choices = "the layouts of theme '\(name)' are " + layouts.sorted().joined(separator: ", ")
            if !layout.unicodeScalars.allSatisfy(Self.isLayoutCharacter) {
                diagnostics.error(location, "layout '\(shown)' is not a template name",
                                  hint: "a layout is a template file name without .mustache, in a-z, 0-9, - and _; \(choices)")
            } else if Self.internalTemplates.contains(layout) || partialNames.contains(layout) {
                diagnostics.error(location, "layout '\(shown)' is a template Tandem uses itself, not a page layout",
                                  hint: "remove `layout:`, or use one of: \(layouts.sorted().joined(separator: ", "))")
            } else if !layouts.contains(layout) {
                let guesses = EditDistance.suggestions(for: layout, among: layouts)
                let guess = guesses.first.map { "did you mean '\($0)'? " } ?? ""
                diagnostics.error(location, "layout '\(shown)' does not exist in theme '\(name)'",
                                  hint: guess + choices)
            }
        }
    }

    private static func isLayoutCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
    }
}
