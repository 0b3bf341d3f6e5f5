extension SessionContent {
    /// Text after a kind label that begins with a person ("Palabras de Bienvenida: Sr. Sergio
    /// Arredondo, Secretario Ejecutivo, FLACMA Tema 1: Principios…") names who speaks, not what
    /// the session is: returns the speaker with their role ("Sr. Sergio Arredondo, Secretario
    /// Ejecutivo, FLACMA") and what follows it, from the next label on ("Tema 1: Principios…").
    /// Nil when the text does not begin with an honorific and a name.
    static func speakerPhrase(in text: String) -> (speaker: String, rest: String)? {
        // A name right after the honorific: "Sr. y Sra. en la ciudad" is a title, not a person.
        guard let first = text.split(whereSeparator: \.isWhitespace).first,
              SpeakerExtractor.honorifics.contains(TextFolding.key(first)),
              let name = SpeakerExtractor.afterHonorifics(text).first, name.first?.isUppercase == true,
              text.dropFirst(first.count).drop(while: \.isWhitespace).hasPrefix(name)
        else { return nil }
        guard let colon = text.firstIndex(of: ":") else { return (text, "") }
        let beforeColon = text[..<colon]
        // The next label is at the end of the last comma-separated part before the colon.
        guard let comma = beforeColon.lastIndex(of: ",") else { return (text, "") }
        let segment = beforeColon[beforeColon.index(after: comma)...]
        let words = segment.split(whereSeparator: \.isWhitespace)
        var labelStart = words.startIndex
        if let number = words.firstIndex(where: { $0.allSatisfy(\.isNumber) }), number > words.startIndex {
            // "FLACMA Tema 1": a numbered label is the word before the number and what follows.
            labelStart = words.index(before: number)
        } else if let acronym = words.lastIndex(where: { $0.count > 1 && $0.contains(where: \.isLetter) && $0.allSatisfy { $0.isUppercase || !$0.isLetter } }) {
            // "CEPAL Panel de Expertos": the label follows the organisation's acronym.
            labelStart = words.index(after: acronym)
        }
        guard labelStart < words.endIndex, words[labelStart].first?.isUppercase == true else {
            // No label found inside the part: the whole part starts what follows the speaker.
            let speaker = clean(String(beforeColon[..<comma]))
            return (speaker, clean(String(text[text.index(after: comma)...])))
        }
        let restStart = words[labelStart].startIndex
        let speaker = clean(String(text[..<restStart]))
        return (speaker.hasSuffix(",") ? String(speaker.dropLast()) : speaker, clean(String(text[restStart...])))
    }
}
