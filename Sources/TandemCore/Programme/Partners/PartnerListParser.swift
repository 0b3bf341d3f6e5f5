import Foundation

/// Reads a partners page: one top-level list item per partner. From each item it
/// takes the name, acronyms in parentheses, a trailing country, an optional link
/// (the website) and an optional role (" — role" or "Rol: …").
///
/// A country is recognised only when the text after the last comma or full stop
/// is a country name, so "Iniciativa Rostros, Voces y Lugares, Organización
/// Panamericana de la Salud" stays one name.
public enum PartnerListParser: Sendable {
    public static func parse(blocks: [MarkdownBlock], path: String, overrides: [Int: PartnerOverride] = [:]) -> PartnerListParseResult {
        var diagnostics = DiagnosticBag()
        var partners: [Partner] = []
        var index = 0
        for block in blocks {
            guard case .listItem(depth: 0, _) = block.kind else { continue }
            defer { index += 1 }
            guard var partner = read(block, index: index) else {
                diagnostics.warning(SourceLocation(path: path, line: block.line), "this partner item is empty")
                continue
            }
            if let override = overrides[index] {
                apply(override, to: &partner, path: path, line: block.line, diagnostics: &diagnostics)
            }
            partners.append(partner)
        }
        for key in overrides.keys.sorted() where key >= index || key < 0 {
            diagnostics.warning(SourceLocation(path: path, line: 1),
                                "`items` in the front matter has an entry for item \(key + 1), but the list has \(index) item(s)")
        }

        // Ids name anchors and files: two partners must never share one.
        var used: [String: Int] = [:]
        for position in partners.indices {
            let id = partners[position].id
            guard let first = used[id] else {
                used[id] = partners[position].line
                continue
            }
            var suffix = 2
            while used["\(id)-\(suffix)"] != nil { suffix += 1 }
            partners[position].id = "\(id)-\(suffix)"
            used[partners[position].id] = partners[position].line
            diagnostics.warning(SourceLocation(path: path, line: partners[position].line),
                                "partner id '\(id)' is already used on line \(first); this one is '\(id)-\(suffix)'",
                                hint: "set a distinct `id` for it in the front matter `items`")
        }
        return PartnerListParseResult(partners: partners, diagnostics: diagnostics)
    }

    /// Matches partners of a translated pair by position and warns when the lists differ in length
    /// or a matched pair names different countries.
    public static func pair(original: [Partner], translation: [Partner], originalPath: String, translationPath: String)
        -> (pairs: [PartnerPair], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let pairs = original.enumerated().map { position, partner in
            PartnerPair(original: partner, translation: position < translation.count ? translation[position] : nil)
        }
        if original.count != translation.count {
            let line = translation.count > original.count ? translation[original.count].line : (translation.last?.line ?? 1)
            diagnostics.append(.warning(SourceLocation(path: translationPath, line: line),
                "this page lists \(translation.count) partner(s) but \(originalPath) lists \(original.count)",
                hint: "partners are matched by position: keep both lists in the same order and length"))
        }
        for pair in pairs {
            guard let translated = pair.translation, let a = pair.original.country, let b = translated.country, a != b else { continue }
            diagnostics.append(.warning(SourceLocation(path: translationPath, line: translated.line),
                "this partner is in \(b) but the matching one in \(originalPath) (line \(pair.original.line)) is in \(a)",
                hint: "partners are matched by position: check the order of both lists"))
        }
        return (pairs, diagnostics)
    }

