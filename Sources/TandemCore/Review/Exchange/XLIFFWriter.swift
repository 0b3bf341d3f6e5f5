/// Writes a `TranslationExchange` as XLIFF 1.2, the version CAT tools
/// (OmegaT, Trados, memoQ, Weblate, Crowdin) all read:
///
/// - one `<file>` per page: `original` is the source file, `category` the site
///   (`SiteFingerprint`), so an import from another site is refused;
/// - one `<trans-unit>` per unit: `id` and `resname` the unit id (`b12`),
///   `xml:space="preserve"` (line breaks in the text matter), a `<note>` saying
///   what it is and where, a location `<context-group>` (file and line) and one
///   with the unit's source hash (`x-tandem-source-hash`);
/// - inline Markdown as `<bpt>`/`<ept>` pairs (emphasis, links, images) and
///   `<ph>` (code, footnote references, line breaks, agenda times), each
///   holding the Markdown it stands for, so a CAT tool shows it as a tag.
///
/// Output is deterministic: no dates, units in page order.
public enum XLIFFWriter {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public static func write(_ exchange: TranslationExchange) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<xliff version=\"1.2\" xmlns=\"\(namespace)\">\n"
        for file in exchange.files {
            xml += "  <file original=\"\(escape(file.original))\" source-language=\"\(escape(file.sourceLanguage))\""
            xml += " target-language=\"\(escape(exchange.targetLanguage))\" datatype=\"x-markdown\""
            xml += " category=\"\(escape(exchange.site))\" tool-id=\"tandem\">\n"
            xml += "    <header>\n"
            xml += "      <tool tool-id=\"tandem\" tool-name=\"Tandem\"/>\n"
            xml += "      <note from=\"tandem\">\(escape("Translation of \(file.original) into \(exchange.targetLanguage), written to \(file.targetPath) on import (translation key \(file.translationKey)). Keep every tag: it stands for a link, emphasis, code, a footnote or a time."))</note>\n"
            xml += "    </header>\n"
            xml += "    <body>\n"
            for unit in file.units {
                xml += "      <trans-unit id=\"\(escape(unit.id))\" resname=\"\(escape(unit.id))\""
                if unit.approved && unit.target != nil { xml += " approved=\"yes\"" }
                xml += " xml:space=\"preserve\">\n"
                xml += "        <source>\(inline(unit.source))</source>\n"
                if let target = unit.target {
                    xml += "        <target" + (unit.state.map { " state=\"\(escape($0))\"" } ?? "") + ">\(inline(target))</target>\n"
                }
                for note in unit.notes { xml += "        <note from=\"tandem\">\(escape(note))</note>\n" }
                xml += "        <context-group purpose=\"location\">\n"
                xml += "          <context context-type=\"sourcefile\">\(escape(file.original))</context>\n"
                xml += "          <context context-type=\"linenumber\">\(unit.line)</context>\n"
                xml += "        </context-group>\n"
                if let hash = unit.sourceHash {
                    xml += "        <context-group name=\"tandem\" purpose=\"information\">\n"
                    xml += "          <context context-type=\"x-tandem-source-hash\">\(escape(hash))</context>\n"
                    xml += "        </context-group>\n"
                }
                xml += "      </trans-unit>\n"
            }
            xml += "    </body>\n"
            xml += "  </file>\n"
        }
        return xml + "</xliff>\n"
    }

    /// Pieces as XLIFF inline content.
    static func inline(_ pieces: [InlinePiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): escape(text)
            case .open(let id, let kind, let code): "<bpt id=\"\(id)\" ctype=\"\(kind.rawValue)\">\(escape(code))</bpt>"
            case .close(let id, let code): "<ept id=\"\(id)\">\(escape(code))</ept>"
            case .placeholder(let id, let kind, let code): "<ph id=\"\(id)\" ctype=\"\(kind.rawValue)\">\(escape(code))</ph>"
            }
        }.joined()
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot hold at all become U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 && value != 0x09 && value != 0x0A || value == 0xFFFE || value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
