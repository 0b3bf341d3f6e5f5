import ArgumentParser
import Foundation
import TandemCore

@main
struct Tandem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem",
        abstract: "Build bilingual programme sites from Markdown.",
        discussion: """
            Run it in a site folder (the one with tandem.yaml, content/ and themes/), or pass --source.

            Examples:
              tandem build                      # content/ → output/
              tandem build --base-url https://example.org/programas/
              tandem check --strict             # validate only, warnings fail
            """,
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, StatusCommand.self, ReviewCommand.self, TranslateCommand.self],
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