    /// Alphabetical by name the way the language sorts: accents and case ignored,
    /// so "Ágora" sits with the A's; ties keep the written order.
    public static func sorted(_ partners: [Partner], language: String) -> [Partner] {
        let order = CollationOrder(locale: Locale(identifier: language), options: [.caseInsensitive, .diacriticInsensitive])
        return partners.enumerated().sorted { a, b in
            switch order.compare(a.element.name, b.element.name) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: a.offset < b.offset
            }
        }.map(\.element)
    }

    // MARK: - One item

    private static let roleLabels = ["rol:", "role:", "función:", "funcion:"]

    static func read(_ block: MarkdownBlock, index: Int) -> Partner? {
        var text = ScalarTrim.trimming(ByteSearch.replacing(block.text, "\n", with: " "), where: ScalarTrim.isWhitespace)
        guard !text.isEmpty else { return nil }
        let written = text

        // A link the policy refuses is dropped here; the page body's Markdown reports it at its column.
        var website = InlineMarkup.links(block.source).first.flatMap { SafeURL($0.url) }
        if let bare = bareURL(in: text) {
            if website == nil { website = SafeURL(ScalarTrim.trimming(text[bare]) { $0 == "<" || $0 == ">" }) }
            text.removeSubrange(bare)
        }

        var role: String?
        if let dash = roleDash(in: text) {
            role = tidy(String(text[dash.upperBound...]))
            text = String(text[..<dash.lowerBound])
        } else if let label = roleLabel(in: text) {
            role = tidy(String(text[label.upperBound...]))
            text = String(text[..<label.lowerBound])
        }
        text = tidy(text)

        let groups = parenthesised(text)
        var country: String?
        var namePart = text
        if let split = trailingSegment(text, masking: groups), let code = CountryNames.code(for: split.segment) {
            country = code
            namePart = split.before
        }

        var acronyms: [String] = []
        for group in parenthesised(namePart).reversed() {
            let content = String(namePart[group]).dropFirst().dropLast()
            if country == nil, let code = CountryNames.code(for: String(content)) {
                country = code
            } else {
                acronyms.insert(contentsOf: content.split(whereSeparator: { ",;/".contains($0) })
                    .map { ScalarTrim.trimming($0, where: ScalarTrim.isWhitespace) }.filter { !$0.isEmpty }, at: 0)
            }
            namePart.removeSubrange(group)
        }
        let name = tidy(ScalarRuns.replace(
            removingSpacesBeforePunctuation(namePart),
            minimum: 2, with: " ", where: ScalarRuns.isRegexSpace))
        guard !name.isEmpty || !acronyms.isEmpty else { return nil }

        let idSource = commonFirstWord(acronyms) ?? acronyms.first ?? name
        return Partner(id: Slug.make(idSource), name: name.isEmpty ? acronyms.joined(separator: ", ") : name, acronyms: acronyms,
                       country: country, website: website, role: role.flatMap { $0.isEmpty ? nil : $0 },
                       text: written, index: index, line: block.line)
    }

    /// The last " — " or else the last " -- ". Foundation's search bridges the text for every
    /// partner, and neither can match a text without an em dash or a hyphen, which most lack.
    static func roleDash(in text: String) -> Range<String.Index>? {
        let emDash = ByteSearch.contains(text, Array("—".utf8)) ? text.range(of: " — ", options: .backwards) : nil
        return emDash ?? (text.utf8.contains(UInt8(ascii: "-")) ? text.range(of: " -- ", options: .backwards) : nil)
    }

    /// The first of `roleLabels` found, ignoring case and accents. Every label ends in a
    /// colon, which no other character matches under those options: without one, no search.
    static func roleLabel(in text: String) -> Range<String.Index>? {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        return roleLabels.lazy.compactMap { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) }.first
    }

    /// Most names have no space before a comma, full stop or semicolon, and then there is
    /// nothing to rebuild. Looks at bytes: any byte of a non-ASCII scalar counts as a
    /// possible space (U+00A0, U+3000 …), so a real one is never missed.
    private static func mayHaveSpaceBeforePunctuation(_ text: String) -> Bool {
        var previous = UInt8(ascii: "a")
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";"),
               previous == 0x20 || (previous >= 0x09 && previous <= 0x0D) || previous >= 0x80 {
                return true
            }
            previous = byte
        }
        return false
    }

    private static func apply(_ override: PartnerOverride, to partner: inout Partner, path: String, line: Int,
                              diagnostics: inout DiagnosticBag) {
        let location = SourceLocation(path: path, line: line)
        if let id = override.id {
            if Slug.isValidSegment(id) {
                partner.id = id
            } else {
                diagnostics.warning(location, "partner id '\(id)' cannot be used in a URL; using '\(partner.id)'",
                                    hint: "use lower-case letters, digits and hyphens")
            }
        }
        if let code = override.country {
            if CountryNames.isKnown(code: code) {
                partner.country = code.uppercased()
            } else {
                diagnostics.warning(override.countryLocation ?? location, "unknown country code '\(Diagnostic.visible(code))' for this partner",
                                    hint: CountryNames.codeHint(for: code))
            }
        }
        if let name = override.name { partner.name = name }
        if let website = override.website {
            switch URLPolicy.verdict(website) {
            case .allowed: partner.website = SafeURL(website)
            case .rejected(let rejection):
                partner.website = nil
                diagnostics.warning(override.websiteLocation ?? location, URLPolicy.message(for: rejection, url: website), hint: URLPolicy.hint)
            }
        }
        if let role = override.role { partner.role = role }
    }

    /// Top-level "(…)" groups, in order.
    static func parenthesised(_ text: String) -> [Range<String.Index>] {
        // Brackets are ASCII: found on the bytes, a character (grapheme) walk only when one
        // touches a non-ASCII byte, where a combining mark could make it part of another character.
        var groups: [Range<String.Index>] = []
        var depth = 0
        var open = 0
        var previous: UInt8 = 0
        let bytes = text.utf8
        var offset = 0
        var iterator = bytes.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                if previous >= 0x80 || (next ?? 0) >= 0x80 { return parenthesisedByCharacter(text) }
                if byte == UInt8(ascii: "(") {
                    if depth == 0 { open = offset }
                    depth += 1
                } else if depth > 0 {
                    depth -= 1
                    if depth == 0 { groups.append(bytes.index(bytes.startIndex, offsetBy: open)..<bytes.index(bytes.startIndex, offsetBy: offset + 1)) }
                }
            }
            previous = byte
            offset += 1
            current = next
        }
        return groups
    }

    static func parenthesisedByCharacter(_ text: String) -> [Range<String.Index>] {
        var groups: [Range<String.Index>] = []
        var depth = 0
        var open: String.Index?
        for index in text.indices {
            if text[index] == "(" {
                if depth == 0 { open = index }
                depth += 1
            } else if text[index] == ")", depth > 0 {
                depth -= 1
                if depth == 0, let start = open { groups.append(start..<text.index(after: index)) }
            }
        }
        return groups
    }

    /// The text after the last ", " or ". " outside parentheses, and what comes before it.
    private static func trailingSegment(_ text: String, masking groups: [Range<String.Index>]) -> (before: String, segment: String)? {
        var cut: Range<String.Index>?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if (text[index] == "," || text[index] == "."), next < text.endIndex, text[next] == " ",
               !groups.contains(where: { $0.contains(index) }) {
                cut = index..<next
            }
            index = next
        }
        guard let cut else { return nil }
        return (String(text[..<cut.lowerBound]), ScalarTrim.trimming(text[cut.upperBound...], where: ScalarTrim.isWhitespace))
    }

    /// "AECID" for ["AECID Bolivia", "AECID Guatemala"]: the organisation behind several offices.
    private static func commonFirstWord(_ acronyms: [String]) -> String? {
        guard acronyms.count > 1 else { return nil }
        let firstWords = Set(acronyms.compactMap { $0.split(separator: " ").first.map(String.init) })
        return firstWords.count == 1 ? firstWords.first : nil
    }

    /// Trims spaces and the punctuation that list items end with.
    private static func tidy(_ text: String) -> String {
        ScalarTrim.trimming(text) { ScalarTrim.isWhitespace($0) || ".,;:—–-".unicodeScalars.contains($0) }
    }

    /// `text.range(of: #"<?https?://[^\s>]+>?"#, options: .regularExpression)` without a
    /// regular expression per partner: the leftmost bare link, with its angle brackets.
    static func bareURL(in text: String) -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        func matchEnd(from start: String.Index) -> String.Index? {
            var index = start
            func take(_ literal: String) -> Bool {
                for expected in literal.unicodeScalars {
                    guard index < scalars.endIndex, scalars[index] == expected else { return false }
                    index = scalars.index(after: index)
                }
                return true
            }
            _ = take("<")
            guard take("http") else { return nil }
            _ = take("s")
            guard take("://") else { return nil }
            let addressStart = index
            while index < scalars.endIndex, scalars[index] != ">", !ScalarRuns.isRegexSpace(scalars[index]) {
                index = scalars.index(after: index)
            }
            guard index > addressStart else { return nil }
            _ = take(">")
            return index
        }
        guard ByteSearch.contains(text, Array("http".utf8)) else { return nil }
        var start = scalars.startIndex
        while start < scalars.endIndex {
            if let end = matchEnd(from: start) { return start..<end }
            start = scalars.index(after: start)
        }
        return nil
    }

    /// `text.replacingOccurrences(of: #"\s+([,.;])"#, with: "$1", options: .regularExpression)`:
    /// drops each run of spaces (ICU's `\s`) that comes right before a comma, full stop or semicolon.
    static func removingSpacesBeforePunctuation(_ text: String) -> String {
        guard mayHaveSpaceBeforePunctuation(text) else { return text }
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard ScalarRuns.isRegexSpace(scalars[index]) else {
                result.append(scalars[index])
                index = scalars.index(after: index)
                continue
            }
            var afterSpaces = index
            while afterSpaces < scalars.endIndex, ScalarRuns.isRegexSpace(scalars[afterSpaces]) {
                afterSpaces = scalars.index(after: afterSpaces)
            }
            let beforePunctuation = afterSpaces < scalars.endIndex && [",", ".", ";"].contains(scalars[afterSpaces])
            if !beforePunctuation { result.append(contentsOf: scalars[index..<afterSpaces]) }
            index = afterSpaces
        }
        return String(result)
    }
}
