/// One piece of a translation unit's text: plain text, or a piece of inline
/// Markdown a translator must keep (`<bpt>`/`<ept>` around a link's or an
/// emphasis's text, `<ph>` for code, a footnote reference, a line break, an
/// agenda time). `code` is the Markdown it stands for, as it goes back into
/// the file.
public enum InlinePiece: Sendable, Equatable, Hashable {
    case text(String)
    case open(id: Int, kind: InlineKind, code: String)
    case close(id: Int, code: String)
    case placeholder(id: Int, kind: InlineKind, code: String)

    /// `ctype` in XLIFF: the standard values where one fits, `x-…` otherwise.
    public enum InlineKind: String, Sendable, Equatable, Hashable, CaseIterable {
        case bold, italic, link, image, lb
        case strike = "x-strike"
        case code = "x-code"
        case footnote = "x-footnote"
        case html = "x-html"
        case autolink = "x-autolink"
        case time = "x-time"

        /// What a translator is told the element is.
        public var label: String {
            switch self {
            case .bold: "bold"
            case .italic: "emphasis"
            case .link: "link"
            case .image: "image"
            case .lb: "line break"
            case .strike: "strikethrough"
            case .code: "code"
            case .footnote: "footnote reference"
            case .html: "HTML"
            case .autolink: "link"
            case .time: "time"
            }
        }
    }

    var id: Int? {
        switch self {
        case .text: nil
        case .open(let id, _, _), .close(let id, _), .placeholder(let id, _, _): id
        }
    }
}

extension Array where Element == InlinePiece {
    /// The text a reader sees, markup left out (placeholders as their code).
    public var plainText: String {
        map { piece in
            switch piece {
            case .text(let text): text
            case .placeholder(_, _, let code): code
            case .open, .close: ""
            }
        }.joined()
    }

    /// Whether any text piece holds a letter: a unit of only times, numbers and links has nothing to translate.
    var hasWords: Bool {
        contains { piece in
            if case .text(let text) = piece { return text.contains { $0.isLetter } }
            return false
        }
    }

    /// Adjacent text pieces joined, empty ones dropped.
    func mergingText() -> [InlinePiece] {
        var result: [InlinePiece] = []
        for piece in self {
            if case .text(let text) = piece {
                if text.isEmpty { continue }
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(piece)
        }
        return result
    }
}
