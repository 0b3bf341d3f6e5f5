/// Hugo shortcodes in a page body, before Markdown: `{{< ref "x.md" >}}` and
/// `{{< relref "x.md#a" >}}` (also with `%`) become the URL of the page they name,
/// resolved like a `.md` link; any other shortcode is left as written, with a
/// warning at its line (Tandem has no templates for shortcodes). Shortcodes inside
/// fenced code blocks are left alone, and so are Hugo's escaped `{{</* … */>}}`.
struct HugoShortcodes: Sendable {
    var resolver: ContentLinkResolver

    func expand(_ body: String, in page: Page, diagnostics: inout DiagnosticBag) -> String {
        // Most pages have none: one byte search decides.
        guard ByteSearch.contains(body, byte: UInt8(ascii: "{")), body.contains("{{<") || body.contains("{{%") else { return body }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: Substring?
        for index in lines.indices {
            let trimmed = lines[index].drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            guard lines[index].contains("{{<") || lines[index].contains("{{%") else { continue }
            lines[index] = expandLine(lines[index], line: page.bodyFirstLine + index, in: page, diagnostics: &diagnostics)
        }
        return lines.joined(separator: "\n")
    }

    private func expandLine(_ text: String, line: Int, in page: Page, diagnostics: inout DiagnosticBag) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{<") ?? rest.range(of: "{{%") {
            let closeMark = rest[open].hasSuffix("%") ? "%}}" : ">}}"
            guard let close = rest[open.upperBound...].range(of: closeMark) else { break }
            let column = text.distance(from: text.startIndex, to: open.lowerBound) + 1
            let inner = rest[open.upperBound..<close.lowerBound].trimmingSpaces()
            result += rest[..<open.lowerBound]
            let whole = String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
            let location = SourceLocation(path: page.displayPath, line: line, column: column)
            if inner.hasPrefix("/*"), inner.hasSuffix("*/") {  // Hugo's escape: `{{</* x */>}}` shows `{{< x >}}`.
                let shown = inner.dropFirst(2).dropLast(2).trimmingSpaces()
                result += (closeMark == "%}}" ? "{{% " + shown + " %}}" : "{{< " + shown + " >}}")
                continue
            }
            let words = Self.words(inner)
            guard let name = words.first else {
                result += whole
                continue
            }
            if name.hasPrefix("/") { result += whole; continue }  // a closing shortcode: warned at its opening
            if name == "ref" || name == "relref", words.count >= 2 {
                switch resolver.rewriteReference(words[1], from: page) {
                case .page(let url):
                    result += url
                case .missing(let message, let hint):
                    diagnostics.error(location, "\(name) \(message)", hint: hint)
                    result += whole
                case .unchanged:
                    result += whole
                }
                continue
            }
            diagnostics.warning(
                location, "Hugo shortcode '\(name)' is not supported; its text is kept as written",
                hint: "replace it with Markdown (links, images, HTML with markdown.rawHTML), or remove it")
            result += whole
        }
        return result + rest
    }

    /// Space-separated words, a double-quoted or back-quoted one kept whole without its quotes.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil; words.append(current); current = "" } else { current.append(character) }
            } else if character == "\"" || character == "`" {
                quote = character
            } else if character == " " || character == "\t" {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
