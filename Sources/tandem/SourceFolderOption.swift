import ArgumentParser
import Foundation

/// `--source DIR`, the option every command that reads a site shares: declared once and
/// taken into each command with `@OptionGroup`.
struct SourceFolderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder: the one holding tandem.yaml, content/ and themes/.", valueName: "dir"))
    var source: String = "."

    var siteFolder: URL { URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteFolder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--source '\(source)' is not a folder")
        }
    }
}
