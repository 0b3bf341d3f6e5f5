/// Renders a compiled template (`TemplateProgram`) over a stack of `TemplateValue`s, by
/// Mustache's rules as swift-mustache applies them: a name is searched for from the top
/// of the stack down, sections push their value, lists repeat, a standalone
/// partial indents every line it writes, and `{{<parent}}` passes its blocks
/// down (the outermost override wins). It writes UTF-8 bytes.
struct TemplateRenderer {
    /// What changes as rendering goes into partials and blocks.
    struct Frame {
        var indentation: [UInt8] = []
        var overrides: [String: Range<Int>]?
        var escapes = true
    }

    /// The program's tables, valid for the whole render (`TemplateLibrary.render` holds them).
    let ops: UnsafeBufferPointer<TemplateOp>
    let bytes: UnsafeBufferPointer<UInt8>
    let strings: UnsafeBufferPointer<String>
    let program: TemplateProgram
    var stack: [TemplateValue]

    mutating func render(_ steps: Range<Int>, frame initial: Frame, into output: inout [UInt8]) {
        var frame = initial
        if frame.indentation.isEmpty {
            for index in steps { render(ops[index], frame: &frame, into: &output) }
            return
        }
        // Indentation goes before any step that writes something at the start of a line of
        // this template's own output (not of what came before it): written first, and taken
        // back when the step writes nothing.
        var atLineStart = false
        for index in steps {
            let mark = output.count
            if atLineStart { output.append(contentsOf: frame.indentation) }
            let start = output.count
            render(ops[index], frame: &frame, into: &output)
            let written = output.count - start
            guard written > 0 else {
                output.removeLast(start - mark)
                continue
            }
            atLineStart = output[output.count - 1] == 0x0A && !(written >= 2 && output[output.count - 2] == 0x0D)
        }
    }

    private mutating func render(_ op: TemplateOp, frame: inout Frame, into output: inout [UInt8]) {
        switch op.kind {
        case .text:
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(op.a)..<Int(op.b)]))

        case .variable:
            guard let text = lookUp(op.scope, op.parts)?.renderedText else { return }
            if frame.escapes { XMLText.appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }

        case .unescapedVariable:
            if let text = lookUp(op.scope, op.parts)?.renderedText { output.append(contentsOf: text.utf8) }

        case .section:
            switch lookUp(op.scope, op.parts) {
            case nil, .null?: return
            case .list(let items)?:
                for item in items { renderPushing(item, op.body, frame: frame, into: &output) }
            case .bool(let flag)?:
                if flag { render(op.body, frame: frame, into: &output) }
            case let value?:
                renderPushing(value, op.body, frame: frame, into: &output)
            }

        case .invertedSection:
            switch lookUp(op.scope, op.parts) {
            case nil, .null?: render(op.body, frame: frame, into: &output)
            case .list(let items)?:
                if items.isEmpty { renderPushing(.list(items), op.body, frame: frame, into: &output) }
            case .bool(let flag)?:
                if !flag { render(op.body, frame: frame, into: &output) }
            case .some: return
            }

        case .partial:
            guard let steps = program.entries[strings[Int(op.a)]] else { return }
            render(steps, frame: partialFrame(frame, indentation: op.b, overrides: op.c), into: &output)

        case .dynamicPartial:
            guard case .text(let partialName)? = lookUp(op.scope, op.parts), let steps = program.entries[partialName] else { return }
            render(steps, frame: partialFrame(frame, indentation: op.c, overrides: op.d), into: &output)

        case .blockExpansion:
            var inner = frame
            inner.indentation.append(contentsOf: strings[Int(op.d)].utf8)
            render(frame.overrides?[strings[Int(op.a)]] ?? Int(op.b)..<Int(op.c), frame: inner, into: &output)

        case .escaping:
            frame.escapes = op.a == 1
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ steps: Range<Int>, frame: Frame, into output: inout [UInt8]) {
        stack.append(value)
        render(steps, frame: frame, into: &output)
        stack.removeLast()
    }

    /// A partial starts escaping again and inherits the overrides already passed down,
    /// which win over its own (`{{<parent}}` inside a parent's block keeps the outer ones).
    private func partialFrame(_ frame: Frame, indentation: Int32, overrides: Int32) -> Frame {
        var inner = Frame(indentation: frame.indentation, overrides: frame.overrides, escapes: true)
        if indentation >= 0 { inner.indentation.append(contentsOf: strings[Int(indentation)].utf8) }
        if overrides >= 0 {
            let own = program.overrideSets[Int(overrides)]
            inner.overrides = frame.overrides.map { $0.merging(own) { outer, _ in outer } } ?? own
        }
        return inner
    }

    private func lookUp(_ scope: TemplateName.Scope, _ parts: Range<Int>) -> TemplateValue? {
        switch scope {
        case .current:
            return stack.last
        case .top:
            return descend(parts, from: stack[stack.count - 1])
        case .stack:
            guard !parts.isEmpty else { return stack.last }
            let first = strings[parts.lowerBound]
            for value in stack.reversed() {
                if case .map(let map) = value, let child = map[first] {
                    return descend(parts.dropFirst(), from: child)
                }
            }
            return nil
        }
    }

    private func descend(_ parts: Range<Int>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard case .map(let map) = value, let child = map[strings[part]] else { return nil }
            value = child
        }
        return value
    }
}
