import CCmarkGFM
import Foundation

/// Parses one Markdown body with libcmark-gfm and renders it to HTML, on the
/// way giving headings stable ids, turning links to content files into page
/// URLs, dropping raw HTML unless allowed, and flattening the document into
/// `MarkdownBlock`s for the programme parsers and the translation review.
///
/// Safe to call from many threads at once (see `CmarkRuntime.finishLock`).
public struct MarkdownProcessor: Sendable {
    public var allowRawHTML: Bool
    /// GitHub's (and Hugo's) heading ids, Unicode letters kept, instead of Tandem's ASCII ones.
    public var githubHeadingIDs = false

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// - Parameters:
    ///   - body: the Markdown after the front matter.
    ///   - firstLine: the file line the body starts on, so positions are those of the file.
    ///   - path: the file, for diagnostics.
    ///   - rewriteLink: decides what each link destination becomes.
    public func process(
        body: String, firstLine: Int = 1, path: String,
        rewriteLink: (String) -> LinkRewrite = { _ in .unchanged },
        diagnostics: inout DiagnosticBag
    ) -> RenderedMarkdown {
        let parseOptions = CMARK_OPT_FOOTNOTES
        var renderOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if allowRawHTML { renderOptions |= CMARK_OPT_UNSAFE }

        guard let parser = CmarkRuntime.makeParser(options: parseOptions) else {
            return RenderedMarkdown(html: "", headings: [], blocks: [], plainText: "")
        }
        defer { cmark_parser_free(parser) }
        body.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        CmarkRuntime.finishLock.lock()
        let finished = cmark_parser_finish(parser)
        CmarkRuntime.finishLock.unlock()
        guard let document = finished else {
            return RenderedMarkdown(html: "", headings: [], blocks: [], plainText: "")
        }
        defer { cmark_node_free(document) }

        var walker = CmarkTreeWalker(source: body, firstLine: firstLine)
        walker.collectBlocks(document)
        let headings = rewriteHeadings(walker.headingNodes, walker: walker)
        let links = rewriteInlines(document, walker: walker, path: path, rewriteLink: rewriteLink, diagnostics: &diagnostics)

        guard let rendered = cmark_render_html(document, renderOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return RenderedMarkdown(html: "", headings: headings, blocks: walker.blocks, plainText: "")
        }
        let html = String(cString: rendered)
        free(rendered)
        let plainText = walker.blocks.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n")
        var result = RenderedMarkdown(html: html, headings: headings, blocks: walker.blocks, plainText: plainText)
        result.links = links
        result.footnoteIDs = Self.footnoteIDs(in: html)
        return result
    }

