import Foundation

/// A language's search index as a few dozen small files under `<lang>/search-index/`, so that a
/// query downloads only what it needs, not every page's entry:
///
/// - `index.json`, the manifest: `{"d":[0,71,…],"n":5000,"p":[…],"w":[…]}`: the first page
///   of each document shard, the number of pages, and the first key of each pair and word shard.
/// - `w0.json`, `w1.json`, …: an inverted index, `{"agua":"0,3!,1z",…}`: each folded word
///   with the pages it is on, in code-point order, cut into shards of about
///   `shardBytes`. A page list is ascending page numbers, each written as the difference
///   from the one before in base 36, followed by `!` when the word is in the page's title.
/// - `p0.json`, …: the same for adjacent word pairs (`"participacion ciudadana"`), fetched
///   only for queries of two words or more, to rank pages holding the phrase first.
/// - `d0.json`, …: the documents, `[["title","url","section","text"],…]`, in page order, cut
///   into shards of about `documentBytes`, fetched only for the results shown.
///
/// The script (`tandem.js`) reads the manifest, fetches the shards whose key ranges can
/// hold each query word (all words, as typed, match the start of a page's words), and
/// then the document shards of the twelve best pages.
enum SearchShards {
    /// Raw bytes a word or pair shard grows to before the next one starts (a sixth to a
    /// third of that gzipped).
    static let shardBytes = 24_000
    /// Raw bytes a document shard grows to: twelve results fetch at most twelve such files
    /// (about 5 KB each gzipped), and short texts make fewer files.
    static let documentBytes = 16_000
    static let folder = "search-index/"

    /// The files of one language's index, paths relative to the language folder
    /// (`search-index/index.json`, …), for pages numbered in the order given.
    static func files(_ pages: [SearchPageTerms]) -> [OutputFile] {
        var index = SearchShardIndex(pages)
        return index.allFiles(keepingTerms: false)
    }

    /// Ascending page numbers as base-36 differences, `!` after those with the term in the title.
    static func appendPostings(_ postings: [UInt32], to output: inout [UInt8]) {
        var previous: UInt32 = 0
        for (position, posting) in postings.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            let page = posting >> 1
            appendBase36(page - previous, to: &output)
            if posting & 1 == 1 { output.append(UInt8(ascii: "!")) }
            previous = page
        }
    }

    /// `String(number, radix: 36)`'s digits, without making a String per posting.
    static func appendBase36(_ number: UInt32, to output: inout [UInt8]) {
        guard number >= 36 else {
            output.append(number < 10 ? UInt8(ascii: "0") + UInt8(number) : UInt8(ascii: "a") + UInt8(number - 10))
            return
        }
        appendBase36(number / 36, to: &output)
        appendBase36(number % 36, to: &output)
    }

    static func appendList(_ strings: [String], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (position, string) in strings.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            JSONStringWriter.append(string, to: &output)
        }
        output.append(UInt8(ascii: "]"))
    }
}
