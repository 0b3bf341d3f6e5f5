/// `tandem status` as a table for people: one line per key, then the counts per section.
extension StatusReport {
    public func tableText() -> String {
        let header = ["page", "section"] + languageCodes
        var rows: [[String]] = statuses.map { status in
            // Keys come from front matter: a control character in one must not reach the terminal.
            [Diagnostic.visible(status.translationKey), Diagnostic.visible(Self.sectionName(status.sectionPath))] + status.versions.map(\.state.rawValue)
        }
        rows.insert(header, at: 0)
        var lines = Self.columns(rows)

        lines.append("")
        var sectionRows: [[String]] = [["section", "pages"] + languageCodes]
        for summary in sections {
            sectionRows.append([Self.sectionName(summary.sectionPath), "\(summary.keys)"] + languageCodes.map { code in
                Self.coverage(present: summary.present(code), of: summary.keys, problems: TranslationState.allCases
                    .filter { !$0.isPresent || $0 == .stale || $0 == .untracked }
                    .compactMap { state in summary.count(code, state) > 0 ? "\(summary.count(code, state)) \(state.rawValue)" : nil })
            })
        }
        lines += Self.columns(sectionRows)
        lines.append("")
        lines.append(totalLine)
        return lines.joined(separator: "\n")
    }

    /// `12 pages: 5 missing, 1 stale, 0 draft, 2 untracked`.
    public var totalLine: String {
        "\(statuses.count) page\(statuses.count == 1 ? "" : "s"): \(count(.missing)) missing, \(count(.stale)) stale, \(count(.draft)) draft, \(count(.untracked)) untracked"
    }

    static func sectionName(_ path: String) -> String { path.isEmpty ? "(root)" : path }

    static func coverage(present: Int, of total: Int, problems: [String]) -> String {
        let percent = total == 0 ? 100 : present * 100 / total
        var text = "\(present)/\(total) (\(percent)%)"
        if !problems.isEmpty { text += ", " + problems.joined(separator: ", ") }
        return text
    }

    /// Left-aligned columns two spaces apart.
    static func columns(_ rows: [[String]]) -> [String] {
        guard let count = rows.map(\.count).max() else { return [] }
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