    /// Replaces each heading by a custom block that renders `<hN id="…">`, since
    /// cmark's HTML renderer writes headings without ids.
    private func rewriteHeadings(_ nodes: [OpaquePointer], walker: CmarkTreeWalker) -> [RenderedMarkdown.Heading] {
        var used: [String: Int] = [:]
        var headings: [RenderedMarkdown.Heading] = []
        for node in nodes {
            let level = Int(cmark_node_get_heading_level(node))
            var text = walker.plainText(of: node)
            // `## Members {#team}`: an id written after the heading, as Hugo (Goldmark),
            // Pandoc and kramdown read it; the braces are not shown.
            var explicitID: String?
            if let attribute = Self.headingAttribute(in: text) {
                explicitID = attribute.id
                text = attribute.text
                if let last = cmark_node_last_child(node), cmark_node_get_type(last) == CMARK_NODE_TEXT,
                   let literal = cmark_node_get_literal(last), let cut = Self.headingAttribute(in: String(cString: literal)) {
                    cmark_node_set_literal(last, cut.text)
                }
            }
            var id = explicitID ?? (githubHeadingIDs ? Slug.github(text) : Slug.make(text))
            if id.isEmpty { id = "section" }
            if let count = used[id] {
                used[id] = count + 1
                id += "-\(count)"
            } else {
                used[id] = 1
            }
            headings.append(.init(level: level, text: text, id: id, line: walker.fileLine(of: node)))
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(custom, "<h\(level) id=\"\(id)\">")
            cmark_node_set_on_exit(custom, "</h\(level)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_append_child(custom, child)
            }
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
        return headings
    }

    /// `Title {#id .class}` → ("id", "Title"); nil without a `{…}` holding `#id` at the end.
    static func headingAttribute(in text: String) -> (id: String, text: String)? {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return nil }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard let token = inside.split(separator: " ").first(where: { $0.hasPrefix("#") && $0.count > 1 }) else { return nil }
        let id = String(token.dropFirst())
        guard !id.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "&" || $0 == "'" }) else { return nil }
        var before = trimmed[..<open]
        while let last = before.last, last == " " || last == "\t" { before = before.dropLast() }
        return (id, String(before))
    }

    /// cmark-gfm names footnotes `fn-<label>` and their references `fnref-<label>`.
    static let footnoteMarker = Array("footnote".utf8)

    static func footnoteIDs(in html: String) -> [String] {
        // A byte search: Foundation's `contains` bridged every page's HTML to NSString.
        guard ByteSearch.contains(html, footnoteMarker) else { return [] }
        // `id="fn…"` up to the closing quote, found on the bytes (Foundation's range(of:) was
        // 1 % of a 10k build on pages with footnotes).
        var ids: [String] = []
        var html = html
        html.withUTF8 { bytes in
            let marker = Array("id=\"fn".utf8)
            var index = 0
            while index + marker.count <= bytes.count {
                guard bytes[index] == marker[0], (1..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] }) else {
                    index += 1
                    continue
                }
                let start = index + marker.count
                guard let end = (start..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: "\"") }) else { break }
                ids.append("fn" + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                index = end
            }
        }
        return ids
    }

    private func rewriteInlines(
        _ document: OpaquePointer, walker: CmarkTreeWalker, path: String,
        rewriteLink: (String) -> LinkRewrite, diagnostics: inout DiagnosticBag
    ) -> [RenderedMarkdown.Link] {
        var written: [RenderedMarkdown.Link] = []
        var rawHTML: [(node: OpaquePointer, location: SourceLocation)] = []
        var links: [(node: OpaquePointer, location: SourceLocation)] = []
        // Positions are taken in document order (see CmarkTreeWalker's column cursor), and a node
        // without one gets the line of the nearest ancestor with one, tracked on the way down
        // rather than walked up to from each of 20,000 nested images.
        var enclosingLines: [Int] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                _ = enclosingLines.popLast()
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                links.append((node, walker.location(of: node, path: path, enclosingLine: enclosingLines.last)))
            } else if !allowRawHTML, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                rawHTML.append((node, walker.location(of: node, path: path, enclosingLine: enclosingLines.last)))
            }
            // Leaves have no exit event, so only containers enter the stack.
            if !CmarkTreeWalker.isLeaf(type) {
                enclosingLines.append(walker.ownFileLine(of: node) ?? enclosingLines.last ?? walker.fileLine(of: node))
            }
        }
        for (node, location) in links {
            guard let raw = cmark_node_get_url(node) else { continue }
            let url = String(cString: raw)
            if case .rejected(let rejection) = URLPolicy.verdict(url) {
                // Rendered as cmark renders a refused link: the text, with an empty href.
                diagnostics.warning(location, URLPolicy.message(for: rejection, url: url), hint: URLPolicy.hint)
                cmark_node_set_url(node, "")
                continue
            }
            switch rewriteLink(url) {
            case .unchanged:
                written.append(.init(url: url, line: location.line, column: location.column))
            case .page(let target):
                cmark_node_set_url(node, target)
                written.append(.init(url: target, line: location.line, column: location.column))
            case .missing(let message, let hint):
                diagnostics.error(location, message, hint: hint)
            }
        }
        var reportedLines = Set<Int>()
        for (node, location) in rawHTML {
            // A comment (a note to translators, a `tandem-review:` waiver) was never meant to be shown: dropped quietly.
            let isComment = cmark_node_get_literal(node).map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
                .map { $0.hasPrefix("<!--") && $0.hasSuffix("-->") } ?? false
            if !isComment, reportedLines.insert(location.line).inserted {
                diagnostics.warning(
                    location, "raw HTML dropped",
                    hint: "write it in Markdown, or set `markdown: {rawHTML: true}` in \(SiteConfig.fileName) if you trust every author")
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return written
    }
}
