/// Reads the shape almost every front matter has — `key: value` lines whose
/// values are one-line scalars, one-line flow lists of scalars, or block lists
/// of scalars — straight from the UTF-8 bytes, without Yams.
///
/// Yams (libyaml, then a tree of nodes, then duplicate-key hashing) was a
/// visible part of large builds for text this simple. The reader is strict on
/// purpose: whatever YAML could read in more than one way, or that Yams would
/// reject, makes it return nil so that Yams reads the text and reports any error
/// exactly as before. What it accepts it reads as Yams does, key positions
/// included.
struct SimpleFrontMatterReader {
    /// The entries of `yaml`, or nil when the text is outside the subset read here.
    /// `location` turns a line and column of the text, counted from 1 as Yams
    /// counts them, into a file position.
    static func entries(of yaml: String, location: (_ line: Int, _ column: Int) -> SourceLocation) -> [FrontMatterEntry]? {
        let read = yaml.utf8.withContiguousStorageIfAvailable { bytes -> [FrontMatterEntry]? in
            var scanner = Scanner(bytes: bytes)
            return scanner.entries(location: location)
        }
        return read ?? nil
    }
}

extension SimpleFrontMatterReader {
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Offset of the next unread byte, always at the start of a line between entries.
        var position = 0
        /// Zero-based number of the line `position` is on, as libyaml counts them.
        var line = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func entries(location: (_ line: Int, _ column: Int) -> SourceLocation) -> [FrontMatterEntry]? {
            guard hasOnlyPlainCharacters() else { return nil }
            var entries: [FrontMatterEntry] = []
            while position < bytes.count {
                let lineEnd = endOfLine(from: position)
                if position == lineEnd {
                    nextLine(after: lineEnd)
                    continue
                }
                guard let keyEnd = keyEnd(from: position, before: lineEnd) else { return nil }
                let key = string(position..<keyEnd)
                // Yams reports a repeated key; leaving it the text gives the same message.
                guard !entries.contains(where: { $0.key == key }) else { return nil }
                let keyLine = line
                var valueStart = keyEnd + 1
                let value: FrontMatterValue
                if valueStart == lineEnd {
                    nextLine(after: lineEnd)
                    if position < bytes.count, bytes[position] == space {
                        guard let items = blockList() else { return nil }
                        value = .list(items)
                    } else {
                        value = .null
                    }
                } else {
                    guard bytes[valueStart] == space else { return nil }
                    while valueStart < lineEnd, bytes[valueStart] == space { valueStart += 1 }
                    guard valueStart < lineEnd, let scalarOrList = inlineValue(valueStart..<lineEnd, allowsFlowList: true) else { return nil }
                    value = scalarOrList
                    nextLine(after: lineEnd)
                }
                entries.append(FrontMatterEntry(key: key, value: value, location: location(keyLine + 1, 1)))
            }
            // An empty text is no document at all for Yams, which the caller reads as no entries;
            // blank lines alone are left to Yams rather than reasoned about here.
            if entries.isEmpty, !bytes.isEmpty { return nil }
            return entries
        }

        /// Items written as `- value` lines, all indented alike, starting at `position`.
        mutating func blockList() -> [FrontMatterValue]? {
            let indent = leadingSpaces(from: position)
            var items: [FrontMatterValue] = []
            while position < bytes.count, bytes[position] == space {
                let lineEnd = endOfLine(from: position)
                let dash = position + indent
                // Any other indentation continues the previous item or nests something: Yams' call.
                guard leadingSpaces(from: position) == indent, dash + 1 < lineEnd, bytes[dash] == hyphen, bytes[dash + 1] == space else { return nil }
                var valueStart = dash + 2
                while valueStart < lineEnd, bytes[valueStart] == space { valueStart += 1 }
                guard valueStart < lineEnd, let item = inlineValue(valueStart..<lineEnd, allowsFlowList: false) else { return nil }
                items.append(item)
                nextLine(after: lineEnd)
            }
            return items
        }

        /// A value that is all of `range`, the rest of a line after its key or dash.
        func inlineValue(_ range: Range<Int>, allowsFlowList: Bool) -> FrontMatterValue? {
            switch bytes[range.lowerBound] {
            case doubleQuote, singleQuote:
                guard let (text, end) = quoted(from: range.lowerBound, before: range.upperBound), end == range.upperBound else { return nil }
                return .text(text)
            case openBracket where allowsFlowList:
                return flowList(range)
            default:
                guard isPlainInBlock(range) else { return nil }
                return plain(range)
            }
        }

        /// `[a, "b", 'c']` on one line: items separated by exactly `, `.
        func flowList(_ range: Range<Int>) -> FrontMatterValue? {
            var items: [FrontMatterValue] = []
            var cursor = range.lowerBound + 1
            if cursor < range.upperBound, bytes[cursor] == closeBracket {
                return cursor + 1 == range.upperBound ? .list([]) : nil
            }
            while cursor < range.upperBound {
                let afterItem: Int
                switch bytes[cursor] {
                case doubleQuote, singleQuote:
                    guard let (text, end) = quoted(from: cursor, before: range.upperBound) else { return nil }
                    items.append(.text(text))
                    afterItem = end
                default:
                    var end = cursor
                    while end < range.upperBound, bytes[end] != comma, bytes[end] != closeBracket { end += 1 }
                    guard isPlainInFlow(cursor..<end) else { return nil }
                    items.append(plain(cursor..<end))
                    afterItem = end
                }
                guard afterItem < range.upperBound else { return nil }
                if bytes[afterItem] == closeBracket {
                    return afterItem + 1 == range.upperBound ? .list(items) : nil
                }
                guard bytes[afterItem] == comma, afterItem + 2 < range.upperBound, bytes[afterItem + 1] == space, bytes[afterItem + 2] != space else { return nil }
                cursor = afterItem + 2
            }
            return nil
        }

