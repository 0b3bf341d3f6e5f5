/// What a build did, for the CLI's summary and for tests.
public struct BuildReport: Sendable {
    public struct Untranslated: Sendable, Equatable {
        public var translationKey: String
        public var path: String
        public var missingLanguages: [String]
    }

    /// Sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// True when the build had no errors (and, if asked to, wrote its output).
    public var succeeded: Bool
    /// language code → number of regular (non-list) pages.
    public var pagesPerLanguage: [(code: String, count: Int)] = []
    public var untranslated: [Untranslated] = []
    /// Translations (of any page, list pages included) with no file, and ones whose source changed since (see `StatusReport`).
    public var missingTranslations = 0
    public var staleTranslations = 0
    public var filesWritten = 0
    /// Seconds spent in each stage, in order.
    public var stageTimes: [(stage: String, seconds: Double)] = []
    /// The linked site, when the build got that far (the server and the review use it).
    /// After a build that writes the site, its pages no longer hold their files' text, and
    /// most no longer their body (see `NoStageCache.releasesTexts`); `check` keeps them whole.
    public var site: Site?
    /// Set when the output folder was refused before anything was read or written (a usage error).
    public var outputFolderError: OutputFolderError?

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var totalSeconds: Double { stageTimes.reduce(0) { $0 + $1.seconds } }
}
