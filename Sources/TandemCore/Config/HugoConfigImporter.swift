import Foundation

/// `tandem init --from-hugo`: reads a Hugo site's configuration (`hugo.toml|yaml|json`
/// or `config.toml|yaml|json` at the root, and `config/_default/*`) and writes the
/// `tandem.yaml` that publishes the same content at the same URLs, with a list of
/// what it mapped and what it could not, each with the reason. Content is not touched.
///
/// A pure mapper: `map(files:)` takes the configuration files' names and texts, so it
/// is tested without a disk; `read(siteFolder:)` collects them from a Hugo site.
public struct HugoConfigImporter: Sendable {
    public struct Result: Sendable {
        /// The `tandem.yaml` text.
        public var yaml: String
        /// `Hugo setting → Tandem setting` lines.
        public var mapped: [String]
        /// `Hugo setting: why not` lines.
        public var notMapped: [String]
        public var diagnostics: [Diagnostic]
    }

    /// One configuration file: its path from the site folder and its text.
    public struct ConfigFile: Sendable {
        public var path: String
        public var text: String
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public init() {}

    public static let rootNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"]

    /// The configuration files of a Hugo site, in the order Hugo merges them (later wins):
    /// `config/_default/*` first, the root file last; nil when there is none.
    public static func read(siteFolder: URL) -> [ConfigFile]? {
        var files: [ConfigFile] = []
        let folder = siteFolder.appendingPathComponent("config/_default", isDirectory: true)
        for name in ThemeLoader.files(under: folder, extension: "") where !name.contains("/") {
            let ext = name.split(separator: ".").last.map(String.init) ?? ""
            guard ["toml", "yaml", "yml", "json"].contains(ext),
                  let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  case .success(let text) = TextDecoder.decode(Array(data)) else { continue }
            files.append(ConfigFile(path: "config/_default/" + name, text: text))
        }
        if let root = rootNames.first(where: { FileManager.default.fileExists(atPath: siteFolder.appendingPathComponent($0).path) }),
           let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent(root).path),
           case .success(let text) = TextDecoder.decode(Array(data)) {
            files.append(ConfigFile(path: root, text: text))
        }
        return files.isEmpty ? nil : files
    }

    /// Reads each file and merges them into one settings tree (keys lowercased, as Hugo
    /// compares them), then maps it.
    public func map(files: [ConfigFile]) -> Result {
        var diagnostics = DiagnosticBag()
        var settings: [String: FrontMatterValue] = [:]
        for file in files {
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            var parts = name.split(separator: ".").map(String.init)
            let ext = parts.removeLast()
            let entries: [FrontMatterEntry]?
            var found = DiagnosticBag()
            switch ext {
            case "toml": entries = TOMLReader(path: file.path).readMapping(file.text, what: "Hugo configuration", diagnostics: &found)
            case "json": entries = JSONReader(path: file.path).readMapping(file.text, what: "Hugo configuration", diagnostics: &found)
            default: entries = YAMLReader(path: file.path).readMapping(file.text, what: "Hugo configuration", diagnostics: &found)
            }
            let isRoot = file.path == name || parts.first == "hugo" || parts.first == "config"
            // A file Tandem takes nothing from (params, menus…) cannot stop the import: its
            // problems are warnings.
            let isUsed = isRoot || ["languages", "permalinks", "markup"].contains(parts.first?.lowercased() ?? "")
            for item in found.items {
                if isUsed || item.severity != .error {
                    diagnostics.append(item)
                } else {
                    diagnostics.warning(item.location, item.message + " (Tandem takes nothing from this file)", hint: item.hint)
                }
            }
            guard let entries else { continue }
            let tree = Self.lowercased(.map(entries))
            if isRoot {
                Self.merge(tree, into: &settings)
            } else if parts.count == 1, let key = parts.first?.lowercased() {
                // `config/_default/params.toml` is the `params` key.
                Self.merge(.map([FrontMatterEntry(key: key, value: tree, location: SourceLocation(path: file.path))]), into: &settings)
            } else if parts.count == 2 {
                // `menus.en.toml`: a language's own setting.
                let language = parts[1].lowercased(), key = parts[0].lowercased()
                let inner = FrontMatterValue.map([FrontMatterEntry(key: key, value: tree, location: SourceLocation(path: file.path))])
                let wrapped = FrontMatterValue.map([FrontMatterEntry(key: "languages", value: .map([
                    FrontMatterEntry(key: language, value: inner, location: SourceLocation(path: file.path)),
                ]), location: SourceLocation(path: file.path))])
                Self.merge(wrapped, into: &settings)
            }
        }
        var result = mapSettings(settings)
        result.diagnostics = diagnostics.items
        return result
    }

    /// Keys lowercased at every level (Hugo's keys are case-insensitive).
    static func lowercased(_ value: FrontMatterValue) -> FrontMatterValue {
        switch value {
        case .map(let entries): .map(entries.map { FrontMatterEntry(key: $0.key.lowercased(), value: lowercased($0.value), location: $0.location) })
        case .list(let items): .list(items.map(lowercased))
        default: value
        }
    }

    /// Deep merge: maps merge key by key, anything else is replaced.
    static func merge(_ value: FrontMatterValue, into settings: inout [String: FrontMatterValue]) {
        guard case .map(let entries) = value else { return }
        for entry in entries {
            if case .map = entry.value, case .map(let existing)? = settings[entry.key] {
                var inner = Dictionary(existing.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })
                merge(entry.value, into: &inner)
                settings[entry.key] = .map(inner.keys.sorted().map { FrontMatterEntry(key: $0, value: inner[$0] ?? .null, location: entry.location) })
            } else {
                settings[entry.key] = entry.value
            }
        }
    }
}
