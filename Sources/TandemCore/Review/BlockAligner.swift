/// Lines up the blocks of a page and its translation, Needleman–Wunsch style:
/// a dynamic programme over the two sequences that may pair two blocks or
/// leave one without a counterpart (a gap), maximising the summed similarity.
///
/// Similarity weighs the block kind (a heading pairs with a heading, a
/// paragraph may pair with a list item), what must survive translation
/// (numbers, dates, URLs, names), and the length ratio. For agendas, a block
/// that starts with a time pairs with the block that starts with the same time.
///
/// Long pages are aligned inside a band around the diagonal, so thousands of
/// blocks take a few million steps rather than their product.
public enum BlockAligner: Sendable {
    public struct Pair: Sendable, Equatable {
        public var left: Int?
        public var right: Int?
        /// 0…1 for a pair, nil for a gap.
        public var similarity: Double?
    }

    /// How much work the dynamic programme may do.
    public struct Limits: Sendable {
        /// Up to this many cells (blocks × blocks), the whole table is filled.
        public var fullTable = 4_000_000
        /// Beyond, a band around the diagonal of about this many cells…
        public var band = 1_500_000
        /// …widened, up to this many cells, so that a run of blocks missing on one side
        /// (as many as the difference in block counts) still fits in it.
        public var widenedBand = 8_000_000
        /// The band is never narrower than this many columns either side of the diagonal.
        public var minimumHalfWidth = 64

        public static let standard = Limits()
    }

    /// Pairs scoring below this are worse than leaving both blocks unpaired.
    static let threshold = 0.3

    public static func align(_ left: [ReviewBlock], _ right: [ReviewBlock], agendas: Bool = false, limits: Limits = .standard) -> [Pair] {
        let n = left.count, m = right.count
        if n == 0 || m == 0 {
            return left.indices.map { Pair(left: $0, right: nil) } + right.indices.map { Pair(left: nil, right: $0) }
        }
        // Row i covers columns lo(i)...hi(i) around the scaled diagonal i·m/n. A contiguous run
        // of d blocks missing on one side strays at most d from that diagonal.
        let halfWidth = n * m <= limits.fullTable ? m
            : max(limits.minimumHalfWidth, limits.band / n / 2, min(abs(n - m) + 32, limits.widenedBand / n / 2))
        func lo(_ i: Int) -> Int { max(0, i * m / n - halfWidth) }
        func hi(_ i: Int) -> Int { min(m, i * m / n + halfWidth) }
        let width = min(m, 2 * halfWidth) + 2
        var score = [Float](repeating: -.infinity, count: (n + 1) * width)
        // 0 = came from the diagonal (pair), 1 = from above (left block alone), 2 = from the left (right block alone).
        var move = [UInt8](repeating: 0, count: (n + 1) * width)
        func slot(_ i: Int, _ j: Int) -> Int? {
            let low = lo(i)
            guard j >= low, j <= hi(i) else { return nil }
            return i * width + (j - low)
        }
        func value(_ i: Int, _ j: Int) -> Float {
            guard let s = slot(i, j) else { return -.infinity }
            return score[s]
        }
        for i in 0...n {
            for j in lo(i)...hi(i) {
                guard let s = slot(i, j) else { continue }
                if i == 0 && j == 0 {
                    score[s] = 0
                    continue
                }
                var best = -Float.infinity
                var from: UInt8 = 0
                if i > 0 && j > 0 {
                    let diagonal = value(i - 1, j - 1)
                    if diagonal > -.infinity {
                        best = diagonal + Float(similarity(left[i - 1], right[j - 1], agendas: agendas) - threshold)
                    }
                }
                if i > 0, value(i - 1, j) > best {
                    best = value(i - 1, j)
                    from = 1
                }
                if j > 0, value(i, j - 1) > best {
                    best = value(i, j - 1)
                    from = 2
                }
                score[s] = best
                move[s] = from
            }
        }
        var pairs: [Pair] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let from: UInt8 = slot(i, j).map { move[$0] } ?? (i > 0 ? 1 : 2)
            if i > 0 && j > 0 && from == 0 {
                pairs.append(Pair(left: i - 1, right: j - 1, similarity: similarity(left[i - 1], right[j - 1], agendas: agendas)))
                i -= 1
                j -= 1
            } else if i > 0 && (from == 1 || j == 0) {
                pairs.append(Pair(left: i - 1, right: nil))
                i -= 1
            } else {
                pairs.append(Pair(left: nil, right: j - 1))
                j -= 1
            }
        }
        return pairs.reversed()
    }

    /// 0…1: how likely two blocks say the same thing in two languages.
    static func similarity(_ a: ReviewBlock, _ b: ReviewBlock, agendas: Bool) -> Double {
        if agendas, let start = a.leadingTime, let other = b.leadingTime {
            return start == other ? 0.95 : 0.05
        }
        let kind = kindSimilarity(a.block.kind, b.block.kind)
        let shorter = Double(min(a.length, b.length) + 10), longer = Double(max(a.length, b.length) + 10)
        let length = shorter / longer
        let anchor: Double
        if a.anchors.isEmpty && b.anchors.isEmpty {
            anchor = 0.5
        } else {
            let shared = sharedCount(a.anchors, b.anchors)
            anchor = Double(shared) / Double(a.anchors.count + b.anchors.count - shared)
        }
        let score = 0.35 * kind + 0.25 * length + 0.4 * anchor
        return kind == 0 ? score * 0.5 : score
    }

    static func kindSimilarity(_ a: MarkdownBlock.Kind, _ b: MarkdownBlock.Kind) -> Double {
        switch (a, b) {
        case (.heading(let x), .heading(let y)): return x == y ? 1 : 0.7
        case (.paragraph, .paragraph), (.tableRow, .tableRow), (.tableHeader, .tableHeader), (.other, .other): return 1
        case (.listItem(let x, _), .listItem(let y, _)): return x == y ? 1 : 0.7
        case (.paragraph, .listItem), (.listItem, .paragraph): return 0.6
        case (.tableHeader, .tableRow), (.tableRow, .tableHeader): return 0.5
        case (.tableRow, .listItem), (.listItem, .tableRow): return 0.4
        case (.tableRow, .paragraph), (.paragraph, .tableRow): return 0.3
        case (.heading, .paragraph), (.paragraph, .heading): return 0.3
        default: return 0
        }
    }

    /// Size of the intersection of two sorted arrays.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
