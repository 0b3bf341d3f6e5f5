import Foundation
import Testing
@testable import TandemCore

/// The fast front matter reader must give exactly what Yams gives — keys, values and
/// key positions — whenever it reads a text at all, and must read the bundled content.
@Suite("Simple front matter reader")
struct SimpleFrontMatterReaderTests {
    static let benchCorpus = URL(fileURLWithPath: "/work/main/.build-bench/corpus-10000")

    /// The fast reader's entries, or nil when it leaves the text to Yams.
    static func fast(_ yaml: String, reader: YAMLReader = YAMLReader(path: "a.md", firstLine: 2)) -> [FrontMatterEntry]? {
        SimpleFrontMatterReader.entries(of: yaml, location: reader.location(line:column:))
    }

    static func yams(_ yaml: String, reader: YAMLReader = YAMLReader(path: "a.md", firstLine: 2)) -> (entries: [FrontMatterEntry]?, messages: [String]) {
        var diagnostics = DiagnosticBag()
        let entries = reader.readMappingWithYams(yaml, what: "front matter", diagnostics: &diagnostics)
        return (entries, diagnostics.items.map(\.description))
    }

    /// True when the fast reader accepted `yaml`, after checking Yams reads it alike and without complaint.
    @discardableResult
    static func expectYamsAgrees(_ yaml: String, reader: YAMLReader = YAMLReader(path: "a.md", firstLine: 2)) -> Bool {
        guard let fast = fast(yaml, reader: reader) else { return false }
        let yams = yams(yaml, reader: reader)
        #expect(yams.messages == [], "\(reader.path): \(yaml.debugDescription)")
        #expect(fast == yams.entries, "\(reader.path): \(yaml.debugDescription)")
        return true
    }

    static func frontMatters(under folder: URL) -> [(path: String, parts: FrontMatterSplitter.Parts)] {
        ThemeLoader.files(under: folder.appendingPathComponent("content"), extension: "md").compactMap { path in
            guard let text = try? String(contentsOf: folder.appendingPathComponent("content/" + path), encoding: .utf8),
                  case .success(let parts) = FrontMatterSplitter.split(text) else { return nil }
            return ("content/" + path, parts)
        }
    }

    @Test func readsEveryBundledContentFileAsYamsDoes() {
        let files = Self.frontMatters(under: TestSite.repositoryRoot)
        #expect(files.count >= 20)
        for file in files {
            let reader = YAMLReader(path: file.path, firstLine: file.parts.yamlFirstLine)
            #expect(Self.fast(file.parts.yaml, reader: reader) != nil, "\(file.path) is left to Yams")
            Self.expectYamsAgrees(file.parts.yaml, reader: reader)
        }
    }

    /// The 10,000-page benchmark corpus, when it has been generated on this machine.
    @Test func readsTheBenchmarkCorpusAsYamsDoes() throws {
        guard FileManager.default.fileExists(atPath: Self.benchCorpus.path) else { return }
        let files = Self.frontMatters(under: Self.benchCorpus)
        var accepted = 0
        for file in files {
            let reader = YAMLReader(path: file.path, firstLine: file.parts.yamlFirstLine)
            if Self.expectYamsAgrees(file.parts.yaml, reader: reader) { accepted += 1 }
        }
        print("SimpleFrontMatterReader accepted \(accepted) of \(files.count) benchmark corpus front matters")
        #expect(accepted > 0)
    }

