import Yams

/// Reads YAML into `FrontMatterValue`s that remember where each key was
/// written, and turns Yams' errors into diagnostics with file positions.
///
/// Everything is read as `Yams.compose` reads it rather than `Yams.load`: `load`
/// applies YAML 1.1 typing (`no` → false, `012` → 10), which would silently
/// change what an author wrote. The common simple shape is read by
/// `SimpleFrontMatterReader` to the same entries without Yams.
struct YAMLReader {
    var path: String
    /// The file line on which the YAML text starts (2 for front matter after `---`).
    var firstLine: Int = 1

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine) }
        return location(line: mark.line, column: mark.column)
    }

    /// The file position of a line and column of the YAML text, both counted from 1.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine - 1 + line, column: column)
    }

    /// The document's top level as ordered entries, or nil with an error added.
    func readMapping(_ yaml: String, what: String, diagnostics: inout DiagnosticBag) -> [FrontMatterEntry]? {
        if let entries = SimpleFrontMatterReader.entries(of: yaml, location: location(line:column:)) { return entries }
        return readMappingWithYams(yaml, what: what, diagnostics: &diagnostics)
    }

    /// `readMapping` for any YAML, and the only one that reports errors.
    func readMappingWithYams(_ yaml: String, what: String, diagnostics: inout DiagnosticBag) -> [FrontMatterEntry]? {
        if let alias = YAMLAliasFinder.firstAlias(in: yaml) {
            diagnostics.error(
                location(line: alias.line, column: alias.column), "the \(what) may not use YAML aliases (*\(alias.name))",
                hint: "write the value out where the alias is; if the text should start with `*`, quote it: \"*\(alias.name)\"")
            return nil
        }
        let node: Node?
        do {
            node = try compose(yaml)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, what: what))
            return nil
        } catch {
            diagnostics.error(SourceLocation(path: path, line: firstLine), "cannot read the \(what): \(error)")
            return nil
        }
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            diagnostics.error(
                location(node.mark), "the \(what) must be a list of `key: value` lines",
                hint: "for example `title: Agenda del taller`")
            return nil
        }
        return entries(of: mapping)
    }

    /// `Yams.compose` with its defaults, minus two costs paid on every call.
    ///
    /// The encoding is given because Yams' default reads the whole process environment
    /// to look for an override. The basic resolver (no rules) skips the regular
    /// expressions that the default one runs on every plain key while looking for
    /// duplicates. Without explicit tags (`!`) every key the default resolver calls a
    /// duplicate the basic one does too, and only a `.value` tag (a plain `=`) changes a
    /// key's text; so a text without `!` and `=` that the basic resolver reads without a
    /// duplicate error reads identically, and any other text is read as before.
    func compose(_ yaml: String) throws -> Node? {
        let mayUseBasicResolver = !yaml.utf8.contains(where: { $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "=") })
        if mayUseBasicResolver {
            do {
                return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            } catch YamlError.duplicatedKeysInMapping {
                // The default resolver may tell apart keys that look alike (`yes` and `"yes"`).
            }
        }
        return try Yams.compose(yaml: yaml, .default, .default, .utf8)
    }

    func entries(of mapping: Node.Mapping) -> [FrontMatterEntry] {
        mapping.map { key, value in
            FrontMatterEntry(key: key.string ?? "", value: convert(value), location: location(key.mark))
        }
    }

    func convert(_ node: Node) -> FrontMatterValue {
        switch node {
        case .scalar(let scalar):
            // A plain `~`, `null` or empty value is YAML's null; a quoted "null" is text.
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .text(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(convert))
        case .mapping(let mapping):
            return .map(entries(of: mapping))
        case .alias:
            return .null
        }
    }

    func diagnostic(for error: YamlError, what: String) -> Diagnostic {
        let hint = "check indentation and quote values that contain `:` or start with `*`, `&`, `[` or `{`"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            var message = "malformed YAML in the \(what): \(problem)"
            var notes: [DiagnosticNote] = []
            if let context {
                let start = location(context.mark)
                message += " (\(context.text) that starts at line \(start.line), column \(start.column))"
                // "while parsing a flow sequence" → "a flow sequence starts here", shown under its line.
                let what = context.text.hasPrefix("while parsing ") ? String(context.text.dropFirst(14)) : context.text
                notes.append(DiagnosticNote(start, what + " starts here"))
            }
            var diagnostic = Diagnostic.error(location(mark), message, hint: hint)
            diagnostic.notes = notes
            return diagnostic
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                location(context.mark), "the key '\(Array(Set(duplicates)).sorted().joined(separator: "', '"))' appears twice in the \(what)",
                hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return .error(location(nil), "cannot read the \(what): \(problem)")
        default:
            return .error(location(nil), "cannot read the \(what): \(error)")
        }
    }
}
