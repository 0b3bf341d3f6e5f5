import Foundation

/// The front matter and body a new page starts from (`tandem new`). The site's
/// `archetypes/<section>.md` wins, then its `archetypes/default.md`, then the
/// built-in archetype for the section's kind: an agenda under `agendas/`, a
/// partner list under `partners/`, an event list under `events/` (the folders
/// `ProgrammeKind` recognises), a programme note anywhere else.
///
/// An archetype is plain text with placeholders replaced on creation:
/// `{{title}}` (from the file name: `local-budgets` → "Local budgets"),
/// `{{name}}` (`local-budgets`), `{{section}}`, `{{language}}`, `{{date}}`
/// (today, YYYY-MM-DD) and `{{dayHeading}}` (today as an agenda day heading:
/// "Wednesday 2 December 2026", "Miércoles 2 de diciembre de 2026").
public struct Archetype: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case programmeNote = "programme note", agenda, partners = "partner list", events = "event list"

        /// The kind `ProgrammeKind` will recognise a page of this top-level section as.
        public init(section: String) {
            switch section.split(separator: "/").first.map(String.init) ?? "" {
            case "agendas": self = .agenda
            case "partners": self = .partners
            case "events": self = .events
            default: self = .programmeNote
            }
        }
    }

    public var text: String
    /// Where it came from, for the message: `archetypes/agendas.md` or `built-in agenda`.
    public var origin: String

    public init(text: String, origin: String) {
        self.text = text
        self.origin = origin
    }

    /// The archetype for a page in `section`, in `language`.
    public static func find(section: String, language: String, siteFolder: URL) -> Archetype {
        let top = section.split(separator: "/").first.map(String.init) ?? section
        for candidate in ["archetypes/\(top).md", "archetypes/default.md"] {
            if let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent(candidate).path),
               case .success(let text) = TextDecoder.decode(Array(data)) {
                return Archetype(text: text, origin: candidate)
            }
        }
        let kind = Kind(section: section)
        return Archetype(text: BuiltinArchetypes.text(kind, language: language), origin: "built-in \(kind.rawValue)")
    }

    /// The page text, with every placeholder filled in.
    public func render(name: String, section: String, language: String, date: CalendarDate) -> String {
        let values = [
            "title": Self.title(fromName: name),
            "name": name,
            "section": section,
            "language": language,
            "date": date.iso,
            "dayHeading": Self.dayHeading(date, language: language),
        ]
        var result = text
        for (key, value) in values {
            result = result.replacingOccurrences(of: "{{" + key + "}}", with: value)
        }
        return result
    }

    /// `local-budgets-2026` → "Local budgets 2026".
    static func title(fromName name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: "-").split(separator: "-").joined(separator: " ")
        guard let first = words.first else { return name }
        return first.uppercased() + words.dropFirst()
    }

    /// A heading `DayHeadingParser` reads back as `date`, weekday included.
    static func dayHeading(_ date: CalendarDate, language: String) -> String {
        let month = CalendarWords.monthName(date.month, language: language)
        let weekday = Weekday(of: date)?.name(language: language) ?? ""
        let capitalised = weekday.prefix(1).uppercased() + weekday.dropFirst()
        return language.hasPrefix("es")
            ? "\(capitalised) \(date.day) de \(month) de \(date.year)"
            : "\(capitalised) \(date.day) \(month.prefix(1).uppercased() + month.dropFirst()) \(date.year)"
    }
}
