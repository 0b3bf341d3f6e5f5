/// A folder of `content/` in one language: its list page and the pages in it.
public struct Section: Sendable {
    /// The folder inside `content/` ("" for the root).
    public var path: String
    public var languageCode: String
    /// Index in `Site.pages` of the section's own page (`_index`, written or made up).
    public var pageIndex: Int
    /// Indexes in `Site.pages` of the regular pages directly in this folder, in list order.
    public var pageIndexes: [Int]
    /// Paths of the folders directly inside this one.
    public var childPaths: [String]
    public var weight: Int
}
