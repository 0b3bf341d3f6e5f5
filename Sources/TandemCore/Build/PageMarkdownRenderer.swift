/// The Markdown stage for one page: its body through cmark-gfm with its
/// links to other content files rewritten to their URLs. Shared by the full
/// build and by the session's incremental rebuilds.
struct PageMarkdownRenderer: Sendable {
    let processor: MarkdownProcessor
    let resolver: ContentLinkResolver

    let shortcodes: HugoShortcodes

    init(site: Site, allowRawHTML: Bool) {
        var processor = MarkdownProcessor(allowRawHTML: allowRawHTML)
        processor.githubHeadingIDs = site.config.headingIDs == .github
        self.processor = processor
        resolver = ContentLinkResolver(site: site)
        shortcodes = HugoShortcodes(resolver: resolver)
    }

    /// The page's Markdown as the render stage needs it (`RenderedMarkdown.keepingOnlyWhatPagesNeed`).
    func render(_ page: Page) -> (rendered: RenderedMarkdown, diagnostics: [Diagnostic]) {
        render(page, body: page.body)
    }

    /// The same for a page whose body was handed over apart from it (`HandOffSlots`).
    func render(_ page: Page, body: String) -> (rendered: RenderedMarkdown, diagnostics: [Diagnostic]) {
        var local = DiagnosticBag()
        // Hugo's `{{< ref >}}` become URLs; other shortcodes are kept as text, with a warning.
        let body = shortcodes.expand(body, in: page, diagnostics: &local)
        let rendered = processor.process(
            body: body, firstLine: page.bodyFirstLine, path: page.displayPath,
            rewriteLink: { resolver.rewrite($0, from: page) }, diagnostics: &local)
        return (rendered.keepingOnlyWhatPagesNeed(of: page), local.items)
    }
}
