/// A long pair page stays navigable: its findings listed at the top, each
/// linking to its row, and a view of only the rows with findings and their
/// neighbours, by CSS `:target` alone (no script).
extension ReviewPageRenderer {
    /// The id whose `:target` hides the rows without findings.
    static let findingsOnlyID = "findings-only"

    /// Rows (indices) with a finding to look at, and the rows next to them, which give the context.
    static func flaggedAndNear(_ review: PairReview) -> (flagged: Set<Int>, near: Set<Int>) {
        let flagged = Set(review.rows.indices.filter { review.rows[$0].findings.contains { !$0.waived } })
        var near = Set<Int>()
        for index in flagged {
            for neighbour in [index - 1, index + 1] where review.rows.indices.contains(neighbour) && !flagged.contains(neighbour) {
                near.insert(neighbour)
            }
        }
        return (flagged, near)
    }

    /// "Findings by row": every row finding, linking to its row; the views of the table.
    func findingsByRow(_ review: PairReview) -> String {
        let rows = review.rows.filter { !$0.findings.isEmpty }
        guard !rows.isEmpty else { return "" }
        var html = "<h3 id=\"by-row\">Findings by row</h3>\n"
        html += "<p class=\"views\"><a href=\"#\(Self.findingsOnlyID)\">Show only the rows with findings (and their neighbours)</a> · <a href=\"#blocks\">Show all rows</a></p>\n"
        html += "<ul class=\"by-row\">\n"
        for row in rows {
            for finding in row.findings {
                html += "<li class=\"\(finding.check.rawValue) \(finding.severity.rawValue)\(finding.waived ? " waived" : "")\">"
                html += "<a href=\"#\(row.anchor)\">\(row.anchor)</a> \(e(finding.check.title)): \(e(finding.message))"
                if finding.waived { html += " <small>(waived)</small>" }
                html += "</li>\n"
            }
        }
        return html + "</ul>\n"
    }

    /// What changed in a row's source block since the translation was made.
    func sourceChangeNote(_ change: SourceBlockChanges.Change) -> String {
        switch change {
        case .added:
            return "<p class=\"change\">source block added since the translation</p>"
        case .changed(let removed, let added):
            var note = "<p class=\"change\">source changed:"
            if !removed.isEmpty { note += " <del>\(e(removed.joined(separator: " ")))</del>" }
            if !added.isEmpty { note += " <ins>\(e(added.joined(separator: " ")))</ins>" }
            return note + "</p>"
        }
    }

    static let findingsCSS = """
        #findings-only:target~table.pair tbody tr:not(.flagged):not(.near){display:none}
        ul.by-row{padding-left:1.1rem}ul.by-row li{margin:.15rem 0}.views{margin:.3rem 0}
        li.terminology,li.forbiddenTerm,li.punctuation,li.markup{color:#8a1c00}li.info{color:#4a4a4a}li.waived{color:#595959}
        table.pair td{overflow-wrap:anywhere}p.change{margin:.2rem 0;font-size:.85rem;color:#4a3000}
        @media (max-width:640px){body{padding:.6rem}table.pair,table.pair tbody,table.pair tr,table.pair th,table.pair td{display:block;width:auto}
        table.pair caption{display:block}table.pair thead{display:none}table.pair tr{border:1px solid #c8c8c8;margin:0 0 .6rem}table.pair th,table.pair td{border:0;border-top:1px solid #e1e1e1}
        table.pair td.findings:empty{display:none}table.pair td[lang]::before{content:attr(lang) " ";font-size:.75rem;font-weight:600;color:#595959}
        dl.facts dt{float:none;width:auto}dl.facts dd{margin:0 0 .3rem 1em}}
        """
}
