import Foundation

/// What a failed write of the serve folder reports.
extension SiteSession {
    /// A failed write as a diagnostic: a refused serve folder (a usage error) or a write error in words.
    func report(writeFailure error: any Error, in diagnostics: inout DiagnosticBag, build: inout BuildReport) {
        if let refusal = error as? OutputFolderError {
            diagnostics.append(refusal.diagnostic)
            build.outputFolderError = refusal
        } else {
            let failure = WriteError(error, path: outputFolder.path)
            diagnostics.error(SourceLocation(path: outputFolder.path), "could not write the site: \(failure.message)", hint: failure.hint)
        }
    }
}
