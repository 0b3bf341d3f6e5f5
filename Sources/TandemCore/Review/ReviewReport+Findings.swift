/// Every finding of a review with where it is, for the terminal
/// (`file:line: kind: message`) and for `tandem review --json`.
extension ReviewReport {
    public struct Finding: Sendable, Equatable {
        /// The translation key of the pair ("programmes/municipalizacion-odm"); nil for a finding about the whole site.
        public var pair: String?
        /// `b12`, the row's anchor on the pair page; nil for a finding about the pages as a whole.
        public var row: String?
        public var check: ReviewFinding.Check
        public var severity: ReviewFinding.Severity
        public var message: String
        public var waived: Bool
        public var waiverReason: String?
        /// The block's file (or the page's) and line, per language; absent on the side without the block.
        public var locations: [Location]

        public struct Location: Sendable, Equatable {
            public var language: String
            public var path: String
            public var line: Int
        }

        /// Where the terminal points: the translation's block if there is one, else the source's.
        public func primaryLocation(source: String?) -> Location? {
            locations.first { $0.language != source } ?? locations.first
        }
    }

    /// `content/a.en.md:12: terminology: “CEPAL” (es) without …`, waived findings marked.
    public func terminalLines() -> [String] {
        findingList.map { finding in
            let source = finding.pair.flatMap { key in status?.status(of: key)?.sourceLanguageCode }
            let place = finding.primaryLocation(source: source).map { "\($0.path):\($0.line)" } ?? "glossary"
            var line = "\(place): \(finding.check.rawValue): \(finding.message)"
            if finding.severity == .error { line = "\(place): \(finding.check.rawValue) (error): \(finding.message)" }
            if finding.waived { line += " [waived" + (finding.waiverReason.map { $0.isEmpty ? "" : ": " + $0 } ?? "") + "]" }
            return line
        }
    }
}

extension PairReview {
    /// This pair's findings with their places, pages' findings first, then row by row.
    func reportFindings() -> [ReviewReport.Finding] {
        let pages = [(leftLanguage, leftPage), (rightLanguage, rightPage)]
        var list = pageFindings.map { finding in
            ReviewReport.Finding(
                pair: translationKey, row: nil, check: finding.check, severity: finding.severity, message: finding.message,
                waived: finding.waived, waiverReason: finding.waiverReason,
                locations: pages.map { .init(language: $0.0, path: $0.1.displayPath, line: 1) })
        }
        for row in rows {
            var locations: [ReviewReport.Finding.Location] = []
            if let block = row.left { locations.append(.init(language: leftLanguage, path: leftPage.displayPath, line: block.block.line)) }
            if let block = row.right { locations.append(.init(language: rightLanguage, path: rightPage.displayPath, line: block.block.line)) }
            for finding in row.findings {
                list.append(ReviewReport.Finding(
                    pair: translationKey, row: row.anchor, check: finding.check, severity: finding.severity, message: finding.message,
                    waived: finding.waived, waiverReason: finding.waiverReason, locations: locations))
            }
        }
        return list
    }
}
