import Foundation

/// Diagnostics as the command line prints them: `path:line:column: severity: message`,
/// the source excerpt under it and the hint after `help:`.
public enum DiagnosticReport {
    /// Every diagnostic's text, in order. Made on every core in runs of consecutive
    /// diagnostics (sorted by file, so a run reads few files, each once): a site with
    /// 15,000 warnings spent a tenth of a second here on one core at the end of its build.
    public static func text(_ diagnostics: [Diagnostic], siteFolder: URL?) -> String {
        let runLength = 1024
        let runs = (diagnostics.count + runLength - 1) / runLength
        return Parallel.map(runs) { run in
            var files = SourceExcerpt.SourceFiles(siteFolder: siteFolder)
            var text = ""
            for diagnostic in diagnostics[(run * runLength)..<min(diagnostics.count, (run + 1) * runLength)] {
                append(diagnostic, to: &text, reading: &files)
            }
            return text
        }.joined()
    }

    static func append(_ diagnostic: Diagnostic, to text: inout String, reading files: inout SourceExcerpt.SourceFiles) {
        // Messages quote content; an ESC or BEL in it must not reach the terminal.
        text += "\(diagnostic.visibleLocation): \(diagnostic.severity.rawValue): \(diagnostic.visibleMessage)\n"
        for line in SourceExcerpt.lines(for: diagnostic, reading: &files) { text += "    " + line + "\n" }
        if let hint = diagnostic.visibleHint { text += "    help: \(hint.replacingOccurrences(of: "\n", with: "\n          "))\n" }
    }
}
