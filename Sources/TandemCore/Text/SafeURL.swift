/// A URL that passed `URLPolicy`: the only kind a context builder may put in a
/// template's `href` or `src`. Its one initialiser asks the policy, so holding a
/// `SafeURL` proves the check was made.
///
///     SafeURL("https://example.org")?.text   // "https://example.org"
///     SafeURL("javascript:alert(1)")         // nil
public struct SafeURL: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init?(_ raw: String) {
        guard case .allowed(let text) = URLPolicy.verdict(raw) else { return nil }
        self.text = text
    }

    public var description: String { text }
}
