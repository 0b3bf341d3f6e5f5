extension ReviewPageRenderer {
    /// "Mark as current" for the translation on a pair page that is not current yet
    /// (stale, untracked or incomplete): in `tandem serve`, a form its server answers
    /// as `tandem translate --mark-current` would; in a static review, that command.
    /// Nothing on current translations, nor when neither column is the source.
    func markCurrentSection(_ review: PairReview, fileName: String) -> String {
        let source = review.status.sourceLanguageCode
        guard source == review.leftLanguage || source == review.rightLanguage else { return "" }
        let code = source == review.leftLanguage ? review.rightLanguage : review.leftLanguage
        guard let version = review.status.version(code), let path = version.path else { return "" }
        let name = e(languageName(code)), command = "tandem translate --mark-current " + e(path)
        var html = "<section aria-labelledby=\"mark-current\">\n<h2 id=\"mark-current\">Mark as current</h2>\n"
        switch version.state {
        case .stale, .untracked, .incomplete:
            break
        case .draft:
            html += "<p>The \(name) translation is a draft (<code>draft: true</code>): remove that line to publish it, "
            html += "then mark it as current here or with <code class=\"command\">\(command)</code>.</p>\n"
            return html + "</section>\n"
        default:
            return ""
        }
        if version.state == .incomplete {
            let count = version.untranslatedCount
            html += "<p>The review still finds \(count) untranslated \(count == 1 ? "part" : "parts") in it (see the findings): "
            html += "it is not marked as current until they are translated, unless you confirm they stay as in the source.</p>\n"
        }
        guard offersMarkCurrent else {
            html += "<p>Once the \(name) translation matches the source as it is now, record that in its front matter "
            html += "(<code>source_hash</code>) from the site folder: <code class=\"command\">\(command)</code></p>\n"
            return html + "</section>\n"
        }
        html += "<p>Once the \(name) translation matches the source as it is now, record that in its front matter "
        html += "(<code>source_hash</code>), as <code class=\"command\">\(command)</code> does.</p>\n"
        html += ReviewSiteBuilder.markCurrentFormStart + "\n"
        html += "<input type=\"hidden\" name=\"token\" value=\"\(ReviewSiteBuilder.tokenPlaceholder)\">\n"
        html += "<input type=\"hidden\" name=\"path\" value=\"\(e(path))\">\n"
        html += "<input type=\"hidden\" name=\"pair\" value=\"\(e(fileName))\">\n"
        html += "<button type=\"submit\">Mark as current</button>\n</form>\n"
        return html + "</section>\n"
    }
}
