/// What a language's page footer shows besides the theme's own line
/// (`footer:` in `tandem.yaml`): a line of text and links.
public struct SiteFooter: Hashable, Sendable {
    public var text: String
    public var links: [NavigationLink]

    public init(text: String = "", links: [NavigationLink] = []) {
        self.text = text
        self.links = links
    }
}
