import Foundation

/// `tandem status --json`: a stable format, documented in docs/status-json.md.
/// Version 1; fields are only ever added within a version.
extension StatusReport {
    struct JSONDocument: Encodable {
        var version = 1
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
        /// language → pages with a published version in it (source, ok, stale or untracked).
        var present: [String: Int]
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
    }

    /// Pretty-printed, keys sorted, so the output diffs well and never reorders.
    public func jsonData() -> Data {
        var totals = ["pages": statuses.count]
        for state in TranslationState.allCases { totals[state.rawValue] = count(state) }
        let document = JSONDocument(
            sourceLanguage: defaultSourceLanguageCode, languages: languageCodes, totals: totals,
            sections: sections.map { summary in
                var states: [String: [String: Int]] = [:]
                var present: [String: Int] = [:]
                for code in languageCodes {
                    states[code] = Dictionary(uniqueKeysWithValues: TranslationState.allCases.map { ($0.rawValue, summary.count(code, $0)) })
                    present[code] = summary.present(code)
                }
                return JSONSection(section: summary.sectionPath, pages: summary.keys, states: states, present: present)
            },
            pages: statuses.map { status in
                JSONPage(
                    key: status.translationKey, section: status.sectionPath, kind: status.kind.rawValue,
                    source: status.sourceLanguageCode,
                    languages: Dictionary(uniqueKeysWithValues: status.versions.map { version in
                        (version.languageCode, JSONVersion(
                            state: version.state.rawValue, path: version.path,
                            sourceHash: version.languageCode == status.sourceLanguageCode ? nil : version.recordedHash,
                            currentHash: version.currentHash))
                    }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }
}
