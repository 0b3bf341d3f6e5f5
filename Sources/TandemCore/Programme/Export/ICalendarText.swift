import Foundation

/// The text rules of RFC 5545: value escaping, 75-octet line folding, CRLF.
enum ICalendarText: Sendable {
    static let lineBreak = "\r\n"
    static let maximumOctets = 75

    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            // A vertical tab or other control in a title is no TEXT character (RFC 5545 §3.3.11).
            case "\u{0B}", "\u{0C}", "\u{85}": result += " "
            case _ where ControlCharacters.isUnwanted(scalar): break
            default: result.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return result
    }

    /// Folds one content line so that no physical line exceeds 75 octets, breaking
    /// only between characters: a split UTF-8 sequence would corrupt names like "Bávaro".
    static func fold(_ line: String) -> String {
        guard line.utf8.count > maximumOctets else { return line }
        var lines: [String] = []
        var current = ""
        var currentOctets = 0
        // Continuation lines start with a space, which counts towards their 75 octets.
        var limit = maximumOctets
        func append(_ piece: String) {
            let octets = piece.utf8.count
            if currentOctets + octets > limit, !current.isEmpty {
                lines.append(current)
                current = ""
                currentOctets = 0
                limit = maximumOctets - 1
            }
            current += piece
            currentOctets += octets
        }
        var characters = line[...]
        while let character = characters.popFirst() {
            var text = String(character)
            // Keep an escape (`\,`) on one line: the RFC allows splitting it, some readers do not.
            if character == "\\", let escaped = characters.popFirst() { text.append(escaped) }
            if text.utf8.count <= maximumOctets - 1 {
                append(text)
            } else {
                // A grapheme longer than a line (long emoji sequences): fall back to scalars.
                for scalar in text.unicodeScalars { append(String(scalar)) }
            }
        }
        lines.append(current)
        return lines.joined(separator: lineBreak + " ")
    }

    /// Undoes `fold` (RFC 5545 §3.1): a line break followed by a space or tab joins lines.
    static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
    }

    /// Content lines folded and joined with CRLF, ending with CRLF as the RFC requires.
    static func document(_ lines: [String]) -> String {
        lines.map(fold).joined(separator: lineBreak) + lineBreak
    }

    /// `20241101T103000`: a local date-time, read in the zone named by TZID.
    static func dateTime(_ date: CalendarDate, _ time: TimeOfDay) -> String {
        let day = time.hour == 24 ? date.adding(days: 1) : date
        return compact(day) + "T" + ZonedTime.pad(time.hour % 24) + ZonedTime.pad(time.minute) + "00"
    }

    /// `20241101`
    static func compact(_ date: CalendarDate) -> String {
        date.iso.replacingOccurrences(of: "-", with: "")
    }
}
