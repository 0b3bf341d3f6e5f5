extension SiteConfigLoader {
    static let knownOutputSettings: Set<String> = ["keepSpare"]

    /// `output: {keepSpare: false}`: whether builds keep the replaced site beside the output
    /// folder as the next build's staging folder (default true; see `OutputWriter`).
    static func keepsSpareOutput(_ value: FrontMatterValue?, location: SourceLocation, diagnostics: inout DiagnosticBag) -> Bool {
        guard let value else { return true }
        let known = "known settings: \(knownOutputSettings.sorted().joined(separator: ", "))"
        guard case .map(let entries) = value else {
            diagnostics.error(location, "`output:` must hold settings such as `keepSpare: false`", hint: known)
            return true
        }
        var keepsSpare = true
        for entry in entries {
            guard entry.key == "keepSpare" else {
                diagnostics.warning(entry.location, "unknown setting 'output.\(entry.key)' is ignored", hint: known)
                continue
            }
            switch entry.value.text?.lowercased() {
            case "true", "yes", "on": keepsSpare = true
            case "false", "no", "off": keepsSpare = false
            default: diagnostics.error(entry.location, "output.keepSpare must be true or false, not '\(entry.value.text ?? "a list or a map")'")
            }
        }
        return keepsSpare
    }
}
