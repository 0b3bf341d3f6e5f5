extension Diagnostic {
    /// Text from content made safe to print on a terminal: C0 and C1 control
    /// characters and DEL become `\u{1B}`-style escapes, so an ESC or BEL in a
    /// title cannot retitle, clear or recolour the terminal that shows the message.
    /// A tab stays; a newline stays only when `keepingNewlines` (hints span lines).
    public static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines: keepingNewlines) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        if scalar == "\t" || (keepingNewlines && scalar == "\n") { return false }
        return scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// The message as a terminal or log should show it.
    public var visibleMessage: String { Diagnostic.visible(message) }
    /// The hint as a terminal or log should show it; its own line breaks kept.
    public var visibleHint: String? { hint.map { Diagnostic.visible($0, keepingNewlines: true) } }
    /// The location with any control character in the path escaped.
    public var visibleLocation: String { Diagnostic.visible(location.description) }
}
