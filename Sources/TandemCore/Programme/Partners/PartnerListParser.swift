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
        let locale = Locale(identifier: language)
        return partners.enumerated().sorted { a, b in
            switch a.element.name.compare(b.element.name, options: [.caseInsensitive, .diacriticInsensitive], locale: locale) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: a.offset < b.offset
            }
        }.map(\.element)
    }

    // MARK: - One item

    private static let roleLabels = ["rol:", "role:", "función:", "funcion:"]

    static func read(_ block: MarkdownBlock, index: Int) -> Partner? {
        var text = ByteSearch.replacing(block.text, "\n", with: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let written = text

        var website = InlineMarkup.links(block.source).first?.url
        if let bare = text.range(of: #"<?https?://[^\s>]+>?"#, options: .regularExpression) {
            if website == nil { website = String(text[bare]).trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
            text.removeSubrange(bare)
        }

        var role: String?
        if let dash = text.range(of: " — ", options: .backwards) ?? text.range(of: " -- ", options: .backwards) {
            role = tidy(String(text[dash.upperBound...]))
            text = String(text[..<dash.lowerBound])
        } else if let label = roleLabels.lazy.compactMap({ text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) }).first {
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
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }, at: 0)
            }
            namePart.removeSubrange(group)
        }
        let name = tidy(ScalarRuns.replace(
            namePart.replacingOccurrences(of: #"\s+([,.;])"#, with: "$1", options: .regularExpression),
            minimum: 2, with: " ", where: ScalarRuns.isRegexSpace))
        guard !name.isEmpty || !acronyms.isEmpty else { return nil }

        let idSource = commonFirstWord(acronyms) ?? acronyms.first ?? name
        return Partner(id: Slug.make(idSource), name: name.isEmpty ? acronyms.joined(separator: ", ") : name, acronyms: acronyms,
                       country: country, website: website, role: role.flatMap { $0.isEmpty ? nil : $0 },
                       text: written, index: index, line: block.line)
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
                diagnostics.warning(location, "unknown country code '\(code)' for this partner", hint: "use an ISO 3166 code such as UY or MX")
            }
        }
        if let name = override.name { partner.name = name }
        if let website = override.website { partner.website = website }
        if let role = override.role { partner.role = role }
    }

    /// Top-level "(…)" groups, in order.
    private static func parenthesised(_ text: String) -> [Range<String.Index>] {
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
        return (String(text[..<cut.lowerBound]), String(text[cut.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// "AECID" for ["AECID Bolivia", "AECID Guatemala"]: the organisation behind several offices.
    private static func commonFirstWord(_ acronyms: [String]) -> String? {
        guard acronyms.count > 1 else { return nil }
        let firstWords = Set(acronyms.compactMap { $0.split(separator: " ").first.map(String.init) })
        return firstWords.count == 1 ? firstWords.first : nil
    }

    /// Trims spaces and the punctuation that list items end with.
    private static func tidy(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".,;:—–-")))
    }
}
