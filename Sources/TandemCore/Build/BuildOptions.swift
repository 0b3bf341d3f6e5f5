import Foundation

/// What one build is asked to do; the CLI and the server fill this in.
public struct BuildOptions: Sendable {
    /// The folder holding `tandem.yaml`, `content/` and `themes/`.
    public var siteFolder: URL
    /// Where the site goes; nil means `output/` inside the site folder.
    public var outputFolder: URL?
    public var baseURL: String?
    public var includeDrafts = false
    /// Warnings count as errors.
    public var strict = false
    /// False for `tandem check`: validate everything, write nothing.
    public var writeOutput = true
    /// "Today" for everything that depends on it (past and upcoming events);
    /// injected so that output is reproducible.
    public var buildDate: CalendarDate
    /// HTML added before `</body>` (live reload while serving).
    public var bodySuffix = ""
    /// Keep the stage results (pages, Markdown, programme data) until the process ends
    /// instead of freeing them when `build()` returns. For the command line, which exits
    /// right after: freeing a 10k-page site object by object took 0.2 s on one core.
    public var keepsResultsUntilExit = false
    /// Replace an existing output folder even when it has files and no Tandem marker
    /// (`--force`). The site's own sources and existing files are refused all the same.
    public var force = false
    /// Keep the replaced site as the next build's staging folder (`--keep-spare`,
    /// `--no-keep-spare`); nil follows `output.keepSpare` in tandem.yaml (default true).
    public var keepsSpare: Bool?

    public init(siteFolder: URL, outputFolder: URL? = nil, buildDate: CalendarDate) {
        self.siteFolder = siteFolder
        self.outputFolder = outputFolder
        self.buildDate = buildDate
    }

    /// The rules the output folder is checked against before a build writes anything.
    public var outputFolderPolicy: OutputFolderPolicy { OutputFolderPolicy(siteFolder: siteFolder, force: force) }

    public var resolvedOutputFolder: URL {
        outputFolder ?? siteFolder.appendingPathComponent("output", isDirectory: true)
    }
}
