import Foundation

/// Why a scaffolding command wrote nothing.
public enum ScaffoldError: Error, Equatable, CustomStringConvertible {
    /// The file is already there; scaffolding never overwrites.
    case fileExists(String)
    /// A language the built-in theme has no UI strings for.
    case unsupportedLanguage(String, supported: [String])
    case invalidLanguageCode(String)
    /// `tandem new` was given something other than `<section>/<name>`.
    case invalidPagePath(String)
    case unknownLanguage(String, site: [String])
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .fileExists(let path):
            return "\(path) already exists; nothing was written (move it away or choose another name)"
        case .unsupportedLanguage(let code, let supported):
            return "the built-in theme has no UI strings for '\(code)' (it has \(supported.joined(separator: ", "))): "
                + "start with --languages \(supported.joined(separator: ",")), then add '\(code)' to tandem.yaml and "
                + "translate its UI strings in themes/default/i18n/\(code).yaml (`tandem theme export` writes en.yaml there to copy)"
        case .invalidLanguageCode(let code):
            return "'\(code)' is not a language code; use codes like es, en, pt-BR"
        case .invalidPagePath(let path):
            return "'\(path)' is not <section>/<name>: write e.g. programmes/local-budgets (lower-case letters, digits and dashes)"
        case .unknownLanguage(let code, let site):
            return "'\(code)' is not one of the site's languages (\(site.joined(separator: ", "))) in tandem.yaml"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
