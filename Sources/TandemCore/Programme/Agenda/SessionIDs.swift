/// The id of each session of an agenda: its anchor on the page and the name of its
/// `sessions/<id>.ics`. `s-2024-11-01-1000` when no other session starts at that
/// day and time; sessions that share a start (parallel rooms or tracks) add the
/// slug of their room, or else of their title (`s-2024-11-01-1000-sala-b`), and a
/// number in document order if that is still shared. Only the content decides, so a
/// rebuild of unchanged content gives the same ids, and no two sessions share one.
public enum SessionIDs: Sendable {
    /// Longest slug kept from a room or title, so file names stay short.
    static let maxSlugLength = 40

    /// One id per session of `sessions`, in the same order.
    public static func make(_ sessions: [AgendaSession]) -> [String] {
        let bases = sessions.map(base)
        var sharing: [String: Int] = [:]
        for base in bases { sharing[base, default: 0] += 1 }
        var used = Set<String>()
        var ids: [String] = []
        ids.reserveCapacity(sessions.count)
        for (session, base) in zip(sessions, bases) {
            var id = base
            if sharing[base, default: 0] > 1 {
                let slug = String(Slug.make(session.room ?? session.title).prefix(maxSlugLength))
                if !slug.isEmpty { id += "-" + (slug.hasSuffix("-") ? String(slug.dropLast()) : slug) }
            }
            if used.contains(id) {
                var number = 2
                while used.contains("\(id)-\(number)") { number += 1 }
                id += "-\(number)"
            }
            used.insert(id)
            ids.append(id)
        }
        return ids
    }

    private static func base(_ session: AgendaSession) -> String {
        "s-\(session.date.iso)-\(ZonedTime.pad(session.start.hour))\(ZonedTime.pad(session.start.minute))"
    }
}
