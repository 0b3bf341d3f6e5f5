/// `build`'s sink: every file goes into the staging folder; `finish` swaps it in whole.
extension OutputWriter: OutputSink {
    func put(_ file: OutputFile) throws -> Bool {
        try write(file)
    }

    /// The staging folder may be a spare holding an earlier site, but not necessarily this
    /// output's previous one: every file goes through `put`, which skips unchanged bytes.
    func holds(_ path: String) -> Bool { false }

    /// Nothing to collect: the writer itself knows what the run wrote (a spare deletes the rest).
    var needsProducedPaths: Bool { false }

    func finish(produced: Set<String>) throws -> [String] {
        try commit()
        return []
    }
}
