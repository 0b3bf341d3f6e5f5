/// One step of a compiled template (`TemplateProgram`): plain integers only, so reading it
/// while rendering retains nothing. The parsed tokens were boxed enums shared by every render
/// thread: taking one out retained its box, and both cores retaining the same boxes made that
/// the largest part of rendering (0.24 of 0.43 CPU s at 10k pages).
///
/// The fields by kind (ranges are `lower..<upper` of the program's tables):
/// - `text`: `a..<b` in `bytes`.
/// - `variable`, `unescapedVariable`: the name's parts `a..<b` in `strings`, looked up by `scope`.
/// - `section`, `invertedSection`: the name as above; the body `c..<d` in `ops`.
/// - `partial`: its name `strings[a]`; indentation `strings[b]` or none (-1); overrides
///   `overrideSets[c]` or none (-1).
/// - `dynamicPartial`: the name holding the partial's name, as above; indentation `c`; overrides `d`.
/// - `blockExpansion`: the block's name `strings[a]`; its default body `b..<c` in `ops`; indentation `strings[d]`.
/// - `escaping`: on when `a` is 1.
struct TemplateOp: Sendable {
    enum Kind: UInt8, Sendable {
        case text, variable, unescapedVariable, section, invertedSection, partial, dynamicPartial, blockExpansion, escaping
    }

    var kind: Kind
    var scope: TemplateName.Scope = .stack
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var d: Int32 = 0

    var body: Range<Int> { Int(c)..<Int(d) }
    var parts: Range<Int> { Int(a)..<Int(b) }
}
