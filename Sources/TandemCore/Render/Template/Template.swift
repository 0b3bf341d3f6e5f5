/// A parsed template: a list of tokens, sections holding their own templates.
/// Parsed once when the theme loads, checked, and compiled into the library's `TemplateProgram`.
public struct Template: Sendable {
    var tokens: [TemplateToken]
}
