import Foundation
import Testing
@testable import TandemCore

/// Random inline Markdown through the codec: encoded, decoded with the source's own pieces and
/// put back into the page, it must read as the same pieces and render the same HTML. And a
/// translator's reordering of tags passes the check, a dropped or doubled tag does not.
@Suite("Exchange: inline markup codec, fuzzed")
struct InlineMarkupCodecFuzzTests {
    static let words = ["casa", "Año", "niño", "ODS", "2024", "10:30", "a_b", "x", "éxito", "Ñandú", "foo.bar"]
    /// Brackets come only balanced (`[x]`): an unmatched `[` before a link's `](url)` makes cmark
    /// skip autolinking in ways an escaped one does not; the import's read-back check refuses that case.
    static let symbols = ["*", "_", "[x]", "\\", "<", ">", "&", "&amp;", "|", "#", "~", "!", "`", "(", ")", ":", "-", "+", "1.", "=", "\"", "'", "·"]

    static func text(_ random: inout SplitMix) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            parts.append(Int.random(in: 0..<4, using: &random) == 0 ? symbols.randomElement(using: &random) ?? "*" : words.randomElement(using: &random) ?? "x")
        }
        return parts.joined(separator: Int.random(in: 0..<5, using: &random) == 0 ? "" : " ")
    }

    /// A paragraph of words, symbols and markup, nested a little.
    static func inline(_ random: inout SplitMix, depth: Int = 0) -> String {
        var result = ""
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let choice = depth > 1 ? 0 : Int.random(in: 0..<11, using: &random)
            let inner = { (random: inout SplitMix) in words.randomElement(using: &random)! + " " + inline(&random, depth: depth + 1) + " " + words.randomElement(using: &random)! }
            switch choice {
            case 1: result += " *" + inner(&random) + "* "
            case 2: result += " **" + inner(&random) + "** "
            case 3: result += " [" + inner(&random) + "](https://x.org/p_" + words.randomElement(using: &random)!.replacingOccurrences(of: " ", with: "") + ") "
            case 4: result += " `" + text(&random).replacingOccurrences(of: "`", with: "") + "` "
            case 5: result += "[^a] "
            case 6: result += "\\\n"
            case 7: result += "\n"
            case 8: result += " ~~" + inner(&random) + "~~ "
            case 9: result += " _" + inner(&random) + "_ "
            case 10: result += " <https://y.org/" + words.randomElement(using: &random)! + "> "
            default: result += " " + text(&random) + " "
            }
        }
        return result
    }

    static func units(_ body: String) -> [TranslationUnit] {
        PageSegmenter().bodyUnits(body, firstLine: 1, path: "fuzz.md", agenda: false)
    }

    static func html(_ body: String) -> String {
        var ignored = DiagnosticBag()
        return MarkdownProcessor().process(body: body, path: "fuzz.md", diagnostics: &ignored).html
    }

    static func collapsed(_ html: String) -> String {
        html.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func decodedPiecesReadBackAsTheSamePieces() throws {
        var random = SplitMix(state: 20261202)
        var checked = 0
        for round in 0..<400 {
            let containers = ["", "- ", "> ", "# ", "| a | b |\n|---|---|\n| x | "]
            let prefix = containers[round % containers.count]
            var paragraph = Self.inline(&random).trimmingCharacters(in: .whitespacesAndNewlines)
            if prefix.hasPrefix("#") || prefix.hasPrefix("|") { paragraph = paragraph.replacingOccurrences(of: "\n", with: " ") }
            if prefix.hasPrefix("|") { paragraph += " |" }
            if prefix == "- " { paragraph = paragraph.replacingOccurrences(of: "\n", with: "\n  ") }
            if prefix == "> " { paragraph = paragraph.replacingOccurrences(of: "\n", with: "\n> ") }
            let body = prefix + paragraph + "\n\n[^a]: Nota.\n"
            let before = Self.units(body)
            var lines = BodyLines(body)
            for unit in before.reversed() {
                guard case .body(let region, let context) = unit.place else { continue }
                let checkedPieces = try InlineMarkupCodec.check(unit.pieces, against: unit.pieces).get()
                lines.replace(region, with: InlineMarkupCodec.decode(checkedPieces, context: context))
            }
            let after = Self.units(lines.text)
            #expect(after.map(\.id) == before.map(\.id), "round \(round): \(body.debugDescription) → \(lines.text.debugDescription)")
            for (a, b) in zip(before, after) {
                #expect(InlineMarkupCodec.signature(a.pieces) == InlineMarkupCodec.signature(b.pieces),
                        "round \(round): \(body.debugDescription) → \(lines.text.debugDescription)")
                #expect(a.pieces.plainText.split(whereSeparator: \.isWhitespace) == b.pieces.plainText.split(whereSeparator: \.isWhitespace),
                        "round \(round): \(body.debugDescription) → \(lines.text.debugDescription)")
            }
            // HTML collapses white space: a space more or less at the start of a line is the same page.
            #expect(Self.collapsed(Self.html(body)) == Self.collapsed(Self.html(lines.text)), "round \(round): \(body.debugDescription) → \(lines.text.debugDescription)")
            checked += before.count
        }
        #expect(checked > 400)
    }

    @Test func reorderedTagsPassMissingOrDoubledTagsDoNot() throws {
        let unit = try #require(Self.units("Un [enlace](https://x.org) y `código`[^a] **fuerte**.\n\n[^a]: n\n").first)
        let pieces = unit.pieces
        // The translator moves the code and the footnote before the link.
        let moved: [InlinePiece] = [pieces[5], pieces[6], .text(" ")] + pieces[0..<5] + pieces[7...]
        let checked = try InlineMarkupCodec.check(moved, against: pieces).get()
        #expect(InlineMarkupCodec.decode(checked, context: .paragraph) == "`código`[^a] Un [enlace](https://x.org) y  **fuerte**.")
        let dropped = pieces.filter { $0 != pieces[6] }
        #expect(InlineMarkupCodec.check(dropped, against: pieces) == .failure(.init(message: #"missing <ph id="3"> (footnote reference [^a])"#)))
        #expect(InlineMarkupCodec.check(pieces + [pieces[5]], against: pieces) == .failure(.init(message: #"<ph id="2"> (code `código`) appears twice"#)))
        let crossed: [InlinePiece] = [pieces[1], pieces[8], pieces[3], pieces[10]]
        #expect(InlineMarkupCodec.check(crossed, against: pieces) == .failure(.init(message: #"<ept id="1"> (](https://x.org)) closes across another element: keep the pairs nested"#)))
        #expect(InlineMarkupCodec.check([pieces[3], pieces[1]] + pieces[5...], against: pieces) == .failure(.init(message: #"<ept id="1"> (](https://x.org)) comes before its opening <bpt id="1">"#)))
        let foreign: [InlinePiece] = pieces + [.placeholder(id: 9, kind: .code, code: "`x`")]
        #expect(InlineMarkupCodec.check(foreign, against: pieces) == .failure(.init(message: #"<ph id="9"> (code `x`) is not in the source"#)))
        // Whatever code the file carries, the source's is written.
        let tampered = pieces.map { piece -> InlinePiece in
            if case .close(let id, _) = piece, id == 1 { return .close(id: id, code: "](https://evil.example)") }
            return piece
        }
        #expect(InlineMarkupCodec.decode(try InlineMarkupCodec.check(tampered, against: pieces).get(), context: .paragraph).contains("](https://x.org)"))
    }
}
