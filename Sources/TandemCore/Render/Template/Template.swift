/// A parsed template: a list of tokens, sections holding their own templates.
/// Parsed once when the theme loads; read-only and shared by every render thread.
public struct Template: Sendable {
    var tokens: [TemplateToken]
}

/// A name in a tag, split once at parse time: `page.title` → ["page", "title"].
struct TemplateName: Sendable, Equatable {
    enum Scope: Sendable, Equatable {
        /// `.`: the value on top of the context stack.
        case current
        /// `.name`: looked up in the value on top of the stack only.
        case top
        /// `name`: the first part is searched for down the whole stack.
        case stack
    }

    var scope: Scope
    var parts: [String]
    /// As written, for errors and for matching a section's closing tag.
    var text: String

    init(_ text: String) {
        self.text = text
        parts = text.split(separator: ".").map(String.init)
        scope = text == "." ? .current : (text.first == "." ? .top : .stack)
    }
}

enum TemplateToken: Sendable {
    case text(String)
    case variable(TemplateName)
    case unescapedVariable(TemplateName)
    case section(TemplateName, Template)
    case invertedSection(TemplateName, Template)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: the override it passes down.
    case blockDefinition(String, Template)
    /// `{{$name}}default{{/name}}` in a parent: the override if one was passed, else the default.
    case blockExpansion(String, Template, indentation: String)
    /// `{{> name}}`, or `{{<name}}` with the blocks it overrides. The indentation is set
    /// for a standalone tag: every line the partial writes is indented by it.
    case partial(String, indentation: String?, overrides: [String: Template]?)
    /// `{{>*name}}`: the partial whose name is the value of `name`.
    case dynamicPartial(TemplateName, indentation: String?, overrides: [String: Template]?)
    /// `{{% CONTENT_TYPE: TEXT }}` turns escaping off for the rest of the template, `HTML` back on.
    case escaping(Bool)
}
