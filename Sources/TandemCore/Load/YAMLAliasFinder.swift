import CYaml

/// Finds the first alias (`*name`) in a YAML text by reading libyaml's events,
/// before Yams builds any node.
///
/// Yams replaces each alias by the node it names while composing, so nine levels
/// of anchors, each listing the previous one nine times, become 9⁹ nodes: 400
/// bytes of front matter ran a build past a minute and 10 GB. Tandem's YAML
/// (front matter, `tandem.yaml`, UI strings) has no use for aliases, so any alias
/// is refused where it is written; reading the events costs no more than parsing.
enum YAMLAliasFinder {
    struct Alias: Equatable {
        var name: String
        /// Line and column within the YAML text, both counted from 1.
        var line: Int
        var column: Int
    }

    /// The first alias, or nil when there is none or the text is malformed
    /// (Yams then reports the syntax error as before).
    static func firstAlias(in yaml: String) -> Alias? {
        // Every alias starts with `*`: a text without one is read without a second pass.
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var bytes = Array(yaml.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Alias? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    return Alias(name: name, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }
}
