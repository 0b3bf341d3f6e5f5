import Foundation

/// `tandem status --json`: a stable format, documented in docs/status-json.md.
/// Version 2 (states `incomplete` and `single-language`, review findings); fields are
/// only ever added within a version.
extension StatusReport {
    struct JSONDocument: Encodable {
        var version = 2
        var sourceLanguage: String
        var languages: [String]
        var totals: [String: Int]
        var sections: [JSONSection]
        var pages: [JSONPage]
    }

    struct JSONSection: Encodable {
        var section: String
        var pages: Int
        /// language → state → count, every state present (zeros included).
        var states: [String: [String: Int]]
        /// language → pages with a published version in it (source, ok, stale, incomplete or untracked).
        var present: [String: Int]
        /// language → pages that should have a version in it (all but single-language ones).
        var expected: [String: Int]
    }

    struct JSONPage: Encodable {
        var key: String
        var section: String
        var kind: String
        var source: String
        var languages: [String: JSONVersion]
    }

    struct JSONVersion: Encodable {
        var state: String
        var path: String?
        /// What the translation records (`source_hash`).
        var sourceHash: String?
        /// On the source: the `source_hash` a current translation records.
        var currentHash: String?
        /// What a scaffold records (`scaffolded_from`).
        var scaffoldedFrom: String?
        /// On a translation compared with its source: untranslated blocks, titles and summaries.
        var untranslated: Int?
        /// On a translation compared with its source: severity → number of review findings.
        var findings: [String: Int]?
    }

    /// Pretty-printed, keys sorted, so the output diffs well and never reorders.
    public func jsonData() -> Data {
        var totals = ["pages": statuses.count]
        for state in TranslationState.allCases { totals[state.rawValue] = count(state) }
        let document = JSONDocument(
            sourceLanguage: defaultSourceLanguageCode, languages: languageCodes, totals: totals,
            sections: sections.map { summary in
                var states: [String: [String: Int]] = [:]
                var present: [String: Int] = [:], expected: [String: Int] = [:]
                for code in languageCodes {
                    states[code] = Dictionary(uniqueKeysWithValues: TranslationState.allCases.map { ($0.rawValue, summary.count(code, $0)) })
                    present[code] = summary.present(code)
                    expected[code] = summary.expected(code)
                }
                return JSONSection(section: summary.sectionPath, pages: summary.keys, states: states, present: present, expected: expected)
            },
            pages: statuses.map { status in
                JSONPage(
                    key: status.translationKey, section: status.sectionPath, kind: status.kind.rawValue,
                    source: status.sourceLanguageCode,
                    languages: Dictionary(uniqueKeysWithValues: status.versions.map { version in
                        (version.languageCode, JSONVersion(
                            state: version.state.rawValue, path: version.path,
                            sourceHash: version.languageCode == status.sourceLanguageCode ? nil : version.recordedHash,
                            currentHash: version.currentHash, scaffoldedFrom: version.scaffoldedFrom,
                            untranslated: version.findings.map { _ in version.untranslatedCount },
                            findings: version.findings.map { findings in
                                Dictionary(uniqueKeysWithValues: ReviewFinding.Severity.allCases.map { severity in
                                    (severity.rawValue, findings.filter { $0.severity == severity }.count)
                                })
                            }))
                    }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }
}
