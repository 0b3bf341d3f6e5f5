/// Renders a parsed template over a stack of `TemplateValue`s, by Mustache's
/// rules as swift-mustache applies them: a name is searched for from the top
/// of the stack down, sections push their value, lists repeat, a standalone
/// partial indents every line it writes, and `{{<parent}}` passes its blocks
/// down (the outermost override wins).
struct TemplateRenderer {
    /// What changes as rendering goes into partials and blocks.
    struct Frame {
        var indentation = ""
        var overrides: [String: Template]?
        var escapes = true
    }

    let library: TemplateLibrary
    var stack: [TemplateValue]

    mutating func render(_ template: Template, frame initial: Frame, into output: inout String) {
        var frame = initial
        // Tokens are read in place from the template's storage: iterating the array copied
        // each token out (a retain and a release per token, the largest part of rendering).
        template.tokens.withUnsafeBufferPointer { tokens in
            if frame.indentation.isEmpty {
                for index in tokens.indices { render(tokens[index], frame: &frame, into: &output) }
                return
            }
            // Indentation goes before any token that writes something at the start of a line
            // of this template's own output (not of what came before it).
            var atLineStart = false
            for index in tokens.indices {
                var piece = ""
                render(tokens[index], frame: &frame, into: &piece)
                guard !piece.isEmpty else { continue }
                if atLineStart { output += frame.indentation }
                output += piece
                atLineStart = piece.utf8.last == 0x0A && !piece.hasSuffix("\r\n")
            }
        }
    }

    private mutating func render(_ token: TemplateToken, frame: inout Frame, into output: inout String) {
        switch token {
        case .text(let text):
            output += text

        case .variable(let name):
            guard let text = lookUp(name)?.renderedText else { return }
            output += frame.escapes ? XMLText.escape(text) : text

        case .unescapedVariable(let name):
            if let text = lookUp(name)?.renderedText { output += text }

        case .section(let name, let template):
            switch lookUp(name) {
            case nil, .null?: return
            case .list(let items)?:
                for item in items { renderPushing(item, template, frame: frame, into: &output) }
            case .bool(let flag)?:
                if flag { render(template, frame: frame, into: &output) }
            case let value?:
                renderPushing(value, template, frame: frame, into: &output)
            }

        case .invertedSection(let name, let template):
            switch lookUp(name) {
            case nil, .null?: render(template, frame: frame, into: &output)
            case .list(let items)?:
                if items.isEmpty { renderPushing(.list(items), template, frame: frame, into: &output) }
            case .bool(let flag)?:
                if !flag { render(template, frame: frame, into: &output) }
            case .some: return
            }

        case .partial(let name, let indentation, let overrides):
            guard let template = library.template(named: name) else { return }
            render(template, frame: Self.partialFrame(frame, indentation: indentation, overrides: overrides), into: &output)

        case .dynamicPartial(let name, let indentation, let overrides):
            guard case .text(let partialName)? = lookUp(name), let template = library.template(named: partialName) else { return }
            render(template, frame: Self.partialFrame(frame, indentation: indentation, overrides: overrides), into: &output)

        case .blockExpansion(let name, let fallback, let indentation):
            var inner = frame
            inner.indentation += indentation
            render(frame.overrides?[name] ?? fallback, frame: inner, into: &output)

        case .escaping(let escapes):
            frame.escapes = escapes

        case .blockDefinition:
            // Only inside `{{<parent}}`, where the parser collects them as overrides.
            return
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ template: Template, frame: Frame, into output: inout String) {
        stack.append(value)
        render(template, frame: frame, into: &output)
        stack.removeLast()
    }

    /// A partial starts escaping again and inherits the overrides already passed down,
    /// which win over its own (`{{<parent}}` inside a parent's block keeps the outer ones).
    private static func partialFrame(_ frame: Frame, indentation: String?, overrides: [String: Template]?) -> Frame {
        var inner = Frame(indentation: frame.indentation + (indentation ?? ""), overrides: frame.overrides, escapes: true)
        if let overrides {
            inner.overrides = frame.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
        }
        return inner
    }

    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        switch name.scope {
        case .current:
            return stack.last
        case .top:
            return Self.descend(name.parts[...], from: stack[stack.count - 1])
        case .stack:
            guard let first = name.parts.first else { return stack.last }
            for value in stack.reversed() {
                if case .map(let map) = value, let child = map[first] {
                    return Self.descend(name.parts.dropFirst(), from: child)
                }
            }
            return nil
        }
    }

    private static func descend(_ parts: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard case .map(let map) = value, let child = map[part] else { return nil }
            value = child
        }
        return value
    }
}
