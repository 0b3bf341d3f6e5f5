/// Which programme content a page holds, from its front matter `type` or else
/// its top-level folder (`agendas/`, `partners/`, `events/`).
public enum ProgrammeKind: String, Sendable {
    case agenda, partners, events

    public init?(page: Page) {
        guard page.kind == .regular else { return nil }
        if let type = page.frontMatter["type"]?.text {
            self.init(rawValue: type == "agendas" ? "agenda" : type)
            return
        }
        switch page.sectionPath.split(separator: "/").first {
        case "agendas": self = .agenda
        case "partners": self = .partners
        case "events": self = .events
        default: return nil
        }
    }
}
