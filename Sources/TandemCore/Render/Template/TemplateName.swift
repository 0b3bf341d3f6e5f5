/// A name in a tag, split once at parse time: `page.title` → ["page", "title"].
struct TemplateName: Sendable, Equatable {
    enum Scope: Sendable, Equatable {
        /// `.`: the value on top of the context stack.
        case current
        /// `.name`: looked up in the value on top of the stack only.
        case top
        /// `name`: the first part is searched for down the whole stack.
        case stack
    }

    var scope: Scope
    var parts: [String]
    /// As written, for errors and for matching a section's closing tag.
    var text: String

    init(_ text: String) {
        self.text = text
        parts = text.split(separator: ".").map(String.init)
        scope = text == "." ? .current : (text.first == "." ? .top : .stack)
    }
}
