import Foundation

/// The line a diagnostic points at, as compilers print it under the message:
///
///       |
///     3 | tags: [a, b
///       |       ^ a flow sequence starts here
///     5 | date: 2024-13-01
///       |       ^
///
/// The file is read when the excerpt is printed, from the site folder (or the
/// built-in theme), so diagnostics stay small and comparable. A location at
/// line 1, column 1 stands for a whole file ("missing title") and gets no excerpt.
public struct SourceExcerpt: Hashable, Sendable {
    public var lineNumber: Int
    /// The line as a terminal may show it: control characters escaped, tabs as four spaces.
    public var text: String
    /// How many characters of `text` come before the caret.
    public var caretOffset: Int
    public var label: String?

    /// Lines longer than this show a window around the column.
    static let widthLimit = 160

    /// The excerpt lines for a diagnostic and its notes, or none when no line can be read.
    public static func lines(for diagnostic: Diagnostic, siteFolder: URL?) -> [String] {
        var files = SourceFiles(siteFolder: siteFolder)
        return lines(for: diagnostic, reading: &files)
    }

    /// The same, reading files through `files`, which keeps each file's lines: a build that
    /// prints thousands of warnings about a few hundred files reads each file once.
    public static func lines(for diagnostic: Diagnostic, reading files: inout SourceFiles) -> [String] {
        var excerpts: [SourceExcerpt] = []
        func excerpt(_ location: SourceLocation, label: String?) -> SourceExcerpt? {
            let lines = files.lines(of: location.path)
            guard location.line >= 1, location.line <= lines.count else { return nil }
            return SourceExcerpt(line: lines[location.line - 1], lineNumber: location.line, column: location.column, label: label)
        }
        let location = diagnostic.location
        if location.line > 1 || location.column > 1, let main = excerpt(location, label: nil) { excerpts.append(main) }
        for note in diagnostic.notes where note.location.path == location.path {
            if let related = excerpt(note.location, label: note.message) { excerpts.append(related) }
        }
        // In file order, as compilers show them: where a list opened comes before where it failed.
        return render(excerpts.enumerated().sorted { ($0.element.lineNumber, $0.offset) < ($1.element.lineNumber, $1.offset) }.map(\.element))
    }

    /// The lines of the files diagnostics name, each file read once (see `fileLines`).
    /// Without a site folder no file is read, so no excerpt is shown.
    public struct SourceFiles {
        public let siteFolder: URL?
        private var read: [String: [String]] = [:]
        /// Made once: making a reader resolves the site folder's path (a `realpath`, four
        /// `readlink`s here), and a report names thousands of files.
        private let reader: SiteFileReader?

        public init(siteFolder: URL?) {
            self.siteFolder = siteFolder
            reader = siteFolder.map { SiteFileReader(siteFolder: $0) }
        }

        /// The file's lines, or none when it cannot be read.
        public mutating func lines(of path: String) -> [String] {
            guard let siteFolder, let reader else { return [] }
            if let known = read[path] { return known }
            let lines = SourceExcerpt.fileLines(path, siteFolder: siteFolder, reader: reader) ?? []
            read[path] = lines
            return lines
        }
    }

    init(line: String, lineNumber: Int, column: Int, label: String?) {
        self.lineNumber = lineNumber
        self.label = label.map { Diagnostic.visible($0) }
        let scalars = Array(line.unicodeScalars)
        var start = 0
        var end = scalars.count
        var prefix = "", suffix = ""
        if scalars.count > Self.widthLimit {
            start = max(0, min(column - 1 - Self.widthLimit / 2, scalars.count - Self.widthLimit))
            end = min(scalars.count, start + Self.widthLimit)
            if start > 0 { prefix = "…" }
            if end < scalars.count { suffix = "…" }
        }
        func shown(_ part: ArraySlice<Unicode.Scalar>) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: part)
            let visible = Diagnostic.visible(text)
            // Foundation's replace costs a conversion even when there is no tab to replace.
            return ByteSearch.contains(visible, byte: 0x09) ? visible.replacingOccurrences(of: "\t", with: "    ") : visible
        }
        let caretIndex = min(max(column - 1, start), end)
        let before = prefix + shown(scalars[start..<caretIndex])
        text = before + shown(scalars[caretIndex..<end]) + suffix
        caretOffset = before.unicodeScalars.count
    }

    /// The excerpts under one gutter as wide as the largest line number.
    static func render(_ excerpts: [SourceExcerpt]) -> [String] {
        guard let widest = excerpts.map(\.lineNumber).max() else { return [] }
        let width = String(widest).count
        let gutter = String(repeating: " ", count: width + 1) + "|"
        var lines = [gutter]
        for excerpt in excerpts {
            let number = String(excerpt.lineNumber)
            lines.append(String(repeating: " ", count: width - number.count) + number + " | " + excerpt.text)
            lines.append(gutter + " " + String(repeating: " ", count: excerpt.caretOffset) + "^" + (excerpt.label.map { " " + $0 } ?? ""))
        }
        return lines
    }

    /// The lines of a file named by a diagnostic: relative to the site folder,
    /// or inside the built-in theme. Nothing outside the site folder is read.
    static func fileLines(_ path: String, siteFolder: URL, reader: SiteFileReader) -> [String]? {
        let bytes: [UInt8]
        let builtinPrefix = BuiltinTheme.displayPath + "/"
        if path.hasPrefix(builtinPrefix) {
            guard let file = BuiltinTheme.files[String(path.dropFirst(builtinPrefix.count))] else { return nil }
            bytes = file
        } else {
            // Through the site file rule: a diagnostic may name a named pipe or a huge file.
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains(".."),
                  let data = try? reader.read(siteFolder.path + "/" + path)
            else { return nil }
            bytes = data
        }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        return lines
    }
}
