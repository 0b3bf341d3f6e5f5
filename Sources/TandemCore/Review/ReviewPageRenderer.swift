/// The HTML of the review site: self-contained pages (inline CSS, no scripts,
/// no external resources), `noindex`, in English with each side's text marked
/// with its language.
struct ReviewPageRenderer: Sendable {
    var config: SiteConfig
    /// "Mark as current" as a form (`tandem serve`) rather than the command.
    var offersMarkCurrent = false

    func languageName(_ code: String) -> String { config.language(code)?.name ?? code }

    // MARK: pair page

    /// - Parameter fileName: the page's own name in `pairs/`, for the form to come back to.
    func pairPage(_ review: PairReview, change: SourceChange?, fileName: String) -> String {
        let left = review.leftLanguage, right = review.rightLanguage
        let source = review.status.sourceLanguageCode
        var html = head(title: "Review: \(review.leftPage.title)")
        html += "<header>\n<p><a href=\"../index.html\">All translations</a></p>\n"
        html += "<h1><span lang=\"\(e(left))\">\(e(review.leftPage.title))</span> · <span lang=\"\(e(right))\">\(e(review.rightPage.title))</span></h1>\n</header>\n<main>\n"

        html += "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<dl class=\"facts\">\n"
        for version in review.status.versions where version.languageCode == left || version.languageCode == right {
            html += "<dt>\(e(languageName(version.languageCode)))\(version.languageCode == source ? " (source)" : "")</dt>"
            html += "<dd><code>\(e(version.path ?? "—"))</code> \(stateBadge(version.state))</dd>\n"
        }
        html += "<dt>Rows</dt><dd>\(review.rows.count) (\(review.rows.filter { $0.left != nil && $0.right != nil }.count) aligned)</dd>\n"
        html += "<dt>Findings</dt><dd>\(review.findingCount)\(findingBreakdown(review))</dd>\n"
        if let changes = review.sourceBlockChanges { html += "<dt>Source changes</dt><dd>\(e(changes.summary))</dd>\n" }
        if review.waivedCount > 0 { html += "<dt>Waived</dt><dd>\(review.waivedCount) (reviewed exceptions, marked in the Markdown)</dd>\n" }
        html += "</dl>\n"
        if !review.pageFindings.isEmpty {
            html += "<h3>About the pages</h3>\n<ul class=\"findings\">\n"
            for finding in review.pageFindings { html += findingItem(finding) + "\n" }
            html += "</ul>\n"
        }
        html += findingsByRow(review)
        html += "</section>\n"
        html += markCurrentSection(review, fileName: fileName)

        if let change { html += sourceChange(change, review: review) }

        html += "<section aria-labelledby=\"blocks\">\n<h2 id=\"blocks\">Side by side</h2>\n"
        html += "<p class=\"hint\">Each row pairs a block of the \(e(languageName(left))) page with its counterpart in \(e(languageName(right))); link to a row with its number. Findings are beside the row.</p>\n"
        html += "<div id=\"\(Self.findingsOnlyID)\"></div>\n<table class=\"pair\">\n<caption>Blocks of both versions, aligned</caption>\n<thead><tr>"
        html += "<th scope=\"col\" class=\"row\">Row</th><th scope=\"col\">\(e(languageName(left)))</th><th scope=\"col\">\(e(languageName(right)))</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        let (flagged, near) = Self.flaggedAndNear(review)
        for (index, row) in review.rows.enumerated() {
            let classes = [row.left == nil || row.right == nil ? "gap" : nil, flagged.contains(index) ? "flagged" : nil, near.contains(index) ? "near" : nil]
                .compactMap { $0 }
            html += "<tr id=\"\(row.anchor)\"\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>"
            html += "<th scope=\"row\" class=\"row\"><a href=\"#\(row.anchor)\">\(row.anchor)</a></th>"
            html += cell(row.left, language: left, other: right)
            html += cell(row.right, language: right, other: left)
            html += "<td class=\"findings\">"
            if !row.findings.isEmpty {
                html += "<ul>" + row.findings.map(findingItem).joined() + "</ul>"
            }
            if let change = row.sourceChange { html += sourceChangeNote(change) }
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n"
        return html
    }

    private func cell(_ block: ReviewBlock?, language: String, other: String) -> String {
        guard let block else {
            return "<td class=\"missing\">no counterpart in \(e(languageName(language)))</td>"
        }
        let label: String
        var indent = 0
        switch block.block.kind {
        case .heading(let level): label = "H\(level)"
        case .paragraph: label = "¶"
        case .listItem(let depth, let ordered):
            label = ordered ? "1." : "•"
            indent = depth
        case .tableHeader: label = "table header"
        case .tableRow: label = "table row"
        case .other: label = "block"
        }
        var text = e(block.displayText)
        if text.utf8.contains(10) { text = text.replacingOccurrences(of: "\n", with: "<br>") }
        let style = indent > 0 ? " style=\"padding-left:\(indent + 1)em\"" : ""
        let isHeading: Bool = { if case .heading = block.block.kind { return true } else { return false } }()
        return "<td lang=\"\(e(language))\"\(style)><span class=\"kind\" lang=\"en\">\(label)</span> "
            + (isHeading ? "<strong>\(text)</strong>" : text)
            + " <span class=\"line\" lang=\"en\">line \(block.block.line)</span></td>"
    }

    /// One finding: its check and severity as classes; an error or a waiver said in words too.
    private func findingItem(_ finding: ReviewFinding) -> String {
        var item = "<li class=\"\(finding.check.rawValue) \(finding.severity.rawValue)\(finding.waived ? " waived" : "")\">"
        if finding.severity == .error { item += "<strong>error:</strong> " }
        item += e(finding.message)
        if finding.waived {
            item += " <small>(waived\(finding.waiverReason.map { $0.isEmpty ? "" : ": " + e($0) } ?? ""))</small>"
        }
        return item + "</li>"
    }

    private func findingBreakdown(_ review: PairReview) -> String {
        let parts = ReviewFinding.Check.allCases.compactMap { check -> String? in
            let count = review.count(check)
            return count == 0 ? nil : "\(count) \(check.title)"
        }
        return parts.isEmpty ? "" : ": " + e(parts.joined(separator: ", "))
    }

    private func sourceChange(_ change: SourceChange, review: PairReview) -> String {
        let source = review.status.source
        let stale = review.status.staleTranslation(inPairOf: review.leftLanguage, review.rightLanguage)
        var html = "<section aria-labelledby=\"changes\" class=\"stale\">\n<h2 id=\"changes\">The source changed</h2>\n"
        html += "<p>The translation records <code>source_hash: \(e(stale?.recordedHash ?? ""))</code>, "
        html += "but <code>\(e(source?.path ?? ""))</code> is now <code>\(e(source?.currentHash ?? ""))</code>. "
        html += "Update the translation, then run <code>tandem translate --mark-current \(e(stale?.path ?? ""))</code>.</p>\n"
        switch change {
        case .unknown(let reason):
            html += "<p>The source changed since the translation was made; the earlier text is not available (\(e(reason))).</p>\n"
        case .diff(let version, let lines):
            html += "<p>Changes since commit <code>\(e(String(version.commit.prefix(10))))</code> (\(e(version.date)), “\(e(version.subject))”), the version the translation was made from; "
            html += "<del>removed</del> and <ins>added</ins> lines of the normalized body:</p>\n"
            html += "<pre class=\"diff\" lang=\"\(e(review.status.sourceLanguageCode))\">"
            html += Self.diffHTML(lines)
            html += "</pre>\n"
        }
        return html + "</section>\n"
    }

    /// Changed lines with the changed words in bold; unchanged lines only near a change, the rest as "…".
    static func diffHTML(_ lines: [LineDiff.Line]) -> String {
        let context = 2
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        var shown = Set<Int>()
        for index in changed { for near in max(0, index - context)...min(lines.count - 1, index + context) { shown.insert(near) } }
        var html = ""
        var skipped = false
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard shown.contains(index) else {
                if !skipped { html += "  …\n" }
                skipped = true
                continue
            }
            skipped = false
            switch lines[index] {
            case .same(let text):
                html += "  " + XMLText.escape(text) + "\n"
            case .removed(let text):
                // A line replaced by one other line: show which words changed.
                if index + 1 < lines.count, case .added(let next) = lines[index + 1],
                   index + 2 >= lines.count || { if case .added = lines[index + 2] { false } else { true } }() {
                    let (old, new) = wordDiff(text, next)
                    html += "<del>- " + old + "</del>\n<ins>+ " + new + "</ins>\n"
                    index += 1
                } else {
                    html += "<del>- " + XMLText.escape(text) + "</del>\n"
                }
            case .added(let text):
                html += "<ins>+ " + XMLText.escape(text) + "</ins>\n"
            }
        }
        return html
    }

