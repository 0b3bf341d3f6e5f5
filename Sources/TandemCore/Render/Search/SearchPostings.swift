import Foundation

/// One inverted index of a language's search index (its words, or its word pairs): each
/// term with the pages it is on, and the shard files it is cut into (`SearchShards`).
///
/// Kept by the dev server between rebuilds with the bytes each term's entry takes and
/// where each shard starts, so that when a few pages' terms change (`replace`) only their
/// terms' entries are encoded again, the cuts are found again from the sizes (integers, no
/// encoding), and only the shards whose terms or bounds changed are written again
/// (`changedFiles`). Both ways run the same encoder, so they give the same bytes.
struct SearchPostings: Sendable {
    /// "w" or "p": the shard files are `w0.json`, `w1.json`, …
    let prefix: String
    /// term → postings: page number << 1, | 1 when the term is in the page's title, ascending.
    private(set) var postings: [String: [UInt32]] = [:]
    /// The terms, in code-point order (`UTF8Order`): the order of the shards.
    private(set) var keys: [String] = []
    /// Bytes of each key's entry (`"key":"postings"`), without the `{` or `,` before it.
    private(set) var sizes: [Int] = []
    /// The index in `keys` of each shard's first key.
    private(set) var starts: [Int] = []
    /// The first key of each shard, for the manifest (kept by `forgetTerms`).
    private(set) var startKeys: [String] = []

    init(prefix: String) { self.prefix = prefix }

    /// Drops the postings, to free them once the files are made, when no rebuild will follow.
    mutating func forgetTerms() {
        postings = [:]
        keys = []
        sizes = []
        starts = []
    }

    /// Every shard file of the index of `pages`' terms (`terms` picks words or pairs), pages
    /// numbered in order; finds the entries' sizes and the cuts on the way.
    mutating func allFiles(_ pages: [SearchPageTerms], terms: (SearchPageTerms) -> SearchPageTerms.TermList) -> [OutputFile] {
        postings = [:]
        for (number, page) in pages.enumerated() {
            let posting = UInt32(number) << 1
            terms(page).forEach { text, inTitle in
                // A page lists a term more than once: one posting, in the title if any is.
                postings[text, default: []].addPosting(posting | (inTitle ? 1 : 0))
            }
        }
        keys = postings.keys.sorted(by: UTF8Order.precedes)
        var files: [OutputFile] = []
        var shard: [UInt8] = []
        sizes = []
        sizes.reserveCapacity(keys.count)
        starts = []
        for (position, key) in keys.enumerated() {
            if shard.count >= SearchShards.shardBytes { files.append(close(&shard, number: files.count)) }
            if shard.isEmpty {
                starts.append(position)
                shard.append(UInt8(ascii: "{"))
            } else {
                shard.append(UInt8(ascii: ","))
            }
            let before = shard.count
            appendEntry(key, to: &shard)
            sizes.append(shard.count - before)
        }
        if !shard.isEmpty { files.append(close(&shard, number: files.count)) }
        startKeys = starts.map { keys[$0] }
        return files
    }

    /// Page `number`'s terms were `old` and are now `new`: its postings change. Returns the
    /// terms whose entries changed or went. Call `changedFiles` after the last page.
    mutating func replace(page number: Int, old: SearchPageTerms.TermList, new: SearchPageTerms.TermList) -> Set<String> {
        let before = Self.merged(old), after = Self.merged(new)
        var changed = Set<String>()
        for term in Set(before.keys).union(after.keys) where before[term] != after[term] {
            changed.insert(term)
            var list = postings[term] ?? []
            let position = Self.position(of: number, in: list)
            let present = position < list.count && Int(list[position] >> 1) == number
            if let inTitle = after[term] {
                let posting = UInt32(number) << 1 | (inTitle ? 1 : 0)
                if present { list[position] = posting } else { list.insert(posting, at: position) }
            } else if present {
                list.remove(at: position)
            }
            let place = keyPosition(term)
            let known = place < keys.count && keys[place] == term
            if list.isEmpty {
                postings[term] = nil
                if known {
                    keys.remove(at: place)
                    sizes.remove(at: place)
                }
            } else {
                postings[term] = list
                if !known {
                    keys.insert(term, at: place)
                    sizes.insert(0, at: place)
                }
            }
        }
        return changed
    }

