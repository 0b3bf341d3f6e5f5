import Foundation

/// A file `tandem init`, `tandem new` or `tandem theme export` writes, relative to a folder.
public struct ScaffoldFile: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

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

extension ScaffoldFile {
    /// Writes every file under `folder`, or none: when any of them exists already,
    /// it throws `fileExists` naming the first before writing anything.
    public static func writeAll(_ files: [ScaffoldFile], into folder: URL) throws {
        for file in files where FileManager.default.fileExists(atPath: folder.appendingPathComponent(file.path).path) {
            throw ScaffoldError.fileExists(file.path)
        }
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the check above is still not replaced.
                try file.data.write(to: url, options: .withoutOverwriting)
            } catch {
                throw ScaffoldError.cannotWrite(file.path, error.localizedDescription)
            }
        }
    }
}
