import Foundation
import PackagePlugin

/// Compiles `themes/default` into TandemCore: before TandemCore builds, the
/// `ThemeEmbedder` tool writes every file of the folder (base64, byte-exact)
/// into a generated Swift file. The folder is the only copy of the theme, so
/// the executable's built-in theme cannot drift from it.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "themes/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinThemeFiles.swift")
        // Every file and folder is an input: editing a file, or adding or removing
        // one (which changes its folder), runs the embedder again.
        var inputs: [URL] = [theme]
        if let enumerator = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
            for case let url as URL in enumerator { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding themes/default",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [theme.path, output.path],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
