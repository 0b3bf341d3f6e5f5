extension SiteConfigLoader {
    static let knownFileSettings: Set<String> = ["maxSize", "allowSymlinksOutside"]

    /// `files: {maxSize: 32MB, allowSymlinksOutside: false}`, each optional.
    static func fileLimits(_ value: FrontMatterValue?, location: SourceLocation, diagnostics: inout DiagnosticBag) -> FileLimits {
        var limits = FileLimits()
        guard let value else { return limits }
        guard case .map(let entries) = value else {
            diagnostics.error(location, "`files:` must hold settings such as `maxSize: 32MB`", hint: "known settings: \(knownFileSettings.sorted().joined(separator: ", "))")
            return limits
        }
        for entry in entries where !knownFileSettings.contains(entry.key) {
            diagnostics.warning(entry.location, "unknown setting 'files.\(entry.key)' is ignored", hint: "known settings: \(knownFileSettings.sorted().joined(separator: ", "))")
        }
        for entry in entries {
            switch entry.key {
            case "maxSize":
                guard let text = entry.value.text, let size = FileLimits.size(parsing: text) else {
                    diagnostics.error(entry.location, "files.maxSize must be a size such as 32MB, 512KB or 1048576 (bytes)")
                    continue
                }
                limits.maxSize = size
            case "allowSymlinksOutside":
                switch entry.value.text?.lowercased() {
                case "true", "yes", "on": limits.allowSymlinksOutside = true
                case "false", "no", "off": limits.allowSymlinksOutside = false
                default: diagnostics.error(entry.location, "files.allowSymlinksOutside must be true or false")
                }
            default:
                continue
            }
        }
        return limits
    }
}
