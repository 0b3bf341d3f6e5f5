/// A termbase exported as CSV (Crowdin, Phrase, Weblate, a spreadsheet): a
/// header row, then one concept a row. Columns are recognised by name:
/// a language code (`es`, `en-GB`, `term_es`, `Term [es]`) is the term;
/// `variants_es` (or `synonyms_es`) and `forbidden_es` hold more forms,
/// several separated by `|` or `;`; `note` (or `description`, `definition`,
/// `comment`) and `case_sensitive` apply to the row. Other columns are ignored.
struct TermbaseCSV {
    var path: String
    var languages: [String]

    enum Column: Equatable {
        case term(String), variants(String), forbidden(String), note, caseSensitive, ignored
    }

    func entries(_ text: String, diagnostics: inout DiagnosticBag) -> [Glossary.Entry] {
        let separator: Character = path.lowercased().hasSuffix(".tsv") ? "\t" : (Self.firstLine(text).contains(";") && !Self.firstLine(text).contains(",") ? ";" : ",")
        let records: [(line: Int, cells: [String])]
        switch Self.records(text, separator: separator) {
        case .success(let value): records = value
        case .failure(let error):
            diagnostics.error(SourceLocation(path: path, line: error.line), "a quoted cell is never closed", hint: "close the cell with `\"`; write a quote inside a cell as `\"\"`")
            return []
        }
        guard let header = records.first else { return [] }
        let columns = header.cells.map(column)
        guard columns.contains(where: { if case .term = $0 { true } else { false } }) else {
            diagnostics.error(
                SourceLocation(path: path, line: header.line), "no column of the termbase is a language of the site",
                hint: "name the term columns by language code (\(languages.joined(separator: ", "))) in the first row")
            return []
        }
        var entries: [Glossary.Entry] = []
        for record in records.dropFirst() {
            var entry = Glossary.Entry(terms: [:], location: SourceLocation(path: path, line: record.line))
            for (index, cell) in record.cells.enumerated() where index < columns.count {
                let value = cell.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                switch columns[index] {
                case .term(let language):
                    let forms = Self.split(value)
                    if let first = forms.first {
                        entry.terms[language] = first
                        if forms.count > 1 { entry.variants[language, default: []] += forms.dropFirst() }
                    }
                case .variants(let language): entry.variants[language, default: []] += Self.split(value)
                case .forbidden(let language): entry.forbidden[language, default: []] += Self.split(value)
                case .note: entry.note = value
                case .caseSensitive: entry.caseSensitive = GlossaryLoader.flag(value) ?? false
                case .ignored: break
                }
            }
            if !entry.terms.isEmpty { entries.append(entry) }
        }
        return entries
    }

    /// What a header cell names: "es", "Term [en]", "term_es", "forbidden_en", "Description".
    func column(_ header: String) -> Column {
        var name = header.trimmingCharacters(in: .whitespaces).lowercased()
        for character in ["[", "]", "(", ")"] { name = name.replacingOccurrences(of: character, with: " ") }
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == ":" }).map(String.init)
        func language(_ word: String) -> String? {
            languages.first { word == $0.lowercased() || word.hasPrefix($0.lowercased() + "-") }
        }
        let code = parts.lazy.compactMap(language).first
        let words = Set(parts)
        if let code {
            if !words.isDisjoint(with: ["forbidden", "deprecated", "superseded"]) { return .forbidden(code) }
            if !words.isDisjoint(with: ["variants", "variant", "synonyms", "synonym", "alternatives"]) { return .variants(code) }
            if !words.isDisjoint(with: ["description", "definition", "note", "notes", "def"]) { return .ignored }
            return .term(code)
        }
        if !words.isDisjoint(with: ["note", "notes", "description", "definition", "comment", "comments"]) { return .note }
        if name.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "") == "casesensitive" { return .caseSensitive }
        return .ignored
    }

    static func split(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "|" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func firstLine(_ text: String) -> Substring { text.prefix { $0 != "\n" } }

    struct UnclosedQuote: Error { var line: Int }

    /// RFC 4180 records with the line each starts on; quoted cells may hold separators, quotes (`""`) and line breaks.
    static func records(_ text: String, separator: Character) -> Result<[(line: Int, cells: [String])], UnclosedQuote> {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = [], cell = ""
        var line = 1, recordLine = 1, quoteLine = 1
        var inQuotes = false, afterQuote = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        func finishRecord() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].isEmpty) { records.append((recordLine, cells)) }
            cells = []
            cell = ""
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { cell.append("\"") } else { inQuotes = false; afterQuote = true; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            case separator:
                cells.append(cell)
                cell = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                finishRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                cell.append(character)
            }
        }
        if inQuotes { return .failure(UnclosedQuote(line: quoteLine)) }
        if !cell.isEmpty || !cells.isEmpty { finishRecord() }
        return .success(records)
    }
}
