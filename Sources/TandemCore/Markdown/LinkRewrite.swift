/// How a link written in Markdown becomes a link in the output.
public enum LinkRewrite: Sendable, Equatable {
    /// Not a link to a content file: keep as written.
    case unchanged
    /// A content file that exists: its page URL (with the fragment kept).
    case page(url: String)
    /// A content file that does not exist; the message says what was looked for.
    case missing(message: String, hint: String?)
}
