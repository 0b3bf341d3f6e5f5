/// The one rule for every URL Tandem puts in an `href` or `src`, whatever it came
/// from (a Markdown link, a partner item, front matter `items`): http, https,
/// mailto and tel, or a path on the site (`/es/`, `../a/`, `#top`, `foto.jpg`).
/// Anything else (javascript:, data:, vbscript:, file:, an unknown scheme) is
/// refused, and so is anything a browser would read differently from how it looks:
/// control characters inside (`java\tscript:` runs as `javascript:`), or a scheme
/// spelled with `&`, `%` or `;` (`&#106;avascript:`, `%6Aavascript:`).
///
/// Pure: the same text always gets the same verdict. `SafeURL` is the only way to
/// carry an accepted URL, so a template field cannot hold one that skipped this.
public enum URLPolicy: Sendable {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    public enum Verdict: Sendable, Equatable {
        /// The URL as it will be written: spaces around it trimmed.
        case allowed(String)
        case rejected(Rejection)
    }

    public enum Rejection: Sendable, Equatable {
        /// A well-formed scheme that is not allowed, lower-cased: "javascript".
        case scheme(String)
        /// Text before the first colon that only a browser's lenient reading makes a scheme.
        case disguisedScheme
        /// A C0 or C1 control character or DEL anywhere in the URL.
        case controlCharacter
    }

    public static func verdict(_ raw: String) -> Verdict {
        let trimmed = ScalarTrim.trimming(raw) { $0 == " " }
        if trimmed.unicodeScalars.contains(where: isControl) { return .rejected(.controlCharacter) }
        guard let scheme = scheme(of: trimmed) else { return .allowed(trimmed) }
        guard scheme.first.map({ $0.isASCII && $0.isLetter }) == true,
              scheme.unicodeScalars.allSatisfy({ $0.isASCII && (isASCIIAlphanumeric($0) || "+-.".unicodeScalars.contains($0)) })
        else { return .rejected(.disguisedScheme) }
        let lowered = scheme.lowercased()
        return allowedSchemes.contains(lowered) ? .allowed(trimmed) : .rejected(.scheme(lowered))
    }

    /// The text before the first `:` when no `/`, `?` or `#` comes before it: what a
    /// browser reads as the scheme. Nil for paths and fragments (`a/b:c`, `#x:y`).
    /// A `&` first counts as part of a scheme, since in an attribute `&#106;avascript:`
    /// is `javascript:`; the character check then refuses it.
    static func scheme(of url: String) -> Substring? {
        var sawAmpersand = false
        var sawEntity = false
        for index in url.indices {
            switch url[index] {
            case "&": sawAmpersand = true
            case ";" where sawAmpersand: sawEntity = true
            case ":": return url[..<index]
            case "#" where sawAmpersand: continue
            // `javascript&colon;…` has its colon as an entity: what precedes the path is suspect.
            case "/", "?", "#", "\\": return sawEntity ? url[..<index] : nil
            default: continue
            }
        }
        return sawEntity ? url[...] : nil
    }

    /// Schemes that run code when a browser follows them.
    static let executableSchemes: Set<String> = ["javascript", "vbscript", "data", "livescript"]

    /// Whether free text (a front matter value that is not meant as a URL) would run
    /// as a script if a template put it in an `href`: read as a browser reads it, with
    /// leading spaces and controls skipped and tabs and line breaks removed.
    public static func isExecutable(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return false }
        var browserView = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if browserView.isEmpty, scalar.value <= 0x20 { continue }
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            browserView.append(scalar)
        }
        let view = String(browserView)
        guard let scheme = scheme(of: view) else { return false }
        let lowered = scheme.lowercased()
        // "Data: 2024" is prose; `data:` as a URL has its media type right after the colon.
        if lowered == "data" { return !view[scheme.endIndex...].dropFirst().hasPrefix(" ") }
        return executableSchemes.contains(lowered)
    }

    /// What a diagnostic says about a refused URL.
    public static func message(for rejection: Rejection, url: String) -> String {
        let shown = Diagnostic.visible(url)
        switch rejection {
        case .scheme(let scheme): return "link to '\(shown)' removed: '\(scheme):' links are not allowed"
        case .disguisedScheme: return "link to '\(shown)' removed: its scheme is disguised with escapes"
        case .controlCharacter: return "link to '\(shown)' removed: it contains a control character"
        }
    }

    public static let hint = "links may use http:, https:, mailto: or tel:, or be a path on the site"

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
    }
}
