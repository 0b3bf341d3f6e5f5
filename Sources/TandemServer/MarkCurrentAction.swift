import Foundation
import TandemCore

/// "Mark as current" on a pair page of `tandem serve`'s review: what
/// `tandem translate --mark-current` does, for the translation a form names.
/// The request has passed `SameOriginCheck` already; here the token is checked,
/// then the form's fields: `path` must be a translation of the site, named by
/// its path in `content/`, and `pair` a page of the review to go back to.
struct MarkCurrentAction: Sendable {
    /// What the server answers.
    enum Answer: Sendable {
        /// Written (or already current): back to the pair page.
        case marked(SourceHashMarker.Outcome, pairPage: String)
        /// Untranslated parts left: the pair page again, with the marker's refusal.
        case refused(TranslationFileError, path: String, pairPage: String)
        /// 400 (a bad field), 403 (no or another token), 500 (the file could not be written).
        case rejected(status: Int, message: String)
    }

    var siteFolder: URL
    var token: ActionToken

    func perform(_ fields: FormFields) -> Answer {
        guard let given = fields["token"], token.matches(given) else {
            return .rejected(status: 403, message: "the form does not carry this run's token: the page probably came from an earlier run of tandem serve; reload the review page and try again")
        }
        guard let pair = fields["pair"], Self.isPairPageName(pair) else {
            return .rejected(status: 400, message: "\(fields["pair"] ?? "(no pair)"): not a page of the review")
        }
        let path = fields["path"] ?? ""
        guard let file = Self.contentFile(path) else {
            return .rejected(status: 400, message: "\(path.isEmpty ? "(no path)" : path): not a page of the site (a translation is named by its path in content/, e.g. content/programmes/x.en.md)")
        }
        var diagnostics = DiagnosticBag()
        guard let site = ContentSiteLoader(siteFolder: siteFolder).load(diagnostics: &diagnostics) else {
            return .rejected(status: 500, message: "the site's configuration cannot be read (the terminal shows why)")
        }
        let marker = SourceHashMarker(site: site, siteFolder: siteFolder)
        let target: SourceHashMarker.Target
        do {
            target = try marker.target(file)
        } catch {
            return .rejected(status: 400, message: Self.describe(error, path: file.sitePath))
        }
        if fields["force"] != "1", let refusal = target.refusal {
            return .refused(refusal, path: file.sitePath, pairPage: pair)
        }
        do {
            return .marked(try marker.record(target), pairPage: pair)
        } catch {
            return .rejected(status: 500, message: Self.describe(error, path: file.sitePath))
        }
    }

    static func describe(_ error: any Error, path: String) -> String {
        guard let error = error as? TranslationFileError else { return "\(path): \(error)" }
        return "\(error.path): \(error.message)" + (error.hint.map { " (\($0))" } ?? "")
    }

    /// `content/programmes/x.en.md` as the form sends it, or nil for anything that is not a
    /// Markdown file's path inside `content/`: absolute, `..` or `.` anywhere, hidden parts.
    static func contentFile(_ path: String) -> ContentFileArgument? {
        let prefix = "content/"
        guard path.hasPrefix(prefix), path.hasSuffix(".md"), path.utf8.count <= 1024 else { return nil }
        let inside = path.dropFirst(prefix.count)
        let parts = inside.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("\0") }) else { return nil }
        return ContentFileArgument(contentPath: String(inside).precomposedStringWithCanonicalMapping)
    }

    /// A review page's file name (`programmes-x.html`): letters, digits, `-`, `_`, `.`, no leading dot.
    static func isPairPageName(_ name: String) -> Bool {
        name.hasSuffix(".html") && !name.hasPrefix(".") && name.utf8.count <= 255
            && name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-_.".unicodeScalars.contains($0) }
    }
}
