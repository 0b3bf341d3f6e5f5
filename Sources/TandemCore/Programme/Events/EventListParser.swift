import Foundation

/// Reads an events timeline: one list item per event, written as
/// `2017 **Title.** 20 al 22 de marzo. Montevideo-Uruguay.`
///
/// The bold span is the title; the year comes from the item's leading year, the
/// nearest heading above with a year, or the file's context year; the place is
/// what remains once title and date are taken out.
public enum EventListParser: Sendable {
    public static let missingDateMessage = "could not read a date in this event; write it as `2017 **Title** 20 al 22 de marzo. Place`"

    /// - Parameters:
    ///   - blocks: the page body. List items are events; headings with a year set the
    ///     year for the items below; a paragraph that starts with a year and a bold
    ///     title counts as an item too (converted documents lose list markers).
    ///   - contextYear: the year when neither the item nor a heading gives one.
    public static func parse(blocks: [MarkdownBlock], path: String, contextYear: Int? = nil) -> EventListParseResult {
        var diagnostics = DiagnosticBag()
        var list = EventList()
        var headingYear: Int?
        for block in blocks {
            switch block.kind {
            case .heading:
                headingYear = firstYear(in: block.text) ?? headingYear
            case .listItem(depth: 0, _):
                read(block, year: headingYear ?? contextYear, path: path, into: &list, diagnostics: &diagnostics)
            case .paragraph where leadingYear(of: block.text) != nil && leadingYearIsFollowedByBold(block.source):
                read(block, year: headingYear ?? contextYear, path: path, into: &list, diagnostics: &diagnostics)
            default:
                break
            }
        }

        // Sorting silently would hide a typo in a year; say once where the order breaks.
        for (previous, item) in zip(list.items, list.items.dropFirst()) where item.start < previous.start {
            diagnostics.note(SourceLocation(path: path, line: item.line),
                             "'\(item.title)' (\(item.start.iso)) is listed after '\(previous.title)' (\(previous.start.iso)); the timeline is shown in date order",
                             hint: "check the dates, or reorder the list")
            break
        }
        return EventListParseResult(list: list, diagnostics: diagnostics)
    }

    private static func read(_ block: MarkdownBlock, year: Int?, path: String, into list: inout EventList,
                             diagnostics: inout DiagnosticBag) {
        let location = SourceLocation(path: path, line: block.line)
        let itemYear = leadingYear(of: block.text)
        let bold = InlineMarkup.emphasisSpans(block.source).first { $0.strength >= 2 }

        var rest: String
        var title: String?
        if let bold {
            title = tidyTitle(bold.text)
            rest = InlineMarkup.plainText(block.source[..<bold.range.lowerBound]) + " | " + InlineMarkup.plainText(block.source[bold.range.upperBound...])
        } else {
            rest = block.text
        }
        rest = ByteSearch.replacing(rest, "\n", with: " ")
        if itemYear != nil { rest = dropLeadingYear(rest) }

        let phrase: EventDatePhrase
        switch EventDatePhrase.find(in: rest, contextYear: itemYear ?? year) {
        case .success(let found):
            phrase = found
        case .failure(.noYear):
            list.unparsed.append(block)
            diagnostics.warning(location, "no year for this event",
                                hint: "start the item with the year (`2017 **Title** …`) or put it under a heading with the year")
            return
        case .failure(.impossible(let reason)):
            list.unparsed.append(block)
            diagnostics.warning(location, "could not read the date of this event: \(reason)")
            return
        case .failure(.noDate):
            list.unparsed.append(block)
            diagnostics.warning(location, missingDateMessage)
            return
        }

        let phraseStart = rest.index(rest.startIndex, offsetBy: phrase.range.lowerBound)
        let phraseEnd = rest.index(phraseStart, offsetBy: phrase.range.count)
        let before = String(rest[..<phraseStart])
        // "15 y 16 de junio de Barcelona": the preposition belongs to neither date nor place.
        let after = replacingLeadingPreposition(String(rest[phraseEnd...]))
        var description: String?
        var placeText = before + " | " + after
        if title == nil {
            // No bold title: the first sentence after the date is the title, the rest its description.
            let sentences = splitFirstSentence(after)
            title = tidyTitle(sentences.first)
            description = sentences.rest
            placeText = ""
        }
        let place = EventPlace.clean(placeText)
        guard let title, !title.isEmpty else {
            list.unparsed.append(block)
            diagnostics.warning(location, "this event has a date but no title", hint: "write the title in bold: `**Title**`")
            return
        }
        list.items.append(EventItem(title: title, start: phrase.start, end: phrase.end, precision: phrase.precision,
                                    place: place.place, organizer: place.organizer, description: description,
                                    text: block.text, line: block.line))
    }

