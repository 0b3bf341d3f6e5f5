import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A termbase in TBX (ISO 30042), as SDL MultiTerm, memoQ, Crowdin, Phrase
/// and Weblate export it: TBX-Basic `termEntry`/`langSet`/`tig` and TBX 3
/// `conceptEntry`/`langSec`/`termSec`. A term whose administrative status is
/// deprecated or superseded is forbidden; the first other term of a language
/// is preferred and the rest are variants; a definition or note is the note.
struct TermbaseTBX {
    var path: String
    var languages: [String]

    func entries(_ data: Data, diagnostics: inout DiagnosticBag) -> [Glossary.Entry] {
        let reader = Reader(languages: languages, path: path)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        if !parser.parse() {
            let message = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            diagnostics.error(
                SourceLocation(path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                "cannot read the TBX termbase: \(message)", hint: "check that the file is the termbase export, complete and well-formed")
            return []
        }
        return reader.entries
    }

    /// Collects concepts while the parser walks the file (`XMLParser` is callback-based).
    final class Reader: NSObject, XMLParserDelegate {
        let languages: [String]
        let path: String
        var entries: [Glossary.Entry] = []
        var entry: Glossary.Entry?
        var language: String?
        /// The term being read and its status.
        var term: String?
        var status: String?
        var text = ""
        var noteType: String?
        var collecting = false

        init(languages: [String], path: String) {
            self.languages = languages
            self.path = path
        }

        func siteLanguage(_ code: String) -> String? {
            let lower = code.lowercased()
            return languages.first { lower == $0.lowercased() || lower.hasPrefix($0.lowercased() + "-") || lower.hasPrefix($0.lowercased() + "_") }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "termEntry", "conceptEntry":
                entry = Glossary.Entry(terms: [:], location: SourceLocation(path: path, line: parser.lineNumber))
            case "langSet", "langSec":
                language = (attributes["xml:lang"] ?? attributes["lang"]).flatMap(siteLanguage)
            case "tig", "ntig", "termSec":
                term = nil
                status = nil
            case "term":
                text = ""
                collecting = true
            case "termNote":
                noteType = attributes["type"]
                text = ""
                collecting = true
            case "descrip", "note":
                noteType = attributes["type"] ?? name
                text = ""
                collecting = true
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "term":
                term = value
                collecting = false
            case "termNote":
                if noteType == "administrativeStatus" || noteType == "normativeAuthorization" { status = value.lowercased() }
                collecting = false
            case "descrip", "note":
                if entry?.note == nil, !value.isEmpty, noteType == "definition" || noteType == "note" || noteType == "context" { entry?.note = value }
                collecting = false
            case "tig", "ntig", "termSec":
                if let language, let term, !term.isEmpty, entry != nil { add(term, status: status ?? "", language: language) }
            case "langSet", "langSec":
                language = nil
            case "termEntry", "conceptEntry":
                if let entry, !entry.terms.isEmpty { entries.append(entry) }
                entry = nil
            default:
                break
            }
        }

        func add(_ term: String, status: String, language: String) {
            if status.contains("deprecated") || status.contains("superseded") || status.contains("notrecommended") {
                entry?.forbidden[language, default: []].append(term)
            } else if entry?.terms[language] == nil {
                entry?.terms[language] = term
            } else if status.contains("preferred"), let previous = entry?.terms[language] {
                entry?.terms[language] = term
                entry?.variants[language, default: []].insert(previous, at: 0)
            } else {
                entry?.variants[language, default: []].append(term)
            }
        }
    }
}
