/// Writes a glossary as TBX-Basic (TBX v2, `martif`), the termbase format CAT tools
/// import beside an XLIFF file (Trados MultiTerm, memoQ, OmegaT, Crowdin, Phrase).
/// Each entry is a `termEntry`; the preferred term of a language is
/// `preferredTerm-admn-sts`, its variants `admittedTerm-admn-sts`, forbidden terms
/// `deprecatedTerm-admn-sts`, the entry's note a `definition`. `TermbaseTBX` reads
/// what this writes back into the same entries.
public enum TermbaseTBXWriter {
    public static func write(_ glossary: Glossary, languages: [String], sourceLanguage: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="\(XMLText.escape(sourceLanguage))">
              <martifHeader>
                <fileDesc><sourceDesc><p>Written by tandem translate --export from the site's glossary.</p></sourceDesc></fileDesc>
              </martifHeader>
              <text>
                <body>

            """
        for (index, entry) in glossary.entries.enumerated() {
            xml += "      <termEntry id=\"e\(index + 1)\">\n"
            if let note = entry.note, !note.isEmpty {
                xml += "        <descrip type=\"definition\">\(XMLText.escape(note))</descrip>\n"
            }
            for language in languages where entry.terms[language] != nil || entry.forbidden[language] != nil {
                xml += "        <langSet xml:lang=\"\(XMLText.escape(language))\">\n"
                if let preferred = entry.terms[language] { xml += tig(preferred, status: "preferredTerm-admn-sts") }
                for variant in entry.variants[language] ?? [] { xml += tig(variant, status: "admittedTerm-admn-sts") }
                for forbidden in entry.forbidden[language] ?? [] { xml += tig(forbidden, status: "deprecatedTerm-admn-sts") }
                xml += "        </langSet>\n"
            }
            xml += "      </termEntry>\n"
        }
        return xml + "    </body>\n  </text>\n</martif>\n"
    }

    private static func tig(_ term: String, status: String) -> String {
        """
                  <tig>
                    <term>\(XMLText.escape(term))</term>
                    <termNote type="administrativeStatus">\(status)</termNote>
                  </tig>

        """
    }
}
