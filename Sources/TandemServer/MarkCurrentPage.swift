import TandemCore

/// The HTML the "Mark as current" action answers with, besides a redirect:
/// the pair page with the marker's refusal and the way out, or a short page
/// saying why a request was refused. English, as the whole review is.
enum MarkCurrentPage {
    /// The pair page with the refusal put after the button that was pressed: the
    /// message, the CLI command with `--force`, and a second, explicit button that
    /// sends `force=1` through the same checks. Nil when `pairPage` has no form.
    static func refusal(_ error: TranslationFileError, path: String, pair: String, in pairPage: String) -> String? {
        guard let start = pairPage.range(of: ReviewSiteBuilder.markCurrentFormStart),
              let end = pairPage.range(of: "</form>\n", range: start.upperBound..<pairPage.endIndex) else { return nil }
        // Styled here: the static review has no use for it, and its pages stay as they are.
        let notice = """
            <div class="refusal" role="alert" style="border-left:4px solid #b33c00;background:#ffe4d6;padding:.1rem .9rem;margin-top:1rem">
            <p><strong>Not marked as current.</strong> <code>\(e(path))</code>: \(e(error.message)).</p>
            <p>Translate them (the findings below show where). If they are meant to stay as in the source, \
            record it anyway with <code class="command">tandem translate --mark-current \(e(path)) --force</code> \
            in the site folder, or with this button:</p>
            \(ReviewSiteBuilder.markCurrentFormStart)
            <input type="hidden" name="token" value="\(ReviewSiteBuilder.tokenPlaceholder)">
            <input type="hidden" name="path" value="\(e(path))">
            <input type="hidden" name="pair" value="\(e(pair))">
            <input type="hidden" name="force" value="1">
            <button type="submit">Mark as current anyway</button>
            </form>
            </div>

            """
        return pairPage.replacingCharacters(in: end.upperBound..<end.upperBound, with: notice)
    }

    /// A refused or failed request: what went wrong and the way back.
    static func message(status: Int, _ text: String) -> String {
        let title = status == 403 ? "Refused" : "Not marked as current"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="robots" content="noindex, nofollow">
            <title>\(title) · Tandem review</title>
            </head>
            <body>
            <main>
            <h1>\(title)</h1>
            <p>\(status == 403 ? "Refused: " : "")\(e(text)).</p>
            <p><a href="\(DevServer.reviewPath)">Back to the translation review</a></p>
            </main>
            </body>
            </html>

            """
    }

    static func e(_ text: String) -> String { XMLText.escape(text) }
}
