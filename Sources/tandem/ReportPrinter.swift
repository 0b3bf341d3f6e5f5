import Foundation
import TandemCore

/// How the CLI shows a build's diagnostics and summary. The core never prints.
enum ReportPrinter {
    /// - Parameter siteFolder: where to read the lines the diagnostics point at, shown
    ///   under each message with a caret at the column (none without it).
    static func printDiagnostics(_ diagnostics: [Diagnostic], siteFolder: URL? = nil) {
        let text = DiagnosticReport.text(diagnostics, siteFolder: siteFolder)
        if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// - Parameters:
    ///   - action: what was done, for success ("Built", "Checked").
    ///   - failure: what failed ("Build", "Check").
    static func summary(_ report: BuildReport, action: String, failure: String, output: String?) -> String {
        var lines: [String] = []
        if report.succeeded {
            lines.append("\(action) \(output.map { "into \($0) " } ?? "")in \(String(format: "%.2f", report.totalSeconds)) s")
        } else {
            lines.append("\(failure) failed: \(report.errors.count) error\(report.errors.count == 1 ? "" : "s"); nothing was written\(output.map { ", \($0) is unchanged" } ?? "")")
        }
        if !report.pagesPerLanguage.isEmpty {
            lines.append("  pages:        " + report.pagesPerLanguage.map { "\($0.code) \($0.count)" }.joined(separator: ", "))
        }
        if !report.untranslated.isEmpty {
            lines.append("  untranslated: \(report.untranslated.count)")
            for item in report.untranslated.prefix(8) {
                lines.append("    \(item.path) (no \(item.missingLanguages.joined(separator: ", ")))")
            }
            if report.untranslated.count > 8 { lines.append("    … and \(report.untranslated.count - 8) more") }
        }
        if !report.pagesPerLanguage.isEmpty {
            lines.append("  translations: \(report.missingTranslations) missing, \(report.staleTranslations) stale (details: tandem status)")
        }
        lines.append("  warnings:     \(report.warnings.count)")
        if report.filesWritten > 0 { lines.append("  files:        \(report.filesWritten)") }
        return lines.joined(separator: "\n")
    }
}
