/// A theme's templates by name, and the entry point to render one of them.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    public init() {}

    mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    func template(named name: String) -> Template? { templates[name] }

    /// The template `name` rendered with `value` at the bottom of the context stack, or nil
    /// when there is no such template.
    public func render(_ value: TemplateValue, withTemplate name: String) -> String? {
        render(stack: [value], withTemplate: name)
    }

    /// The same with several values at the bottom of the stack, the last on top: a name is
    /// looked for in the top one first, as inside sections.
    public func render(stack: [TemplateValue], withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        output.reserveCapacity(16 * 1024)
        var renderer = TemplateRenderer(library: self, stack: stack)
        renderer.render(template, frame: TemplateRenderer.Frame(), into: &output)
        return output
    }
}
