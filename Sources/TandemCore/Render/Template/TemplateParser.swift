/// Parses Mustache text into a `Template`.
///
/// The rules for standalone lines, indentation and inheritance follow
/// swift-mustache's parser (hummingbird-project, Apache-2.0) step by step,
/// including its quirks, so that themes written for it render byte for byte
/// the same; `TemplateEngineConformanceTests` compares the two. It reads UTF-8
/// bytes: every character with a meaning in a tag is ASCII.
struct TemplateParser {
    private struct State {
        var sectionName: String?
        var newLine = true
        var isBlockDefinitionArea = false
        var isBlockDefinitionTopLevel = false
        var startDelimiter: [UInt8] = Array("{{".utf8)
        var endDelimiter: [UInt8] = Array("}}".utf8)
        var blockIndent: Int?

        func inSection(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isBlockDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isBlockDefinitionArea = true
            state.isBlockDefinitionTopLevel = true
            return state
        }
    }

    private let bytes: [UInt8]
    private var position = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> Template {
        var parser = TemplateParser(text)
        do {
            return Template(tokens: try parser.parse(State()))
        } catch let problem {
            let (line, column) = parser.lineAndColumn()
            throw TemplateSyntaxError(problem: problem, line: line, column: column)
        }
    }

    // MARK: - The grammar

    private mutating func parse(_ initial: State) throws(TemplateSyntaxError.Problem) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var state = initial
        var whitespaceBefore = ""
        while !atEnd {
            if state.newLine {
                let whitespace = readSpacesAndTabs()
                if state.isBlockDefinitionArea, !state.isBlockDefinitionTopLevel {
                    if let indent = state.blockIndent {
                        whitespaceBefore = String(whitespace.dropFirst(indent))
                    } else {
                        state.blockIndent = whitespace.utf8.count
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let text = readUntilDelimiterOrNewline(state)
            if let newline = lineBreakLength() {
                tokens.append(.text(whitespaceBefore + text + string(position, position + newline)))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whitespaceBefore + text))
                whitespaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    tokens.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhitespace() }
                let section = Template(tokens: try parse(state.inSection(name, newLine: setNewLine)))
                tokens.append(inverted ? .invertedSection(TemplateName(name), section) : .section(TemplateName(name), section))

            case UInt8(ascii: "/"):
                position += 1
                let start = position
                let name = try readName(state)
                guard name == state.sectionName else {
                    position = start
                    throw .sectionClosedWithOtherName
                }
                if !isStandalone(state) { flushWhitespace() }
                return tokens

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                flushWhitespace()
                position += 1
                let name = try readName(state)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else { throw .unfinishedTag }
                    position += 1
                }
                tokens.append(.unescapedVariable(TemplateName(name)))

            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                var dynamic = false
                if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
                    position += 1
                    dynamic = true
                }
                let name = try readPartialName(state)
                if !whitespaceBefore.isEmpty { tokens.append(.text(whitespaceBefore)) }
                let indentation: String? = isStandalone(state) ? whitespaceBefore : nil
                if indentation != nil { setNewLine = true }
                tokens.append(dynamic
                    ? .dynamicPartial(TemplateName(name), indentation: indentation, overrides: nil)
                    : .partial(name, indentation: indentation, overrides: nil))
                whitespaceBefore = ""

            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let written = try readPartialName(state)
                if !whitespaceBefore.isEmpty { tokens.append(.text(whitespaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: Template] = [:]
                for token in try parse(state.inParent(written)) {
                    switch token {
                    case .blockDefinition(let name, let template): overrides[name] = template
                    case .text: break
                    default: throw .onlyBlocksInsideParent
                    }
                }
                tokens.append(written.first == "*"
                    ? .dynamicPartial(TemplateName(String(written.dropFirst())), indentation: whitespaceBefore, overrides: overrides)
                    : .partial(written, indentation: whitespaceBefore, overrides: overrides))
                whitespaceBefore = ""

            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                if state.isBlockDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    tokens.append(.blockDefinition(name, Template(tokens: try parse(state.inSection(name, newLine: setNewLine)))))
                } else {
                    if !whitespaceBefore.isEmpty { tokens.append(.text(whitespaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let fallback = Template(tokens: try parse(state.inSection(name, newLine: setNewLine)))
                    tokens.append(.blockExpansion(name, fallback, indentation: whitespaceBefore))
                    whitespaceBefore = ""
                }

            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(&state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                position += 1
                tokens.append(try readConfig(state))
                setNewLine = isStandalone(state)

            default:
                flushWhitespace()
                tokens.append(.variable(TemplateName(try readName(state))))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .sectionNeverClosed }
        return tokens
    }

    // MARK: - Reading

    private var atEnd: Bool { position >= bytes.count }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private mutating func readSpacesAndTabs() -> String {
        let start = position
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return string(start, position)
    }

    /// The length of a "\n" or "\r\n" at the position: the line breaks text stops at.
    private func lineBreakLength() -> Int? {
        guard position < bytes.count else { return nil }
        if bytes[position] == 0x0A { return 1 }
        if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { return 2 }
        return nil
    }

    /// Text up to the next tag (whose opening delimiter it consumes) or line break.
    private mutating func readUntilDelimiterOrNewline(_ state: State) -> String {
        let start = position
        let delimiter = state.startDelimiter
        while position < bytes.count {
            if lineBreakLength() != nil { return string(start, position) }
            if bytes[position] == delimiter[0], matches(delimiter, at: position) {
                let text = string(start, position)
                position += delimiter.count
                return text
            }
            position += 1
        }
        return string(start, position)
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for index in pattern.indices where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    /// The byte length of a whitespace character at `offset` (Swift's `Character.isWhitespace`), or 0.
    private func whitespaceLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        let byte = bytes[offset]
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        guard byte >= 0x80 else { return 0 }
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isWhitespace else { return 0 }
        return String(scalar).utf8.count
    }

    /// The byte length of a line break as Swift's `Character.isNewline` sees one, or nil.
    private func newlineCharacterLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2 where offset + 1 < bytes.count && bytes[offset + 1] == 0x85: return 2
        case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9): return 3
        default: return nil
        }
    }

