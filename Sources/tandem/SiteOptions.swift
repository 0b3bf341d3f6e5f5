import ArgumentParser
import Foundation
import TandemCore

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @OptionGroup var folder: SourceFolderOption

    @Flag(name: .long, help: "Treat warnings as errors (for CI).")
    var strict = false

    @Flag(name: .long, help: "Include pages marked `draft: true`.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Override 'today' (YYYY-MM-DD) for past/upcoming events. Defaults to SOURCE_DATE_EPOCH or today.", valueName: "date"))
    var buildDate: String?

    var source: String { folder.source }
    var siteFolder: URL { folder.siteFolder }

    func resolvedBuildDate() throws -> CalendarDate {
        if let buildDate {
            guard let date = CalendarDate(iso: buildDate) else { throw ValidationError("--build-date must be YYYY-MM-DD, not '\(buildDate)'") }
            return date
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return CalendarDate(Date(timeIntervalSince1970: seconds))
        }
        return CalendarDate(Date())
    }
}
