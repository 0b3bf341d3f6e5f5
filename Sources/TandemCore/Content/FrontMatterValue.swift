/// A front matter value as the author wrote it. Scalars stay text (YAML's `no`
/// stays "no", `012` stays "012"); typed fields are read from this by
/// `FrontMatterParser`, which knows what each field should be.
public indirect enum FrontMatterValue: Hashable, Sendable {
    case text(String)
    case list([FrontMatterValue])
    /// Keys in the order written, so templates and exports are deterministic.
    case map([FrontMatterEntry])
    case null

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// A single text counts as a one-element list, so `tags: ODS` and `tags: [ODS]` agree.
    public var textList: [String]? {
        switch self {
        case .text(let value): [value]
        // Empty items (`tags: [a, ]`, a bare `-`) are skipped, as Hugo skips them.
        case .list(let items): items.allSatisfy({ $0.text != nil || $0 == .null }) ? items.compactMap(\.text) : nil
        case .null: []
        case .map: nil
        }
    }

    public subscript(key: String) -> FrontMatterValue? {
        if case .map(let entries) = self { return entries.first { $0.key == key }?.value }
        return nil
    }

    /// The value as plain Swift data for templates: String, [Any], [String: Any].
    public var templateValue: TemplateValue {
        switch self {
        // A script link never reaches a template (`FrontMatterParser` reports it).
        case .text(let value): .text(URLPolicy.isExecutable(value) ? "" : value)
        case .list(let items): .list(items.map(\.templateValue))
        case .map(let entries): .map(Dictionary(entries.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a }))
        case .null: .text("")
        }
    }
}

public struct FrontMatterEntry: Hashable, Sendable {
    public var key: String
    public var value: FrontMatterValue
    public var location: SourceLocation

    public init(key: String, value: FrontMatterValue, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}
