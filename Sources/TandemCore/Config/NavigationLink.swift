/// One link the site settings add to every page: a menu entry, a footer link
/// or the logo (`menus:`, `footer:`, `logo:` in `tandem.yaml`).
///
///     menus:
///       es:
///         - section: agendas              # the section's page, its title
///         - title: Contacto
///           url: /es/contacto/            # a path on the site: follows the base URL
///         - title: Blog
///           url: https://blog.example.org/
public struct NavigationLink: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        /// A section path (`agendas`, `programmes/2024`): that section's page in each language.
        case section(String)
        /// A path on the site counted from its root (`es/contacto/`), without the base URL.
        case sitePath(String)
        /// An http, https, mailto or tel URL, as written.
        case external(SafeURL)
    }

    /// The text shown; empty for a section entry without `title:` (the section's title is used).
    public var title: String
    public var target: Target
    /// Where the entry's target is written, for messages.
    public var location: SourceLocation

    public init(title: String, target: Target, location: SourceLocation) {
        self.title = title
        self.target = target
        self.location = location
    }
}
