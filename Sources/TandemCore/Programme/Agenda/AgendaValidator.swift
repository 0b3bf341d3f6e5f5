/// Checks an agenda for the mistakes that survive proofreading: times that do
/// not add up, overlaps, weekdays that do not match their dates. Everything is a
/// warning here; the build turns warnings into errors under `--strict`.
public enum AgendaValidator: Sendable {
    public static func validate(_ agenda: Agenda) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let path = agenda.path
        var seenDates: [CalendarDate: Int] = [:]
        for day in agenda.days {
            let location = SourceLocation(path: path, line: day.line)
            if let stated = day.heading.weekday, let actual = Weekday(of: day.date), stated != actual {
                let written = day.heading.weekdayText ?? stated.name(language: agenda.metadata.language)
                found.append(.warning(location,
                    "'\(written)' does not match \(day.date.iso), which is a \(actual.name(language: "en")) (\(actual.name(language: "es")))",
                    hint: "correct the weekday or the date"))
            }
            if !agenda.metadata.dates.isEmpty, !agenda.metadata.dates.contains(day.date) {
                let listed = agenda.metadata.dates.map(\.iso).joined(separator: ", ")
                found.append(.warning(location, "\(day.date.iso) is not one of the agenda's dates (\(listed))",
                                      hint: "correct the heading or the `dates` in the front matter"))
            }
            if let earlier = seenDates[day.date] {
                found.append(.warning(location, "\(day.date.iso) already has a day heading on line \(earlier)"))
            } else {
                seenDates[day.date] = day.line
            }
            found += sessionWarnings(day, path: path)
        }
        return found
    }

    private static func sessionWarnings(_ day: AgendaDay, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for session in day.sessions {
            let location = SourceLocation(path: path, line: session.line)
            if let end = session.writtenEnd, end <= session.start {
                found.append(.warning(location, "this session ends at \(end) but starts at \(session.start)",
                                      hint: "the end of a range must come after its start"))
            } else if let end = session.writtenEnd, let stated = session.statedDuration {
                let actual = end.minutesSinceMidnight - session.start.minutesSinceMidnight
                if actual != stated {
                    found.append(.warning(location, "stated duration \(minutes(stated)) but \(session.start)–\(end) is \(minutes(actual))",
                                          hint: "correct the duration in parentheses or the time range"))
                }
            }
        }
        // Sessions without a room are plenary: they share one track.
        let tracks = Dictionary(grouping: day.sessions.enumerated(), by: { $0.element.room ?? "" })
        for key in tracks.keys.sorted() {
            let ordered = (tracks[key] ?? []).sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
            for (current, next) in zip(ordered, ordered.dropFirst()) {
                let track = key.isEmpty ? "the same track" : "room '\(key)'"
                if current.start == next.start {
                    found.append(.warning(SourceLocation(path: path, line: next.line),
                        "this session starts at \(next.start), like '\(current.title)' (line \(current.line)) in \(track)",
                        hint: "give parallel sessions a room (`Sala: …`) or correct the time"))
                } else if let end = current.statedEnd, end > current.start, end > next.start {
                    found.append(.warning(SourceLocation(path: path, line: current.line),
                        "this session ends at \(end) but '\(next.title)' (line \(next.line)) starts at \(next.start) in \(track)",
                        hint: "correct one of the times, or give parallel sessions a room (`Sala: …`)"))
                }
            }
        }
        return found
    }

    /// Warns about sessions whose times differ between an agenda and its translation,
    /// at the translation's lines (the file that has to follow the original).
    public static func compareTranslations(original: Agenda, translation: Agenda) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let path = translation.path
        let other = original.path
        if original.days.count != translation.days.count {
            let line = translation.days.first?.line ?? 1
            found.append(.warning(SourceLocation(path: path, line: line),
                "this translation has \(translation.days.count) day(s) but \(other) has \(original.days.count)",
                hint: "translations of an agenda must list the same days and times"))
        }
        for (source, target) in zip(original.days, translation.days) {
            let dayLocation = SourceLocation(path: path, line: target.line)
            if source.date != target.date {
                found.append(.warning(dayLocation, "this day is \(target.date.iso) but the matching day in \(other) (line \(source.line)) is \(source.date.iso)"))
            }
            if source.sessions.count != target.sessions.count {
                found.append(.warning(dayLocation,
                    "\(target.date.iso) has \(target.sessions.count) session(s) here but \(source.sessions.count) in \(other) (line \(source.line))"))
            }
            for (a, b) in zip(source.sessions, target.sessions) {
                let location = SourceLocation(path: path, line: b.line)
                if a.start != b.start || a.writtenEnd != b.writtenEnd {
                    found.append(.warning(location,
                        "'\(b.title)' is at \(range(b)) here but at \(range(a)) in \(other) (line \(a.line))",
                        hint: "times must be the same in every language"))
                }
            }
        }
        return found
    }

    private static func range(_ session: AgendaSession) -> String {
        session.writtenEnd.map { "\(session.start)–\($0)" } ?? session.start.description
    }

    private static func minutes(_ count: Int) -> String { count == 1 ? "1 minute" : "\(count) minutes" }
}