    private mutating func skipWhitespace() {
        while case let length = whitespaceLength(at: position), length > 0 { position += length }
    }

    private mutating func readWhile(_ allowed: (UInt8) -> Bool) -> String {
        let start = position
        while position < bytes.count, allowed(bytes[position]) { position += 1 }
        return string(start, position)
    }

    private mutating func expect(_ pattern: [UInt8]) -> Bool {
        guard matches(pattern, at: position) else { return false }
        position += pattern.count
        return true
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): true
        default: false
        }
    }

    private mutating func readName(_ state: State) throws(TemplateSyntaxError.Problem) -> String {
        skipWhitespace()
        let name = readWhile { Self.isNameByte($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
        skipWhitespace()
        guard expect(state.endDelimiter) else { throw .unfinishedTag }
        if name.contains("(") || name.contains(")") { throw .transformsUnsupported }
        return name
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError.Problem) -> String {
        skipWhitespace()
        let name = readWhile { Self.isNameByte($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "/") }
        skipWhitespace()
        guard expect(state.endDelimiter) else { throw .unfinishedTag }
        return name
    }

    private mutating func skipComment(_ state: State) throws(TemplateSyntaxError.Problem) {
        while position < bytes.count {
            if expect(state.endDelimiter) { return }
            position += 1
        }
        throw .unfinishedComment
    }

    private mutating func readDelimiters(_ state: inout State) throws(TemplateSyntaxError.Problem) {
        skipWhitespace()
        let startBegin = position
        while position < bytes.count, whitespaceLength(at: position) == 0 { position += 1 }
        guard position < bytes.count else { throw .badSetDelimiter }
        let start = Array(bytes[startBegin..<position])
        skipWhitespace()
        let endBegin = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "="), whitespaceLength(at: position) == 0 { position += 1 }
        guard position < bytes.count else { throw .badSetDelimiter }
        let end = Array(bytes[endBegin..<position])
        skipWhitespace()
        guard expect([UInt8(ascii: "=")]), expect(state.endDelimiter), !start.isEmpty, !end.isEmpty else { throw .badSetDelimiter }
        state.startDelimiter = start
        state.endDelimiter = end
        state.isBlockDefinitionTopLevel = false
    }

    private mutating func readConfig(_ state: State) throws(TemplateSyntaxError.Problem) -> TemplateToken {
        skipWhitespace()
        let variable = readWhile(Self.isNameByte)
        skipWhitespace()
        guard expect([UInt8(ascii: ":")]) else { throw .badConfigTag }
        skipWhitespace()
        let value = readWhile(Self.isNameByte)
        skipWhitespace()
        guard expect(state.endDelimiter), variable == "CONTENT_TYPE" else { throw .badConfigTag }
        switch value {
        case "HTML", "TANDEM_HTML": return .escaping(true)
        case "TEXT": return .escaping(false)
        default: throw .badConfigTag
        }
    }

    /// A tag alone on its line (only spaces and tabs around it) takes the line and its break with it.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var end = position
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        guard let length = newlineCharacterLength(at: end) else { return false }
        position = end + length
        return true
    }

    private func lineAndColumn() -> (Int, Int) {
        let before = string(0, min(position, bytes.count))
        var line = 1
        var column = 1
        for character in before {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
