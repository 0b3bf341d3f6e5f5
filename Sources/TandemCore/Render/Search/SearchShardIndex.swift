import Foundation

/// A language's whole search index (`SearchShards`): its pages' terms, the word and pair
/// postings and the document shards. `tandem build` makes its files once (`allFiles`);
/// the dev server keeps it between rebuilds and, when some pages' terms change but the
/// language's pages stay the same ones in the same order, updates only what those pages
/// change (`replacing`): about a tenth of assembling every shard again at 10k pages.
struct SearchShardIndex: Sendable {
    private(set) var pages: [SearchPageTerms]
    private var words: SearchPostings
    private var pairs: SearchPostings
    /// Bytes of each page's record in its document shard, and each shard's first page number.
    private var recordSizes: [Int] = []
    private var documentStarts: [Int] = []

    init(_ pages: [SearchPageTerms]) {
        self.pages = pages
        words = SearchPostings(prefix: "w")
        pairs = SearchPostings(prefix: "p")
    }

    /// Every file of the index (paths relative to the language's folder), the manifest first.
    /// Without `keepingTerms`, each inverted index is dropped once written (one at a time in
    /// memory, as a build needs), and `replacing` may not be called.
    mutating func allFiles(keepingTerms: Bool = true) -> [OutputFile] {
        var files = words.allFiles(pages) { $0.words }
        if !keepingTerms { words.forgetTerms() }
        files += pairs.allFiles(pages) { $0.pairs }
        if !keepingTerms { pairs.forgetTerms() }
        recordSizes = pages.map(\.record.count)
        documentStarts = SearchPostings.cuts(recordSizes, limit: SearchShards.documentBytes)
        return [manifest()] + files + documentStarts.indices.map(documentShard)
    }

    /// The pages at the given numbers have new terms: the files that change (the manifest
    /// always), and the paths of those that stay as they were.
    mutating func replacing(_ changed: [Int: SearchPageTerms]) -> (files: [OutputFile], unchanged: [String]) {
        let wordStarts = words.startKeys, pairStarts = pairs.startKeys
        var changedWords = Set<String>(), changedPairs = Set<String>(), changedRecords: [Int] = []
        for (number, terms) in changed.sorted(by: { $0.key < $1.key }) {
            changedWords.formUnion(words.replace(page: number, old: pages[number].words, new: terms.words))
            changedPairs.formUnion(pairs.replace(page: number, old: pages[number].pairs, new: terms.pairs))
            if pages[number].record != terms.record { changedRecords.append(number) }
            pages[number] = terms
            recordSizes[number] = terms.record.count
        }
        let (wordFiles, sameWords) = words.changedFiles(changed: changedWords, previousStarts: wordStarts)
        let (pairFiles, samePairs) = pairs.changedFiles(changed: changedPairs, previousStarts: pairStarts)
        let previousDocuments = documentStarts
        documentStarts = SearchPostings.cuts(recordSizes, limit: SearchShards.documentBytes)
        var files = [manifest()] + wordFiles + pairFiles
        var unchanged = sameWords + samePairs
        for number in documentStarts.indices {
            let end = number + 1 < documentStarts.count ? documentStarts[number + 1] : pages.count
            let previousEnd = number + 1 < previousDocuments.count ? previousDocuments[number + 1] : pages.count
            let same = number < previousDocuments.count && previousDocuments[number] == documentStarts[number] && previousEnd == end
                && !changedRecords.contains { $0 >= documentStarts[number] && $0 < end }
            if same { unchanged.append(documentPath(number)) } else { files.append(documentShard(number)) }
        }
        return (files, unchanged)
    }

    /// `index.json`: `{"d":[…],"n":…,"p":[…],"w":[…]}`.
    private func manifest() -> OutputFile {
        var manifest: [UInt8] = Array(#"{"d":["#.utf8)
        manifest += Array(documentStarts.map(String.init).joined(separator: ",").utf8)
        manifest += Array(#"],"n":\#(pages.count),"p":"#.utf8)
        SearchShards.appendList(pairs.startKeys, to: &manifest)
        JSONStringWriter.append(literal: #","w":"#, to: &manifest)
        SearchShards.appendList(words.startKeys, to: &manifest)
        manifest.append(UInt8(ascii: "}"))
        return OutputFile(path: SearchShards.folder + "index.json", data: Data(manifest))
    }

    private func documentPath(_ number: Int) -> String { SearchShards.folder + "d\(number).json" }

    /// `d<number>.json`: `[record,record,…]`.
    private func documentShard(_ number: Int) -> OutputFile {
        let end = number + 1 < documentStarts.count ? documentStarts[number + 1] : pages.count
        var shard: [UInt8] = []
        for page in pages[documentStarts[number]..<end] {
            shard.append(UInt8(ascii: shard.isEmpty ? "[" : ","))
            shard += page.record
        }
        shard.append(UInt8(ascii: "]"))
        return OutputFile(path: documentPath(number), data: Data(shard))
    }
}