    /// Both lines escaped, with the words only one of them has in `<strong>`.
    static func wordDiff(_ old: String, _ new: String) -> (String, String) {
        let words = LineDiff.diff(old.split(separator: " ").map(String.init), new.split(separator: " ").map(String.init))
        var a: [String] = [], b: [String] = []
        for word in words {
            switch word {
            case .same(let w):
                a.append(XMLText.escape(w))
                b.append(XMLText.escape(w))
            case .removed(let w): a.append("<strong>" + XMLText.escape(w) + "</strong>")
            case .added(let w): b.append("<strong>" + XMLText.escape(w) + "</strong>")
            }
        }
        return (a.joined(separator: " "), b.joined(separator: " "))
    }

    // MARK: index

    struct IndexEntry: Sendable {
        var status: TranslationStatus
        var title: String
        /// Relative link to the pair's page, when both versions exist.
        var pagePath: String?
        var findings: Int?
        /// For a stale translation with git history: "2 of 14 blocks changed since 2026-03-03".
        var changeSummary: String?
    }

    func indexPage(_ report: StatusReport, entries: [IndexEntry], totalFindings: Int, siteFindings: [ReviewReport.Finding] = [], errors: [Diagnostic] = []) -> String {
        let codes = report.languageCodes
        var html = head(title: "Translation review")
        html += "<header>\n<h1>Translation review</h1>\n<p>\(e(report.totalLine)); \(totalFindings) finding\(totalFindings == 1 ? "" : "s") on \(entries.filter { $0.pagePath != nil }.count) translated page\(entries.filter { $0.pagePath != nil }.count == 1 ? "" : "s").</p>\n</header>\n<main>\n"
        if !errors.isEmpty {
            // The errors a build would stop on; the review goes on without the pages they affect.
            html += "<section aria-labelledby=\"errors\">\n<h2 id=\"errors\">\(errors.count) content error\(errors.count == 1 ? "" : "s") (the build stops on these)</h2>\n<ul>\n"
            for error in errors {
                html += "<li><code>\(e(error.location.description))</code>: \(e(error.message))\(error.hint.map { " <small>(\(e($0)))</small>" } ?? "")</li>\n"
            }
            html += "</ul>\n</section>\n"
        }

        html += "<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">Coverage per section</h2>\n<table>\n<caption>Pages with a published version in each language</caption>\n<thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Pages</th>"
        for code in codes { html += "<th scope=\"col\">\(e(languageName(code)))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for summary in report.sections {
            html += "<tr><th scope=\"row\">\(e(StatusReport.sectionName(summary.sectionPath)))</th><td>\(summary.keys)</td>"
            for code in codes {
                let present = summary.present(code), expected = summary.expected(code)
                let percent = expected == 0 ? 100 : present * 100 / expected
                let notes = [TranslationState.stale, .incomplete, .untracked, .draft, .missing, .singleLanguage].compactMap { state -> String? in
                    summary.count(code, state) > 0 ? "\(summary.count(code, state)) \(state.rawValue)" : nil
                }
                html += "<td><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:\(percent)%\"></span></span> \(present)/\(expected) (\(percent)%)"
                if !notes.isEmpty { html += "<br><small>\(e(notes.joined(separator: ", ")))</small>" }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n"

        if !siteFindings.isEmpty {
            html += "<section aria-labelledby=\"consistency\">\n<h2 id=\"consistency\">Terms translated different ways</h2>\n<ul class=\"findings\">\n"
            for finding in siteFindings { html += "<li class=\"terminology\">\(e(finding.message))</li>\n" }
            html += "</ul>\n</section>\n"
        }
        html += "<section aria-labelledby=\"pages\">\n<h2 id=\"pages\">Pages</h2>\n<table>\n<caption>Every page with each language's state; translated pages link to their side-by-side review</caption>\n"
        html += "<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Section</th>"
        for code in codes { html += "<th scope=\"col\">\(e(languageName(code)))</th>" }
        html += "<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        for entry in entries {
            let status = entry.status
            html += "<tr><th scope=\"row\">"
            let label = "<span lang=\"\(e(status.sourceLanguageCode))\">\(e(entry.title))</span> <small><code>\(e(status.translationKey))</code></small>"
            html += entry.pagePath.map { "<a href=\"\(e($0))\">\(label)</a>" } ?? label
            if let summary = entry.changeSummary { html += "<br><small>\(e(summary))</small>" }
            html += "</th><td>\(e(StatusReport.sectionName(status.sectionPath)))</td>"
            for version in status.versions { html += "<td>\(stateBadge(version.state))</td>" }
            if let findings = entry.findings, let path = entry.pagePath {
                html += "<td><a href=\"\(e(path))\">\(findings)</a></td></tr>\n"
            } else {
                html += "<td>—</td></tr>\n"
            }
        }
        html += "</tbody>\n</table>\n</section>\n"

        let stale = entries.filter { $0.status.versions.contains { $0.state == .stale } }
        if !stale.isEmpty {
            html += "<section aria-labelledby=\"stale\">\n<h2 id=\"stale\">Stale translations</h2>\n"
            html += "<p>Their source changed after they were made. Each page shows what changed; update the translation, then record it as current.</p>\n<ul>\n"
            for entry in stale {
                for version in entry.status.versions where version.state == .stale {
                    let name = "<span lang=\"\(e(entry.status.sourceLanguageCode))\">\(e(entry.title))</span>"
                    html += "<li>" + (entry.pagePath.map { "<a href=\"\(e($0))#changes\">\(name)</a>" } ?? name)
                    html += " (\(e(languageName(version.languageCode)))): <code class=\"command\">tandem translate --mark-current \(e(version.path ?? ""))</code></li>\n"
                }
            }
            html += "</ul>\n</section>\n"
        }

        let missing = entries.filter { $0.status.versions.contains { $0.state == .missing } }
        html += "<section aria-labelledby=\"untranslated\">\n<h2 id=\"untranslated\">Pages in one language only</h2>\n"
        if missing.isEmpty {
            html += "<p>Every page exists in every language.</p>\n"
        } else {
            html += "<p>Scaffold a translation from the site folder with the command shown (a static page cannot run it for you); the new file is a draft with the source's blocks, to translate in place.</p>\n<ul class=\"scaffold\">\n"
            for entry in missing {
                guard let sourcePath = entry.status.source?.path else { continue }
                for version in entry.status.versions where version.state == .missing {
                    html += "<li><code>\(e(sourcePath))</code> has no \(e(languageName(version.languageCode))) version: "
                    html += "<code class=\"command\">tandem translate \(e(sourcePath)) --to \(e(version.languageCode))</code></li>\n"
                }
            }
            html += "</ul>\n"
        }
        html += "</section>\n</main>\n</body>\n</html>\n"
        return html
    }

    // MARK: shared

    private func stateBadge(_ state: TranslationState) -> String {
        "<span class=\"state \(state.rawValue)\">\(state.rawValue)</span>"
    }

    /// Most text needs no escaping; checking bytes first keeps 5,000-row pages quick.
    func e(_ text: String) -> String {
        text.utf8.contains { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 } ? XMLText.escape(text) : text
    }

    private func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>\(e(title)) · Tandem review</title>
        <style>\(Self.css)\(Self.findingsCSS)</style>
        </head>
        <body>

        """
    }

    static let css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1400px;padding:1rem 1.5rem;color:#1b1b1b;background:#fff}
        a{color:#0b57a4}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600;padding:.4rem 0}
        th,td{border:1px solid #c8c8c8;padding:.4rem .5rem;vertical-align:top;text-align:left}
        thead th{background:#eef1f5;position:sticky;top:0}
        table.pair td{width:38%}table.pair td.findings{width:20%}table.pair th.row{width:3.5em;white-space:nowrap}
        tr.gap td.missing{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px);color:#555;font-style:italic}
        tr.flagged td.findings{background:#fff6e0}tr:target{outline:3px solid #0b57a4}
        .kind,.line{font-size:.75rem;color:#595959}.kind{display:inline-block;min-width:2.2em;font-weight:600}
        .findings ul{margin:0;padding-left:1.1rem}.findings li{margin:.1rem 0}
        li.fact,li.linkLanguage,li.untranslated{color:#8a1c00}li.unmatched,li.moved{color:#5c3d00}
        .state{display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.85rem;border:1px solid #888}
        .state.ok,.state.source{background:#e3f4e6;border-color:#2e7d32}.state.stale{background:#ffe4d6;border-color:#b33c00}
        .state.missing{background:#fde7e9;border-color:#b00020}.state.draft,.state.untracked,.state.single-language{background:#f1f1f1}.state.incomplete{background:#ffe4d6;border-color:#b33c00}
        .bar{display:inline-block;width:6em;height:.6em;background:#e5e5e5;vertical-align:middle}.bar span{display:block;height:100%;background:#2e7d32}
        pre.diff{white-space:pre-wrap;background:#f7f7f7;padding:.6rem;border:1px solid #ddd;overflow-wrap:anywhere}
        del{background:#fde7e9;color:#7a0010;text-decoration:none}ins{background:#e3f4e6;color:#0c4a17;text-decoration:none}
        code{font-size:.9em}.command{background:#f1f1f1;padding:0 .3em}.hint{color:#444}dl.facts dt{font-weight:600;float:left;clear:left;width:9em}dl.facts dd{margin:0 0 .3rem 9.5em}
        @media (max-width:800px){table.pair td,table.pair td.findings{width:auto}}
        """
}
