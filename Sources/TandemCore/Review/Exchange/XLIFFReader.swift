import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an XLIFF 1.2 file written by `XLIFFWriter` and translated in a CAT
/// tool: units with their source and target pieces, state, approval and the
/// line each unit starts on. Malformed XML, and anything Tandem cannot tell
/// apart from a broken file, is an error naming the line.
public enum XLIFFReader {
    public static func read(_ data: Data, path: String) throws -> TranslationExchange {
        let parser = XMLParser(data: data)
        let reader = Delegate(path: path)
        parser.delegate = reader
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if !parsed || reader.syntaxError != nil {
            let line = reader.syntaxError?.line ?? parser.lineNumber
            let column = reader.syntaxError?.column ?? parser.columnNumber
            let message = reader.syntaxError?.message ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML"
            throw ExchangeFileErrors([ExchangeFileError(path, line: line, column: column, "malformed XLIFF: \(message)",
                                                        hint: "the file is not well-formed XML; open it in the CAT tool again and re-export, or fix the line shown")])
        }
        if !reader.errors.isEmpty { throw ExchangeFileErrors(reader.errors) }
        guard reader.sawRoot else {
            throw ExchangeFileErrors([ExchangeFileError(path, line: 1, "not an XLIFF file (no <xliff> element)",
                                                        hint: "pass the .xlf file that tandem translate --export wrote, translated")])
        }
        return TranslationExchange(site: reader.site ?? "", targetLanguage: reader.targetLanguage ?? "", files: reader.files)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let path: String
        var files: [TranslationExchange.File] = []
        var site: String?
        var targetLanguage: String?
        var errors: [ExchangeFileError] = []
        var syntaxError: (line: Int, column: Int, message: String)?
        var sawRoot = false

        private var unit: TranslationExchange.Unit?
        /// Pieces of the `<source>` or `<target>` being read.
        private var pieces: [InlinePiece]?
        private var inTarget = false
        /// Text of a `<bpt>`, `<ept>`, `<ph>`, `<note>` or `<context>` being read.
        private var code: String?
        private var element: (name: String, id: Int, kind: InlinePiece.InlineKind)?
        private var gStack: [Int] = []
        private var contextType: String?
        private var text = ""

        init(path: String) { self.path = path }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let line = parser.lineNumber
            if pieces != nil, code == nil {
                startInline(name, attributes: attributes, line: line)
                return
            }
            switch name {
            case "xliff":
                sawRoot = true
                if attributes["version"] != "1.2" {
                    errors.append(ExchangeFileError(path, line: line, "XLIFF version \(attributes["version"] ?? "(none)"); Tandem reads 1.2",
                                                    hint: "export XLIFF 1.2 from the CAT tool"))
                }
            case "file":
                var file = TranslationExchange.File(
                    original: attributes["original"] ?? "", translationKey: "", sourceLanguage: attributes["source-language"] ?? "",
                    targetPath: "", units: [])
                file.fileLine = line
                files.append(file)
                if let category = attributes["category"] { site = site ?? category }
                if let language = attributes["target-language"] {
                    if let targetLanguage, targetLanguage != language {
                        errors.append(ExchangeFileError(path, line: line, "target-language '\(language)' differs from '\(targetLanguage)' earlier in the file",
                                                        hint: "import one language at a time"))
                    }
                    targetLanguage = targetLanguage ?? language
                }
            case "trans-unit":
                var newUnit = TranslationExchange.Unit(id: attributes["id"] ?? "", label: "", source: [], sourceMarkdown: "")
                newUnit.approved = attributes["approved"] == "yes"
                newUnit.fileLine = line
                unit = newUnit
            case "source", "target":
                guard unit != nil else { return }
                pieces = []
                gStack = []
                inTarget = name == "target"
                text = ""
                if inTarget { unit?.state = attributes["state"] }
            case "context":
                contextType = attributes["context-type"]
                code = ""
            case "note":
                code = ""
            default:
                break
            }
        }

        private func startInline(_ name: String, attributes: [String: String], line: Int) {
            flushText()
            let kind = attributes["ctype"].flatMap(InlinePiece.InlineKind.init(rawValue:)) ?? .link
            switch name {
            case "bpt", "ept", "ph", "g", "x", "bx", "ex":
                guard let rawID = attributes["id"], let id = Int(rawID) else {
                    errors.append(ExchangeFileError(path, line: line, "unit \(unit?.id ?? "?"): <\(name)> without a numeric id",
                                                    hint: "keep the tags as exported; Tandem numbers them 1, 2, 3…"))
                    return
                }
                switch name {
                case "g":
                    pieces?.append(.open(id: id, kind: kind, code: ""))
                    gStack.append(id)
                case "x": pieces?.append(.placeholder(id: id, kind: kind, code: ""))
                case "bx": pieces?.append(.open(id: id, kind: kind, code: ""))
                case "ex": pieces?.append(.close(id: id, code: ""))
                default:
                    element = (name, id, kind)
                    code = ""
                }
            case "mrk", "sub":
                break  // segmentation and sub-flows: their text is the unit's text
            default:
                errors.append(ExchangeFileError(path, line: line, "unit \(unit?.id ?? "?"): <\(name)> is not an inline element Tandem wrote",
                                                hint: "keep the tags as exported (bpt, ept, ph)"))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if code != nil { code? += string } else if pieces != nil { text += string }
        }

        private func flushText() {
            if !text.isEmpty { pieces?.append(.text(text)) }
            text = ""
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let element, name == element.name {
                let written = code ?? ""
                switch name {
                case "bpt": pieces?.append(.open(id: element.id, kind: element.kind, code: written))
                case "ept": pieces?.append(.close(id: element.id, code: written))
                default: pieces?.append(.placeholder(id: element.id, kind: element.kind, code: written))
                }
                self.element = nil
                code = nil
                return
            }
            if pieces != nil, name == "g", let id = gStack.popLast() {
                flushText()
                pieces?.append(.close(id: id, code: ""))
                return
            }
            switch name {
            case "source", "target":
                guard let done = finishPieces() else { return }
                if name == "target" { unit?.target = done } else { unit?.source = done }
            case "context":
                if contextType == "x-tandem-source-hash" { unit?.sourceHash = code?.trimmingCharacters(in: .whitespacesAndNewlines) }
                code = nil
                contextType = nil
            case "note":
                if let note = code { unit?.notes.append(note) }
                code = nil
            case "trans-unit":
                if let unit, !files.isEmpty { files[files.count - 1].units.append(unit) }
                unit = nil
            default:
                break
            }
        }

        private func finishPieces() -> [InlinePiece]? {
            flushText()
            let done = pieces?.mergingText()
            pieces = nil
            return done
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if syntaxError == nil {
                let nsError = parseError as NSError
                syntaxError = (parser.lineNumber, parser.columnNumber, Self.describe(nsError))
            }
        }

        /// libxml2's error codes, as XMLParser reports them on Linux, said in words.
        static let reasons: [Int: String] = [
            4: "the file is empty", 5: "extra content after the end of the document", 9: "a character XML does not allow",
            26: "an undeclared entity (write & as &amp;)", 38: "'<' inside an attribute value", 39: "an attribute value without quotes",
            40: "an attribute value not closed", 41: "an attribute without a value", 42: "an attribute written twice",
            68: "a name is missing after '<'", 73: "'>' expected", 76: "an end tag that does not match its start tag",
            77: "the file ends inside an element",
        ]

        static func describe(_ error: NSError) -> String {
            if let reason = reasons[error.code] { return reason }
            return "XML error \(error.code)"
        }
    }
}
