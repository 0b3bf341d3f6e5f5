/// The parse stage for one file: front matter checked and typed, the page's
/// kind, translation key and slug decided.
public struct PageParser: Sendable {
    public init() {}

    public func parse(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Page? {
        guard let (frontMatter, body, bodyFirstLine) = FrontMatterParser(file: file).parse(diagnostics: &diagnostics) else {
            return nil
        }
        let kind = file.kind
        let key = frontMatter.translationKey ?? file.defaultTranslationKey
        var slug = ""
        if kind == .regular {
            if let explicit = frontMatter.slug {
                guard Slug.isValidSegment(explicit) else {
                    diagnostics.error(
                        frontMatter.location(of: "slug"), "slug '\(explicit)' is not a single URL segment",
                        hint: "use lowercase letters, digits and hyphens, e.g. `slug: \(Slug.make(explicit).isEmpty ? "agenda" : Slug.make(explicit))`")
                    return nil
                }
                slug = explicit
            } else {
                slug = Slug.make(frontMatter.title)
                if slug.isEmpty { slug = Slug.make(file.baseName) }
                if slug.isEmpty { slug = "page" }
            }
        } else if let explicit = frontMatter.slug, !Slug.isValidSegment(explicit) {
            diagnostics.error(
                frontMatter.location(of: "slug"), "slug '\(explicit)' is not a single URL segment",
                hint: "use lowercase letters, digits and hyphens")
            return nil
        }
        return Page(
            kind: kind, languageCode: file.languageCode, sectionPath: file.sectionPath, translationKey: key,
            slug: slug, frontMatter: frontMatter, body: body, bodyFirstLine: bodyFirstLine, source: file)
    }
}
