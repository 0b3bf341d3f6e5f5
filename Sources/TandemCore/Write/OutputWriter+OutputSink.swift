/// `build`'s sink: every file goes into the staging folder; `finish` swaps it in whole.
extension OutputWriter: OutputSink {
    func put(_ file: OutputFile) throws -> Bool {
        try write(file)
        return true
    }

    /// A fresh staging folder holds nothing from an earlier run.
    func holds(_ path: String) -> Bool { false }

    /// Nothing to delete: the swap throws the old folder away whole.
    var needsProducedPaths: Bool { false }

    func finish(produced: Set<String>) throws -> [String] {
        try commit()
        return []
    }
}
