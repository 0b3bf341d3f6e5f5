/// The Markdown stage for one page: its body through cmark-gfm with its
/// links to other content files rewritten to their URLs. Shared by the full
/// build and by the session's incremental rebuilds.
struct PageMarkdownRenderer: Sendable {
    let processor: MarkdownProcessor
    let resolver: ContentLinkResolver

    init(site: Site, allowRawHTML: Bool) {
        processor = MarkdownProcessor(allowRawHTML: allowRawHTML)
        resolver = ContentLinkResolver(site: site)
    }

    func render(_ page: Page) -> (rendered: RenderedMarkdown, diagnostics: [Diagnostic]) {
        var local = DiagnosticBag()
        let rendered = processor.process(
            body: page.body, firstLine: page.bodyFirstLine, path: page.displayPath,
            rewriteLink: { resolver.rewrite($0, from: page) }, diagnostics: &local)
        return (rendered, local.items)
    }
}
