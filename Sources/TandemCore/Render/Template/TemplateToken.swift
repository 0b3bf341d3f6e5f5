/// One piece of a parsed template, as the reference check reads it; rendering reads the
/// compiled form (`TemplateProgram`).
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