        /// A one-line quoted scalar opening at `start`: its text and the offset after the closing quote.
        /// Double quotes take only the `\"` and `\\` escapes; YAML's others are left to Yams.
        func quoted(from start: Int, before limit: Int) -> (String, Int)? {
            let quote = bytes[start]
            var text = ""
            var segmentStart = start + 1
            var cursor = start + 1
            while cursor < limit {
                let byte = bytes[cursor]
                if quote == doubleQuote, byte == backslash {
                    guard cursor + 1 < limit, bytes[cursor + 1] == doubleQuote || bytes[cursor + 1] == backslash else { return nil }
                    text += string(segmentStart..<cursor)
                    segmentStart = cursor + 1
                    cursor += 2
                } else if byte == quote {
                    if quote == singleQuote, cursor + 1 < limit, bytes[cursor + 1] == singleQuote {
                        text += string(segmentStart..<cursor + 1)
                        cursor += 2
                        segmentStart = cursor
                    } else {
                        text += string(segmentStart..<cursor)
                        return (text, cursor + 1)
                    }
                } else {
                    cursor += 1
                }
            }
            return nil
        }

        /// Plain text as a value: null for the spellings YAML gives no value.
        func plain(_ range: Range<Int>) -> FrontMatterValue {
            let text = string(range)
            switch text {
            case "~", "null", "Null", "NULL": return .null
            default: return .text(text)
            }
        }

        /// True when `range` is a plain scalar after a key or dash that YAML reads as exactly its bytes.
        func isPlainInBlock(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty, bytes[range.lowerBound] != space, !isIndicator(bytes[range.lowerBound]), bytes[range.upperBound - 1] != space else { return false }
            for offset in range {
                switch bytes[offset] {
                case colon:
                    // `: ` or a final `:` would start a mapping.
                    if offset + 1 == range.upperBound || bytes[offset + 1] == space { return false }
                case hash:
                    if bytes[offset - 1] == space { return false }
                default:
                    break
                }
            }
            return true
        }

        /// Like `isPlainInBlock` for an item of a flow list, where brackets, braces and `:` mean more.
        func isPlainInFlow(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty, bytes[range.lowerBound] != space, !isIndicator(bytes[range.lowerBound]), bytes[range.upperBound - 1] != space else { return false }
            for offset in range {
                switch bytes[offset] {
                case colon, openBracket, openBrace, closeBrace: return false
                case hash: if bytes[offset - 1] == space { return false }
                default: break
                }
            }
            return true
        }

        /// A key of letters, digits, `_` and `-` followed by `:`: the offset of the `:`.
        func keyEnd(from start: Int, before lineEnd: Int) -> Int? {
            guard isKeyByte(bytes[start]), bytes[start] != hyphen else { return nil }
            var cursor = start + 1
            while cursor < lineEnd, isKeyByte(bytes[cursor]) { cursor += 1 }
            // libyaml gives up on keys longer than 1024 characters; stay far from that.
            guard cursor < lineEnd, bytes[cursor] == colon, cursor - start <= 256 else { return nil }
            return cursor
        }

        /// False for anything libyaml rejects or reads as a line break or byte order mark,
        /// and for tabs and carriage returns, whose rules are left to Yams.
        func hasOnlyPlainCharacters() -> Bool {
            var offset = 0
            let count = bytes.count
            while offset < count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != newline) || byte == 0x7F { return false }
                    offset += 1
                    continue
                }
                let next = offset + 1 < count ? bytes[offset + 1] : 0
                let third = offset + 2 < count ? bytes[offset + 2] : 0
                switch byte {
                case 0xC2 where next < 0xA0: return false // C1 controls and NEL
                case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return false // LS, PS
                case 0xEF where next == 0xBB && third == 0xBF: return false // BOM
                case 0xEF where next == 0xBF && (third == 0xBE || third == 0xBF): return false // U+FFFE, U+FFFF
                default: break
                }
                offset += 1
            }
            return true
        }

        func leadingSpaces(from start: Int) -> Int {
            var cursor = start
            while cursor < bytes.count, bytes[cursor] == space { cursor += 1 }
            return cursor - start
        }

        func endOfLine(from start: Int) -> Int {
            var cursor = start
            while cursor < bytes.count, bytes[cursor] != newline { cursor += 1 }
            return cursor
        }

        mutating func nextLine(after lineEnd: Int) {
            position = lineEnd + 1
            line += 1
        }

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        func isKeyByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), underscore, hyphen: true
            default: false
            }
        }

        /// Characters that give a scalar's first character a YAML meaning.
        func isIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case hyphen, UInt8(ascii: "?"), colon, comma, openBracket, closeBracket, openBrace, closeBrace, hash,
                UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
                singleQuote, doubleQuote, UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"): true
            default: false
            }
        }
    }
}

private let newline = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let colon = UInt8(ascii: ":")
private let comma = UInt8(ascii: ",")
private let hash = UInt8(ascii: "#")
private let hyphen = UInt8(ascii: "-")
private let underscore = UInt8(ascii: "_")
private let backslash = UInt8(ascii: "\\")
private let doubleQuote = UInt8(ascii: "\"")
private let singleQuote = UInt8(ascii: "'")
private let openBracket = UInt8(ascii: "[")
private let closeBracket = UInt8(ascii: "]")
private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")