    @Test(arguments: [
        "title: Agenda\n", "title: \"Año 2030: «agua» #1\"\ndate: 2024-11-01\n", "title: 'It''s'\nslug: a-b\n",
        "title: \"say \\\"hi\\\" \\\\ back\"\n", "tags:\n  - a\n  - \"b c\"\n  - 'd'\n  - ~\nweight: 3", "tags: []\n",
        "tags: [agenda, \"cumbre\", 'ODS 2030', null, transformación digital]\n", "time: 10:30\nurl: http://x.org/a#b\nlang: C#\n",
        "a: yes\nb: no\nc: 012\nd: 1e3\ne: .5\nf: ~\ng: Null\nh: NULL\ni:\nj: \"null\"\nk: ''\n", "\ntitle: x\n\n\nslug: y\n\n",
        "title: a, b [c] {d} e?f g|h i>j k!l m&n o*p\n", "2024: year\nnull: key\nyes: key\nx-y_z: key\n", "",
        "title:    spaced   words\n", "tags:\n - one\n - two\n", "tags:\n    - four\ntitle: after",
    ])
    func readsTheCommonShapeAsYamsDoes(yaml: String) {
        #expect(Self.expectYamsAgrees(yaml))
    }

    /// Texts YAML could read differently from a line-by-line reading, or that Yams rejects.
    @Test(arguments: [
        "title: a\ntitle: b\n", "title: a # comment\n", "# comment\ntitle: a\n", "---\ntitle: a\n", "title: a\n...\n",
        "title: a\n  continued\n", "title: a\n\n  continued\n", "title: a \n", "title:\ta\n", "title: a\r\n", "\u{FEFF}title: a\n",
        "title: a\u{2028}b\n", "title: a\u{85}b\n", "title: a: b\n", "title: a:\n", "title: \"a\\nb\"\n", "title: \"a\n", "title: 'a\n",
        "title: \"a\" b\n", "title: *a\n", "title: &a x\n", "title: !!str x\n", "title: |\n  x\n", "title: >\n  x\n", "title: -1\n",
        "title: [a\n", "title: [a,b]\n", "title: [a , b]\n", "title: [ a]\n", "title: [a: b]\n", "title: [a, ]\n", "title: [a] x\n",
        "meta:\n  a: b\n", "tags:\n  - a\n   - b\n", "tags:\n  - a\n - b\n", "tags:\n  - a\n    more\n", "tags:\n  -\n", "tags:\n  - [a]\n",
        "tags:\n\n  - a\n", "tags:\n- a\n", "title : a\n", "title:a\n", "-title: a\n", "\"title\": a\n", "é: a\n", "\n\n", "title",
        "title: a\u{0}b\n", "title: a\u{7F}\n", "? title\n: a\n", "{title: a}\n", "%YAML 1.1\n---\ntitle: a\n", "title: `a`\n",
    ])
    func leavesEverythingElseToYams(yaml: String) {
        #expect(Self.fast(yaml) == nil, "\(yaml.debugDescription)")
    }

    @Test func aRepeatedKeyIsStillReportedByYams() {
        var diagnostics = DiagnosticBag()
        let entries = YAMLReader(path: "a.md", firstLine: 2).readMapping("title: a\nslug: b\ntitle: c\n", what: "front matter", diagnostics: &diagnostics)
        #expect(entries == nil)
        #expect(diagnostics.items.map(\.description) == ["a.md:2:1: error: the key 'title' appears twice in the front matter (keep one of them)"])
    }

    /// Yams is called with the basic resolver when that cannot change a result; these
    /// are the cases where the resolver decides which keys are the same.
    @Test func keysThatOnlyTheDefaultResolverTellsApartStayApart() {
        let twoYes = Self.yams("yes: a\n\"yes\": b\n")
        #expect(twoYes.messages == [])
        #expect(twoYes.entries?.map(\.key) == ["yes", "yes"])
        #expect(Self.yams("!!str yes: a\nyes: b\n").messages == [])
        #expect(Self.yams("!!bool yes: a\nyes: b\n").messages.count == 1)
        #expect(Self.yams("title: a\n\"title\": b\n").messages == ["a.md:2:1: error: the key 'title' appears twice in the front matter (keep one of them)"])
        #expect(Self.yams("? {=: k}\n: v\n").entries?.map(\.key) == ["k"])
    }

