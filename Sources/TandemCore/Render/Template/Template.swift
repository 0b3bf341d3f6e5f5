/// A parsed template: a list of tokens, sections holding their own templates.
/// Parsed once when the theme loads; read-only and shared by every render thread.
public struct Template: Sendable {
    var tokens: [TemplateToken]
}
