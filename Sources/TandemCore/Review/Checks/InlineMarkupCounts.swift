/// The inline markup of one block's Markdown source, counted: code spans (by
/// content), emphasis, strong and footnote references. A light scan, not a
/// parser: code spans are taken out first, `_` inside a word is not emphasis.
struct InlineMarkupCounts: Sendable, Equatable {
    var code: [String] = []
    var emphasis = 0
    var strong = 0
    var footnotes = 0

    init(_ source: String) {
        // Most blocks have no markup at all: one byte scan decides.
        guard source.utf8.contains(where: { $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[") })
        else { return }
        var characters = Array(source)
        // A list item's or heading's marker is not emphasis.
        var start = 0
        while start < characters.count, characters[start] == " " { start += 1 }
        if start + 1 < characters.count, "*-+".contains(characters[start]), characters[start + 1] == " " { characters[start] = " " }
        // Code spans: a run of backticks up to the same run.
        var text: [Character] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else {
                text.append(characters[index])
                index += 1
                continue
            }
            var run = 0
            while index + run < characters.count, characters[index + run] == "`" { run += 1 }
            var search = index + run, closed: Int?
            while search < characters.count {
                if characters[search] == "`" {
                    var other = 0
                    while search + other < characters.count, characters[search + other] == "`" { other += 1 }
                    if other == run {
                        closed = search
                        break
                    }
                    search += other
                } else {
                    search += 1
                }
            }
            guard let end = closed else {
                text.append(contentsOf: characters[index..<(index + run)])
                index += run
                continue
            }
            code.append(String(characters[(index + run)..<end]).trimmingCharacters(in: .whitespaces))
            text.append(" ")
            index = end + run
        }
        // Link destinations are not prose: `](…)` is skipped.
        var prose: [Character] = []
        index = 0
        while index < text.count {
            if text[index] == "]", index + 1 < text.count, text[index + 1] == "(" {
                prose.append("]")
                while index < text.count, text[index] != ")" { index += 1 }
                index += 1
                continue
            }
            if text[index] == "[", index + 1 < text.count, text[index + 1] == "^" { footnotes += 1 }
            prose.append(text[index])
            index += 1
        }
        var stars = 0, doubleStars = 0, underscores = 0, doubleUnderscores = 0
        index = 0
        while index < prose.count {
            let character = prose[index]
            guard character == "*" || character == "_" else {
                index += 1
                continue
            }
            var run = 0
            while index + run < prose.count, prose[index + run] == character { run += 1 }
            let before = index > 0 ? prose[index - 1] : " ", after = index + run < prose.count ? prose[index + run] : " "
            let intraword = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
            if !(character == "_" && intraword), !(before.isWhitespace && after.isWhitespace) {
                let doubles = run / 2, singles = run % 2
                if character == "*" {
                    doubleStars += doubles
                    stars += singles
                } else {
                    doubleUnderscores += doubles
                    underscores += singles
                }
            }
            index += run
        }
        strong = doubleStars / 2 + doubleUnderscores / 2
        emphasis = stars / 2 + underscores / 2
    }
}
