/// What a template sees: text, flags, numbers, lists and maps, typed. The
/// templates used to get `[String: Any]`, and swift-mustache looked every name
/// up with protocol casts on `Any` (about 140 ns each, several per tag); that
/// was a quarter of a 10k-page build. A switch over this enum costs nothing.
public enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case number(Int)
    case list([TemplateValue])
    case map([String: TemplateValue])
    /// Present but empty: it stops the search up the context stack and renders nothing.
    case null

    /// Converts the untyped values context builders make: strings, booleans,
    /// integers, dictionaries with string keys and arrays of any of these.
    public init(_ value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let map as [String: Any]: self = .map(map.mapValues(TemplateValue.init))
        case let flag as Bool: self = .bool(flag)
        case let list as [[String: Any]]: self = .list(list.map { .map($0.mapValues(TemplateValue.init)) })
        case let list as [String]: self = .list(list.map(TemplateValue.text))
        case let number as Int: self = .number(number)
        case let value as TemplateValue: self = value
        case let map as [String: TemplateValue]: self = .map(map)
        case let list as [TemplateValue]: self = .list(list)
        case let list as [Any]: self = .list(list.map(TemplateValue.init))
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                self = mirror.children.first.map { TemplateValue($0.value) } ?? .null
            } else {
                self = .text(String(describing: value))
            }
        }
    }

    /// The text `{{name}}` writes before escaping; nil writes nothing.
    var renderedText: String? {
        switch self {
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list, .map: description
        case .null: nil
        }
    }

    /// Lists and maps printed as Swift prints them (maps with sorted keys, to stay deterministic).
    var description: String {
        switch self {
        case .text(let text): text.debugDescription
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let map):
            map.isEmpty ? "[:]" : "[" + map.keys.sorted().map { "\($0.debugDescription): \(map[$0]!.description)" }.joined(separator: ", ") + "]"
        case .null: "nil"
        }
    }
}
