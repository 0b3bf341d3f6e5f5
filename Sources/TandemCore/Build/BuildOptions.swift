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

    public init(siteFolder: URL, outputFolder: URL? = nil, buildDate: CalendarDate) {
        self.siteFolder = siteFolder
        self.outputFolder = outputFolder
        self.buildDate = buildDate
    }

    public var resolvedOutputFolder: URL {
        outputFolder ?? siteFolder.appendingPathComponent("output", isDirectory: true)
    }
}