    /// Seeded front matters built from awkward pieces, then mutated byte by byte.
    @Test func generatedFrontMattersAreReadAsYamsDoes() {
        var rng = FuzzTests.SplitMix64(state: 20261130)
        let count = 400
        var accepted = 0
        var mutatedAccepted = 0
        for _ in 0..<count {
            let yaml = Self.generatedFrontMatter(using: &rng)
            if Self.expectYamsAgrees(yaml) { accepted += 1 }
            for _ in 0..<3 {
                let mutated = String(decoding: FuzzTests.mutate(yaml, using: &rng), as: UTF8.self)
                if Self.expectYamsAgrees(mutated) { mutatedAccepted += 1 }
            }
        }
        print("SimpleFrontMatterReader accepted \(accepted) of \(count) generated and \(mutatedAccepted) of \(3 * count) mutated front matters")
        // Enough of both reach the comparison with Yams for the test to mean something.
        #expect(accepted > count / 3)
        #expect(mutatedAccepted > count / 10)
    }

    static let keys = ["title", "slug", "date", "summary", "tags", "weight", "draft", "aliases", "venue", "x-y", "a_b", "2024", "null", "yes", "Title"]

    static let ordinaryScalars = [
        "Agenda del taller", "Plan de movilidad urbana en territorios costeros", "2024-11-01", "12", "ODS", "América/Santo_Domingo",
        "sha256:34ed3e84213398f5", "item-4057", "Punta Cana", "Programa general de la Cumbre, 31 de octubre.",
    ]

    static let awkwardScalars = [
        "Agenda del taller", "Año 2030 — niñas y niños", "¿Qué? ¡Sí!", "10:30", "a: b", "a:b", "C#", "a #b", "#tag", "yes", "no", "No",
        "on", "off", "true", "~", "null", "Null", "NULL", "", "012", "1e3", "-1", "+1", ".5", "2024-11-01", "2024-11-01T10:00:00Z",
        "It's", "say \"hi\"", "back\\slash", "[x]", "{y}", "a, b", "*ref", "&anchor", "!tag", "|", ">", "%", "@x", "`x`", "? q",
        "- item", "=", "<<", "emoji 👩‍💻", "tab\there", "cr\rhere", "trailing ", " leading", "e\u{301}", "\u{A0}nbsp", "line\u{2028}sep",
        "x...", "---", "...", "a  b", "«cita»", "50%", "a'b'c", "\\\"",
    ]

    static func generatedFrontMatter(using rng: inout FuzzTests.SplitMix64) -> String {
        var lines: [String] = []
        var used: [String] = []
        for _ in 0..<Int.random(in: 1...7, using: &rng) {
            var key = keys.randomElement(using: &rng)!
            // Mostly distinct keys, so that most texts get past duplicate detection.
            if used.contains(key), Int.random(in: 0..<8, using: &rng) != 0 { key += "\(used.count)" }
            used.append(key)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0:
                lines.append(key + ":")
            case 1:
                let indent = String(repeating: " ", count: [1, 2, 2, 4].randomElement(using: &rng)!)
                lines.append(key + ":")
                for _ in 0..<Int.random(in: 1...4, using: &rng) { lines.append(indent + "- " + scalar(using: &rng)) }
            case 2:
                let items = (0..<Int.random(in: 0...4, using: &rng)).map { _ in scalar(using: &rng) }
                lines.append(key + ": [" + items.joined(separator: Bool.random(using: &rng) ? ", " : ",") + "]")
            default:
                lines.append(key + ": " + scalar(using: &rng))
            }
            switch Int.random(in: 0..<30, using: &rng) {
            case 0: lines.append("")
            case 1: lines.append("# comment")
            case 2: lines.append("  continued")
            case 3: lines.append("meta:\n  a: b")
            default: break
            }
        }
        return lines.joined(separator: "\n") + (Bool.random(using: &rng) ? "\n" : "")
    }

    /// An ordinary or, one time in four, an awkward piece, written plain or in either kind of quotes.
    static func scalar(using rng: inout FuzzTests.SplitMix64) -> String {
        let text = (Int.random(in: 0..<4, using: &rng) == 0 ? awkwardScalars : ordinaryScalars).randomElement(using: &rng)!
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case 1: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        default: return text
        }
    }
}
