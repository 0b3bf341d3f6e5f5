import Foundation

/// `tandem review --json`: every finding, for CI and editors. A stable format,
/// documented in docs/review-json.md. Version 1; fields are only ever added within a version.
extension ReviewReport {
    struct JSONDocument: Encodable {
        var version = 1
        var totals: JSONTotals
        var findings: [JSONFinding]
    }

    struct JSONTotals: Encodable {
        var pairs: Int
        /// Findings not waived.
        var findings: Int
        var waived: Int
        /// Not waived, by severity: error, warning, info (zeros included).
        var severities: [String: Int]
    }

    struct JSONFinding: Encodable {
        var pair: String?
        var row: String?
        var kind: String
        var severity: String
        var message: String
        var waived: Bool
        var waiverReason: String?
        /// language → file and line of the row's block (or of the page).
        var files: [String: JSONPlace]
    }

    struct JSONPlace: Encodable {
        var path: String
        var line: Int
    }

    /// Pretty-printed, keys sorted, findings in the review's order.
    public func jsonData() -> Data {
        let open = findingList.filter { !$0.waived }
        let document = JSONDocument(
            totals: JSONTotals(
                pairs: pairs.count, findings: open.count, waived: findingList.count - open.count,
                severities: Dictionary(uniqueKeysWithValues: ReviewFinding.Severity.allCases.map { severity in
                    (severity.rawValue, open.filter { $0.severity == severity }.count)
                })),
            findings: findingList.map { finding in
                JSONFinding(
                    pair: finding.pair, row: finding.row, kind: finding.check.rawValue, severity: finding.severity.rawValue,
                    message: finding.message, waived: finding.waived, waiverReason: finding.waiverReason,
                    files: Dictionary(finding.locations.map { ($0.language.isEmpty ? "glossary" : $0.language, JSONPlace(path: $0.path, line: $0.line)) },
                                      uniquingKeysWith: { first, _ in first }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }
}
