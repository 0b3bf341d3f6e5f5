/// A theme's templates by name, compiled (`TemplateProgram`), and the entry point to render one of them.
public struct TemplateLibrary: Sendable {
    private var program = TemplateProgram()

    public init() {}

    mutating func register(_ template: Template, named name: String) {
        program.add(template, named: name)
    }

    /// The template `name` rendered with `value` at the bottom of the context stack, or nil
    /// when there is no such template.
    public func render(_ value: TemplateValue, withTemplate name: String) -> String? {
        render(stack: [value], withTemplate: name)
    }

    /// The same with several values at the bottom of the stack, the last on top: a name is
    /// looked for in the top one first, as inside sections.
    public func render(stack: [TemplateValue], withTemplate name: String) -> String? {
        // Valid UTF-8 by construction: the template's text and the values' strings.
        renderUTF8(stack: stack, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for output written as it is (no `String` made and checked).
    func renderUTF8(stack: [TemplateValue], withTemplate name: String) -> [UInt8]? {
        guard let steps = program.entries[name] else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(16 * 1024)
        let program = program
        program.ops.withUnsafeBufferPointer { ops in
            program.bytes.withUnsafeBufferPointer { bytes in
                program.strings.withUnsafeBufferPointer { strings in
                    var renderer = TemplateRenderer(ops: ops, bytes: bytes, strings: strings, program: program, stack: stack)
                    renderer.render(steps, frame: TemplateRenderer.Frame(), into: &output)
                }
            }
        }
        return output
    }
}
