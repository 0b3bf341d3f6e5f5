/// One block of a page under review, with what alignment and the checks compare,
/// worked out once so that aligning thousands of blocks stays fast.
public struct ReviewBlock: Sendable {
    public var block: MarkdownBlock
    public var facts: TextFacts
    /// Link destinations as written (`../agendas/x.es.md`, `https://…`), images excluded.
    public var links: [String]
    public var images: Int
    /// Minutes after midnight of a time the block starts with: an agenda session.
    public var leadingTime: Int?
    /// Hashes of the facts and names, sorted, for a quick overlap count.
    let anchors: [Int]
    let length: Int

    public init(_ block: MarkdownBlock) {
        self.block = block
        let text = block.kind == .tableRow || block.kind == .tableHeader ? block.cells.joined(separator: " | ") : block.text
        facts = TextFacts(text)
        let imageSources = Self.imageSources(block.source)
        images = imageSources.count
        // `]` is rare in prose: most blocks skip the link scan.
        var links = block.source.utf8.contains(93) ? InlineMarkup.links(block.source).map(\.url) : []
        for source in imageSources {
            if let index = links.firstIndex(of: source) { links.remove(at: index) }
        }
        self.links = links
        var anchors = Set(facts.facts.map { $0.key.hashValue })
        for name in facts.names { anchors.insert(name.hashValue) }
        self.anchors = anchors.sorted()
        length = text.count
        let firstCell = block.kind == .tableRow ? (block.cells.first ?? "") : text
        // A session starts with its time: the first few characters are enough.
        if firstCell.first(where: { !$0.isWhitespace && $0 != "*" && $0 != "_" })?.isNumber == true,
           case .parsed(let range) = TimeRangeParser.parse(String(firstCell.prefix(40))) {
            leadingTime = range.start.hour * 60 + range.start.minute
        }
    }

    public var displayText: String {
        block.kind == .tableRow || block.kind == .tableHeader ? block.cells.joined(separator: " | ") : block.text
    }

    /// The sources of `![alt](src)` images, in order.
    static func imageSources(_ source: String) -> [String] {
        guard source.utf8.contains(33), source.contains("![") else { return [] }
        return source.components(separatedBy: "![").dropFirst().compactMap { piece in
            InlineMarkup.links("[" + piece).first?.url
        }
    }
}
