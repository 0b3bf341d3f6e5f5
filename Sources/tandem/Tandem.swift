import ArgumentParser
import Foundation
import TandemCore

@main
struct Tandem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem",
        abstract: "Build bilingual programme sites from Markdown.",
        discussion: """
            Run it in a site folder (the one with tandem.yaml and content/), or pass --source.
            The default theme is built in; a site's themes/<name>/ only needs the files it changes.

            Examples:
              tandem init my-site               # a new site that builds as it is
              tandem new programmes/water       # a page from its section's archetype
              tandem build                      # content/ → output/
              tandem build --base-url https://example.org/programas/
              tandem check --strict             # validate only, warnings fail
            """,
        version: TandemVersion.current,
        subcommands: [
            InitCommand.self, NewCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, StatusCommand.self,
            ReviewCommand.self, TranslateCommand.self, ThemeCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Exit codes: 0 ok, 1 content errors, 2 usage errors (ArgumentParser's own is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
