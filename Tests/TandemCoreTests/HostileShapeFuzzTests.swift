#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization
import Testing
@testable import TandemCore

/// Generators for the shapes plain mutation never reaches: nesting tens of thousands
/// deep, YAML anchors and aliases that expand exponentially, and special files (pipes,
/// devices, links out of the site, oversized files) where the site has files. Every
/// input runs under `FuzzBudget` and fails with the seed that replays it.
@Suite("Fuzzing hostile shapes")
struct HostileShapeFuzzTests {
    /// A hundredth of the mutation fuzzer's inputs: each of these is large (a debug build
    /// takes about a second on a deep-nesting input).
    static let iterations = max(3, FuzzTests.iterations / 300)

    // MARK: Deep nesting

    /// Openers that nest when repeated, some closed again in reverse.
    static let openers: [(open: String, close: String)] = [
        ("- ", ""), ("1. ", ""), ("> ", ""), ("*", "*"), ("**", "**"), ("_", "_"), ("[", "](u)"),
        ("![", "](i)"), ("`", "`"), ("~~", "~~"), ("<em>", "</em>"), ("  ", ""), ("| ", " |"), ("[^", "]"),
    ]

    static func deepNesting(using rng: inout SplitMix) -> String {
        let depth = Int.random(in: 1_000...30_000, using: &rng)
        let kinds = (0..<Int.random(in: 1...3, using: &rng)).map { _ in openers[Int.random(in: 0..<openers.count, using: &rng)] }
        var open = ""
        var close = ""
        open.reserveCapacity(depth * 3)
        for level in 0..<depth {
            let kind = kinds[level % kinds.count]
            open += kind.open
            close = kind.close + close
            // Now and then a line break, so that block and inline nesting mix.
            if Int.random(in: 0..<2_000, using: &rng) == 0 { open += "\n" }
        }
        return "---\ntitle: Hondo\n---\n" + open + "x" + close + "\n"
    }

    @Test func deepNestingParsesWithinTheBudget() {
        for index in 0..<Self.iterations {
            let seed = FuzzBudget.seed(base: 25_000, index: index)
            if let replay = FuzzBudget.replaySeed, replay != seed { continue }
            var rng = SplitMix(state: seed)
            let text = Self.deepNesting(using: &rng)
            guard FuzzBudget.run(seed: seed, what: "deep nesting \(index)", { FuzzTests.parseEverything(text) }) else { break }
        }
    }

    // MARK: Alias expansion

    /// Front matter whose anchors each repeat the previous one `fanOut` times, in flow or
    /// block style, as values, list items or keys: fanOut^levels nodes once expanded.
    static func aliasExpansion(using rng: inout SplitMix) -> String {
        let levels = Int.random(in: 2...12, using: &rng)
        let fanOut = Int.random(in: 2...12, using: &rng)
        var lines = ["title: Bomba", "l0: &l0 [x, y]"]
        for level in 1...levels {
            let alias = "*l\(level - 1)"
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                lines.append("l\(level): &l\(level) [" + Array(repeating: alias, count: fanOut).joined(separator: ", ") + "]")
            case 1:
                lines.append("l\(level): &l\(level)")
                lines += Array(repeating: "  - \(alias)", count: fanOut)
            case 2:
                lines.append("l\(level): &l\(level) {" + (0..<fanOut).map { "k\($0): \(alias)" }.joined(separator: ", ") + "}")
            default:
                lines.append("l\(level): &l\(level)")
                lines += (0..<fanOut).map { "  ? [\(alias), \($0)]\n  : \(alias)" }
            }
        }
        return "---\n" + lines.joined(separator: "\n") + "\n---\nTexto.\n"
    }

    @Test func aliasExpansionIsRefusedWithinTheBudget() {
        let refused = Mutex(0)
        for index in 0..<Self.iterations * 10 {
            let seed = FuzzBudget.seed(base: 99_999, index: index)
            if let replay = FuzzBudget.replaySeed, replay != seed { continue }
            var rng = SplitMix(state: seed)
            let text = Self.aliasExpansion(using: &rng)
            let ok = FuzzBudget.run(seed: seed, what: "alias expansion \(index)") {
                let file = SourceFile(path: "content/f.es.md", contentPath: "f.es.md", sectionPath: "", baseName: "f", languageCode: "es", text: text)
                var bag = DiagnosticBag()
                _ = PageParser().parse(file, diagnostics: &bag)
                if bag.errors.contains(where: { $0.message.contains("may not use YAML aliases") }) { refused.withLock { $0 += 1 } }
            }
            guard ok else { break }
        }
        #expect(refused.withLock { $0 } == (FuzzBudget.replaySeed == nil ? Self.iterations * 10 : 1), "every generated alias is refused")
    }

    // MARK: Special files

    enum SpecialFile: CaseIterable {
        case namedPipe, linkToDevice, linkOutside, oversized, socket
    }

    /// Places a special file of each drawn kind somewhere Tandem reads from.
    static func placeSpecialFiles(in site: TestSite, outside: URL, using rng: inout SplitMix) throws -> Set<String> {
        let places = ["content/x.es.md", "content/sub/y.en.md", "static/z.txt", "static/deep/w.css", "themes/default/templates/t.mustache", "themes/default/assets/a.js"]
        var placed = Set<String>()
        for place in places where Bool.random(using: &rng) {
            let url = site.folder.appendingPathComponent(place)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch SpecialFile.allCases[Int.random(in: 0..<SpecialFile.allCases.count, using: &rng)] {
            case .namedPipe:
                guard mkfifo(url.path, 0o644) == 0 else { continue }
            case .linkToDevice:
                try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: ["/dev/zero", "/dev/urandom", "/dev/null"][Int.random(in: 0..<3, using: &rng)])
            case .linkOutside:
                try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: outside.path)
            case .oversized:
                // Sparse: a file bigger than the limit costs no disk.
                guard FileManager.default.createFile(atPath: url.path, contents: nil), truncate(url.path, off_t(FileLimits.defaultMaxSize + 1)) == 0 else { continue }
            case .socket:
                guard Self.bindSocket(at: url.path) else { continue }
            }
            placed.insert(place)
        }
        return placed
    }

    static func bindSocket(at path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
    }

    @Test func specialFilesAreErrorsAtTheirPathsWithinTheBudget() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-outside-\(UUID().uuidString).txt")
        try "secreto".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        for index in 0..<Self.iterations {
            let seed = FuzzBudget.seed(base: 8, index: index)
            if let replay = FuzzBudget.replaySeed, replay != seed { continue }
            var rng = SplitMix(state: seed)
            let site = try TestSite("-- content/a.es.md --\n---\ntitle: A\n---\nTexto.\n")
            defer { site.cleanUp() }
            let placed = try Self.placeSpecialFiles(in: site, outside: outside, using: &rng)
            let paths = Mutex<Set<String>>([])
            let ok = FuzzBudget.run(seed: seed, what: "special files \(index) (\(placed.sorted().joined(separator: ", ")))") {
                let report = site.build()
                paths.withLock { $0 = Set(report.errors.map(\.location.path)) }
            }
            guard ok else { break }
            let reported = paths.withLock { $0 }
            #expect(placed.isSubset(of: reported), "seed \(seed): \(placed.subtracting(reported).sorted()) not reported")
        }
    }
}
