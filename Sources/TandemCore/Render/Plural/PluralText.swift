/// A UI string with a form per plural category, as an i18n file writes it:
///
///     days:
///       one: "{count} día"
///       other: "{count} días"
///
/// `other` is required; a missing category falls back to `other`. `{count}`
/// in a form becomes the number.
public struct PluralText: Hashable, Sendable {
    public var forms: [PluralCategory: String]

    public init(forms: [PluralCategory: String]) { self.forms = forms }

    /// The form for `count` in `language` with `{count}` filled in.
    public func text(count: Int, language: String) -> String {
        let category = PluralCategory.of(count, language: language)
        let form = forms[category] ?? forms[.other] ?? ""
        return form.replacingOccurrences(of: "{count}", with: String(count))
    }

    /// The form templates show for `{{i18n.key}}`, where no number is known.
    public var otherForm: String { forms[.other] ?? "" }
}
