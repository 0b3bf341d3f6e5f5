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
        var files: [OutputFile] = []
        let (wordStarts, wordFiles) = shards(pages, prefix: "w") { $0.words }
        let (pairStarts, pairFiles) = shards(pages, prefix: "p") { $0.pairs }
        files += wordFiles + pairFiles
        var documentStarts: [Int] = []
        var shard: [UInt8] = []
        for (number, page) in pages.enumerated() {
            if shard.count >= documentBytes {
                shard.append(UInt8(ascii: "]"))
                files.append(OutputFile(path: folder + "d\(documentStarts.count - 1).json", data: Data(shard)))
                shard = []
            }
            shard.append(UInt8(ascii: shard.isEmpty ? "[" : ","))
            if shard.count == 1 { documentStarts.append(number) }
            shard += page.record
        }
        if !shard.isEmpty {
            shard.append(UInt8(ascii: "]"))
            files.append(OutputFile(path: folder + "d\(documentStarts.count - 1).json", data: Data(shard)))
        }
        var manifest: [UInt8] = Array(#"{"d":["#.utf8)
        manifest += Array(documentStarts.map(String.init).joined(separator: ",").utf8)
        manifest += Array(#"],"n":\#(pages.count),"p":"#.utf8)
        appendList(pairStarts, to: &manifest)
        JSONStringWriter.append(literal: #","w":"#, to: &manifest)
        appendList(wordStarts, to: &manifest)
        manifest.append(UInt8(ascii: "}"))
        return [OutputFile(path: folder + "index.json", data: Data(manifest))] + files
    }

    /// The inverted index of the terms `terms` gives for each page, cut into shards:
    /// the first key of each shard and the shard files.
    static func shards(_ pages: [SearchPageTerms], prefix: String, terms: (SearchPageTerms) -> SearchPageTerms.TermList)
        -> (starts: [String], files: [OutputFile])
    {
        var postings: [String: [UInt32]] = [:]
        for (number, page) in pages.enumerated() {
            let posting = UInt32(number) << 1
            terms(page).forEach { text, inTitle in
                // A page lists a term more than once: one posting, in the title if any is.
                postings[text, default: []].addPosting(posting | (inTitle ? 1 : 0))
            }
        }
        let keys = postings.keys.sorted(by: UTF8Order.precedes)
        var starts: [String] = []
        var files: [OutputFile] = []
        var shard: [UInt8] = []
        func close() {
            guard !shard.isEmpty else { return }
            shard.append(UInt8(ascii: "}"))
            files.append(OutputFile(path: folder + prefix + "\(files.count).json", data: Data(shard)))
            shard = []
        }
        for key in keys {
            if shard.count >= shardBytes { close() }
            if shard.isEmpty {
                starts.append(key)
                shard.append(UInt8(ascii: "{"))
            } else {
                shard.append(UInt8(ascii: ","))
            }
            JSONStringWriter.append(key, to: &shard)
            shard.append(UInt8(ascii: ":"))
            shard.append(UInt8(ascii: "\""))
            appendPostings(postings[key] ?? [], to: &shard)
            shard.append(UInt8(ascii: "\""))
        }
        close()
        return (starts, files)
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

extension [UInt32] {
    /// Appends a posting (page number << 1 | in-title bit), or merges it into the last one
    /// when that is the same page's.
    fileprivate mutating func addPosting(_ posting: UInt32) {
        if let last, last >> 1 == posting >> 1 {
            self[count - 1] = last | posting
        } else {
            append(posting)
        }
    }
}
