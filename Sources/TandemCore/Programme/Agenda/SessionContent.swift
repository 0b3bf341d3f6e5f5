import Foundation

/// What follows the time in a session: an optional kind label, the title, and
/// the details, speakers and room found in the remaining lines.
struct SessionContent: Equatable, Sendable {
    var kind: String?
    var title: String
    var details: [String]
    var speakers: [String]
    /// Speakers as written with their roles, when they were taken out of the title.
    var speakersAsWritten: [String] = []
    var room: String?

    /// Longest plain label accepted: "Palabras de Bienvenida:" is a label,
    /// "Reunión de la Red Latinoamericana de Concejales:" is the start of a title.
    static let maximumPlainLabelWords = 5
    private static let sentencePunctuation: Set<Character> = [".", ",", ";", "?", "!", "¿", "¡", "(", ")", "\"", "“", "”"]
    private static let roomLabels: Set<String> = ["sala", "salon", "room", "track", "auditorio", "auditorium"]

    /// - Parameters:
    ///   - remainder: the first line's plain text after the time and duration.
    ///   - moreLines: the item's further lines (plain text).
    ///   - source: the Markdown as written, only consulted to see which words were emphasised.
    static func read(remainder: String, moreLines: [String], source: String) -> SessionContent {
        var lines = moreLines.map(clean).filter { !$0.isEmpty }
        var kind: String?
        var title = clean(remainder)

        var speakersAsWritten: [String] = []
        if let label = label(in: title, source: source) {
            kind = label.label
            title = label.rest
            // "Palabras de Bienvenida: Sr. Sergio Arredondo, …": the label is the title, the rest who speaks.
            if let phrase = speakerPhrase(in: title) {
                speakersAsWritten.append(phrase.speaker)
                if !phrase.rest.isEmpty { lines.insert(phrase.rest, at: 0) }
                title = label.label
                kind = nil
            }
        }
        // "*Conferencia Magistral:*" alone on the first line: the title is on the next.
        if title.isEmpty, !lines.isEmpty { title = lines.removeFirst() }
        // A title ending in a colon continues on the next line ("Reunión de la Red…:\nplan de trabajo").
        if title.hasSuffix(":"), !lines.isEmpty { title += " " + lines.removeFirst() }
        if title.isEmpty, let label = kind {
            title = label
            kind = nil
        }

        let details = lines
        let room = details.lazy.compactMap(roomName).first
        let speakers = SpeakerExtractor.speakers(in: speakersAsWritten + [title] + details)
        return SessionContent(kind: kind, title: title, details: details, speakers: speakers, speakersAsWritten: speakersAsWritten, room: room)
    }

    /// Adds lines that arrive later (nested list items) as details, with their speakers and room.
    mutating func addDetails(_ lines: [String]) {
        let added = lines.map(Self.clean).filter { !$0.isEmpty }
        guard !added.isEmpty else { return }
        details += added
        for speaker in SpeakerExtractor.speakers(in: added) where !speakers.contains(speaker) { speakers.append(speaker) }
        if room == nil { room = added.lazy.compactMap(Self.roomName).first }
    }

    /// A kind label at the start of `text`: emphasised and ending with a colon
    /// (`*Conferencia Magistral:*`, `**Sesión de Formación:**`), or a short plain
    /// phrase before the first colon (`Tema 2:`).
    static func label(in text: String, source: String) -> (label: String, rest: String)? {
        for span in InlineMarkup.emphasisSpans(source) {
            var inner = span.text
            if inner.hasSuffix(":") {
                inner.removeLast()
            } else if source[span.range.upperBound...].first != ":" {
                continue
            }
            inner = clean(inner)
            guard !inner.isEmpty, text.hasPrefix(inner) else { continue }
            let after = text.dropFirst(inner.count).drop { $0.isWhitespace || $0 == "*" || $0 == "_" }
            guard after.first == ":" else { continue }
            return (inner, clean(String(after.dropFirst())))
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let afterColon = text[text.index(after: colon)...]
        guard afterColon.isEmpty || afterColon.first?.isWhitespace == true else { return nil }
        let prefix = text[..<colon]
        let words = prefix.split(whereSeparator: \.isWhitespace)
        guard (1...maximumPlainLabelWords).contains(words.count),
              !prefix.contains(where: { sentencePunctuation.contains($0) })
        else { return nil }
        return (clean(String(prefix)), clean(String(afterColon)))
    }

    /// `Sala: B` / `Room: Auditorium` in a detail line.
    static func roomName(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":"),
              roomLabels.contains(TextFolding.key(ScalarTrim.trimming(line[..<colon], where: ScalarTrim.isWhitespace)))
        else { return nil }
        let name = clean(String(line[line.index(after: colon)...]))
        return name.isEmpty ? nil : name
    }

    /// Trims spaces and the stray `**` that hand-converted documents leave behind.
    static func clean(_ text: String) -> String {
        var result = ScalarRuns.replace(text, minimum: 2, with: "") { $0 == "*" }
        result = ScalarRuns.replace(result, with: " ") { $0 == " " || $0 == "\t" }
        return ScalarTrim.trimming(result, where: ScalarTrim.isWhitespaceOrNewline)
    }
}