    /// After `replace`: the sizes of the changed terms' entries and the cuts found again; the
    /// shards to write (a changed term in them, or other bounds or place than in
    /// `previousStarts`, the first keys before), and the paths of the others, unchanged.
    mutating func changedFiles(changed: Set<String>, previousStarts: [String]) -> (files: [OutputFile], unchanged: [String]) {
        var scratch: [UInt8] = []
        for term in changed {
            let place = keyPosition(term)
            guard place < keys.count, keys[place] == term else { continue }
            scratch.removeAll(keepingCapacity: true)
            appendEntry(term, to: &scratch)
            sizes[place] = scratch.count
        }
        starts = Self.cuts(sizes, limit: SearchShards.shardBytes)
        startKeys = starts.map { keys[$0] }
        var dirty = Set<Int>()
        for number in startKeys.indices {
            let sameStart = number < previousStarts.count && previousStarts[number] == startKeys[number]
            let sameEnd = number + 1 < startKeys.count
                ? number + 1 < previousStarts.count && previousStarts[number + 1] == startKeys[number + 1]
                : previousStarts.count == startKeys.count
            if !sameStart || !sameEnd { dirty.insert(number) }
        }
        // A changed term (there or gone) marks the shard whose range holds it.
        for term in changed {
            let shard = Self.lastIndex(startKeys) { !UTF8Order.precedes(term, $0) }
            if let shard { dirty.insert(shard) }
        }
        var files: [OutputFile] = []
        var unchanged: [String] = []
        for number in startKeys.indices {
            guard dirty.contains(number) else {
                unchanged.append(path(number))
                continue
            }
            var shard: [UInt8] = [UInt8(ascii: "{")]
            let end = number + 1 < starts.count ? starts[number + 1] : keys.count
            for position in starts[number]..<end {
                if position > starts[number] { shard.append(UInt8(ascii: ",")) }
                appendEntry(keys[position], to: &shard)
            }
            files.append(close(&shard, number: number))
        }
        return (files, unchanged)
    }

    /// The first entry of each shard, cut as `allFiles` cuts: a new shard starts before an
    /// entry once the shard holds `limit` bytes or more.
    static func cuts(_ sizes: [Int], limit: Int) -> [Int] {
        var starts: [Int] = []
        var count = 0
        for (position, size) in sizes.enumerated() {
            if count >= limit { count = 0 }
            if count == 0 {
                starts.append(position)
                count = 1
            } else {
                count += 1
            }
            count += size
        }
        return starts
    }

    private func path(_ number: Int) -> String { SearchShards.folder + prefix + "\(number).json" }

    private func close(_ shard: inout [UInt8], number: Int) -> OutputFile {
        shard.append(UInt8(ascii: "}"))
        defer { shard = [] }
        return OutputFile(path: path(number), data: Data(shard))
    }

    private func appendEntry(_ key: String, to shard: inout [UInt8]) {
        JSONStringWriter.append(key, to: &shard)
        shard.append(UInt8(ascii: ":"))
        shard.append(UInt8(ascii: "\""))
        SearchShards.appendPostings(postings[key] ?? [], to: &shard)
        shard.append(UInt8(ascii: "\""))
    }

    /// Where `term` is or would go in `keys`.
    private func keyPosition(_ term: String) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if UTF8Order.precedes(keys[middle], term) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where page `number`'s posting is or would go in `list`.
    private static func position(of number: Int, in list: [UInt32]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if Int(list[middle] >> 1) < number { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The last index whose element satisfies `isAtOrBefore`, for elements where it holds for a prefix.
    private static func lastIndex(_ elements: [String], _ isAtOrBefore: (String) -> Bool) -> Int? {
        var low = 0, high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrBefore(elements[middle]) { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// Each term of a list once, in the title when any of its repeats is.
    private static func merged(_ list: SearchPageTerms.TermList) -> [String: Bool] {
        var terms: [String: Bool] = [:]
        list.forEach { text, inTitle in terms[text] = (terms[text] ?? false) || inTitle }
        return terms
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