    // MARK: - Small readers

    /// A year at the very start of an item ("2017 **…**"), not the start of a date ("2017-11-22").
    static func leadingYear(of text: String) -> Int? {
        if startsWithPlainNonDigit(text) { return nil }
        let tokens = DateToken.tokenize(text, limit: 2)
        guard let first = tokens.first, case .year(let year) = first.kind, (1900...2199).contains(year) else { return nil }
        if tokens.count > 1, case .mark(let mark) = tokens[1].kind, "-–/".contains(mark) { return nil }
        return year
    }

    /// Every paragraph of an events page is asked for a leading year and most start with a
    /// word. When the first character after ASCII spaces is a lone ASCII scalar other than a
    /// digit, it folds to itself and the first token is a word or a mark, never a year, so the
    /// text need not be folded. Anything else (a non-ASCII neighbour that might combine, a
    /// carriage return) is left to the tokenizer.
    private static func startsWithPlainNonDigit(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        var current = bytes.next()
        while let byte = current {
            let next = bytes.next()
            if let next, next >= 0x80 { return false }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C: current = next
            case UInt8(ascii: "0")...UInt8(ascii: "9"), 0x0D, 0x80...: return false
            default: return true
            }
        }
        return false
    }

    private static func leadingYearIsFollowedByBold(_ source: String) -> Bool {
        source.drop { $0.isNumber || $0.isWhitespace }.hasPrefix("**")
    }

    private static func dropLeadingYear(_ text: String) -> String {
        let tokens = DateToken.tokenize(text, limit: 1)
        guard let first = tokens.first, case .year = first.kind else { return text }
        return String(text.dropFirst(first.range.upperBound))
    }

    private static func firstYear(in text: String) -> Int? {
        for token in DateToken.tokenize(text) {
            if case .year(let year) = token.kind, (1900...2199).contains(year) { return year }
        }
        return nil
    }

    /// "XXI Cumbre de Mercociudades." → "XXI Cumbre de Mercociudades"; line breaks become spaces.
    private static func tidyTitle(_ text: String?) -> String? {
        guard let text else { return nil }
        let spaced = ScalarRuns.replace(text, with: " ", where: ScalarRuns.isRegexSpace)
        let trimmed = ScalarTrim.trimming(spaced) { ScalarTrim.isWhitespace($0) || ".,;:|".unicodeScalars.contains($0) }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text.replacingOccurrences(of: #"^\s*(?i:de|del|en|in)\s+"#, with: " ", options: .regularExpression)`
    /// without compiling and running a regular expression per event: leading spaces, one of the
    /// words in any ASCII case, and the spaces after it become one space. `\s` is ICU's.
    static func replacingLeadingPreposition(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, ScalarRuns.isRegexSpace(scalars[index]) { index = scalars.index(after: index) }
        for word in ["de", "del", "en", "in"] {
            var end = index
            var matched = true
            for letter in word.unicodeScalars {
                guard end < scalars.endIndex, scalars[end].value < 0x80, scalars[end].value | 0x20 == letter.value else {
                    matched = false
                    break
                }
                end = scalars.index(after: end)
            }
            guard matched, end < scalars.endIndex, ScalarRuns.isRegexSpace(scalars[end]) else { continue }
            while end < scalars.endIndex, ScalarRuns.isRegexSpace(scalars[end]) { end = scalars.index(after: end) }
            return " " + String(scalars[end...])
        }
        return text
    }

    private static func splitFirstSentence(_ text: String) -> (first: String?, rest: String?) {
        let trimmed = ScalarTrim.trimming(text.drop { $0.isWhitespace || ".,;:|".contains($0) }, where: ScalarTrim.isWhitespace)
        guard let stop = trimmed.range(of: ". ") else { return (trimmed, nil) }
        let rest = ScalarTrim.trimming(trimmed[stop.upperBound...], where: ScalarTrim.isWhitespace)
        return (String(trimmed[..<stop.lowerBound]), rest.isEmpty ? nil : rest)
    }
}
