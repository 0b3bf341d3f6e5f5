import Foundation
import TandemCore

/// How a failed build shows in the browser: a panel over the page naming each
/// error as `file:line:column`, announced to screen readers. The server puts it
/// into pages served while the build is broken; the live-reload script builds
/// the same panel from the `build-error` event on pages already open.
public enum ErrorOverlay {
    public static let elementID = "tandem-error-overlay"

    /// The errors as a JSON array for the `build-error` event (one line, as SSE data needs).
    /// `excerpt` is the offending line with a caret under the column, when `siteFolder` has it.
    public static func json(_ diagnostics: [Diagnostic], siteFolder: URL? = nil) -> String {
        var files = SourceExcerpt.SourceFiles(siteFolder: siteFolder)
        let items = diagnostics.map { diagnostic -> [String: String] in
            var item = [
                "location": diagnostic.location.description, "severity": diagnostic.severity.rawValue,
                "message": diagnostic.visibleMessage,
            ]
            if let hint = diagnostic.visibleHint { item["hint"] = hint }
            let excerpt = SourceExcerpt.lines(for: diagnostic, reading: &files)
            if !excerpt.isEmpty { item["excerpt"] = excerpt.joined(separator: "\n") }
            return item
        }
        guard let data = try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The panel as HTML, for pages served while the build is broken.
    public static func html(_ diagnostics: [Diagnostic], siteFolder: URL? = nil) -> String {
        var items = ""
        var files = SourceExcerpt.SourceFiles(siteFolder: siteFolder)
        for diagnostic in diagnostics {
            items += "<li><code>\(XMLText.escape(diagnostic.location.description))</code> \(XMLText.escape(diagnostic.severity.rawValue)): \(XMLText.escape(diagnostic.visibleMessage))"
            let excerpt = SourceExcerpt.lines(for: diagnostic, reading: &files)
            if !excerpt.isEmpty { items += "<pre style=\"\(excerptStyle)\">\(XMLText.escape(excerpt.joined(separator: "\n")))</pre>" }
            if let hint = diagnostic.visibleHint { items += "<br><small>\(XMLText.escape(hint))</small>" }
            items += "</li>"
        }
        return """
            <div id="\(elementID)" role="alertdialog" aria-modal="false" aria-labelledby="\(elementID)-title" style="\(style)">\
            <h2 id="\(elementID)-title" style="margin:0 0 .5em;font-size:1.2em">Tandem: the build failed</h2>\
            <p style="margin:0 0 .5em">The site shows the last good build. Fix the file and the page reloads by itself.</p>\
            <ul style="margin:0;padding-left:1.2em">\(items)</ul>\
            <button type="button" onclick="this.parentNode.remove()" style="margin-top:.8em">Close</button></div>
            """
    }

    static let style = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff8f6;color:#3b0a00;border-top:4px solid #b3261e;padding:1em 1.5em;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)"

    static let excerptStyle = "margin:.3em 0;padding:.4em .6em;background:#fff;border:1px solid #e0c0bb;overflow:auto;font:13px/1.4 ui-monospace,monospace"

    /// Inserts the panel before `</body>` (or at the end when there is none).
    public static func inject(_ diagnostics: [Diagnostic], into page: String, siteFolder: URL? = nil) -> String {
        let panel = html(diagnostics, siteFolder: siteFolder)
        if let range = page.range(of: "</body>", options: .backwards) {
            return page.replacingCharacters(in: range, with: panel + "</body>")
        }
        return page + panel
    }
}
