import CCmarkGFM
import Foundation

/// Process-wide setup of libcmark-gfm and the one piece of it that must not
/// run on two threads at once.
enum CmarkRuntime {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// `cmark_parser_finish` edits a table of special characters shared by all
    /// parsers when strikethrough or autolink is attached: two threads
    /// finishing at once silently corrupt each other's output (see TECH.md).
    /// Feeding and rendering stay parallel; only finishing is serialised.
    static let finishLock = NSLock()

    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    static func ensureRegistered() { _ = registration }

    /// A parser with the GFM extensions attached. The caller frees it with
    /// `cmark_parser_free` after rendering (the extension list belongs to it).
    static func makeParser(options: Int32) -> OpaquePointer? {
        ensureRegistered()
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        return parser
    }
}
