/// Every template of a library compiled into flat tables, once when the theme loads: the
/// steps (`TemplateOp`), the literal text as UTF-8 bytes, and the names, partial names and
/// indentations as strings. Rendering reads the tables through buffer pointers and writes
/// bytes, so it retains no shared object and makes no `String` per literal.
struct TemplateProgram: Sendable {
    var ops: [TemplateOp] = []
    var bytes: [UInt8] = []
    var strings: [String] = []
    /// The blocks a `{{<parent}}` passes down: block name → its body in `ops`.
    var overrideSets: [[String: Range<Int>]] = []
    /// Each template's steps in `ops`, by template name.
    var entries: [String: Range<Int>] = [:]

    /// Compiles `template` and makes it the one called `name` (a later one replaces it).
    mutating func add(_ template: Template, named name: String) {
        entries[name] = compile(template.tokens)
    }

    /// A body's steps are laid out together after the steps of the bodies inside it, so every
    /// body is one contiguous range.
    private mutating func compile(_ tokens: [TemplateToken]) -> Range<Int> {
        var steps: [TemplateOp] = []
        for token in tokens {
            switch token {
            case .text(let text):
                let start = bytes.count
                bytes.append(contentsOf: text.utf8)
                steps.append(TemplateOp(kind: .text, a: Int32(start), b: Int32(bytes.count)))
            case .variable(let name):
                steps.append(named(.variable, name))
            case .unescapedVariable(let name):
                steps.append(named(.unescapedVariable, name))
            case .section(let name, let body), .invertedSection(let name, let body):
                var step = named(token.isInverted ? .invertedSection : .section, name)
                let range = compile(body.tokens)
                step.c = Int32(range.lowerBound)
                step.d = Int32(range.upperBound)
                steps.append(step)
            case .blockDefinition:
                // Only inside `{{<parent}}`, where the parser collects them as overrides.
                continue
            case .blockExpansion(let name, let fallback, let indentation):
                let range = compile(fallback.tokens)
                steps.append(TemplateOp(kind: .blockExpansion, a: string(name), b: Int32(range.lowerBound), c: Int32(range.upperBound), d: string(indentation)))
            case .partial(let name, let indentation, let overrides):
                steps.append(TemplateOp(kind: .partial, a: string(name), b: optionalString(indentation), c: overrideSet(overrides)))
            case .dynamicPartial(let name, let indentation, let overrides):
                var step = named(.dynamicPartial, name)
                step.c = optionalString(indentation)
                step.d = overrideSet(overrides)
                steps.append(step)
            case .escaping(let escapes):
                steps.append(TemplateOp(kind: .escaping, a: escapes ? 1 : 0))
            }
        }
        let start = ops.count
        ops.append(contentsOf: steps)
        return start..<ops.count
    }

    private mutating func named(_ kind: TemplateOp.Kind, _ name: TemplateName) -> TemplateOp {
        let start = strings.count
        strings.append(contentsOf: name.parts)
        return TemplateOp(kind: kind, scope: name.scope, a: Int32(start), b: Int32(strings.count))
    }

    private mutating func string(_ text: String) -> Int32 {
        strings.append(text)
        return Int32(strings.count - 1)
    }

    private mutating func optionalString(_ text: String?) -> Int32 {
        guard let text else { return -1 }
        return string(text)
    }

    private mutating func overrideSet(_ overrides: [String: Template]?) -> Int32 {
        guard let overrides else { return -1 }
        // Sorted, so the same theme compiles to the same tables.
        var set: [String: Range<Int>] = [:]
        for name in overrides.keys.sorted() { set[name] = compile(overrides[name]!.tokens) }
        overrideSets.append(set)
        return Int32(overrideSets.count - 1)
    }
}

private extension TemplateToken {
    var isInverted: Bool {
        if case .invertedSection = self { return true }
        return false
    }
}
