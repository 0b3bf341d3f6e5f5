import Foundation
import TandemTestSupport
import Testing

/// The manual is README.md, CONTRIBUTING.md, BENCHMARKS.md and the pages in docs/:
/// a relative link between them that points at a missing file or heading is a
/// broken manual, so every one is resolved here the way GitHub resolves it.
@Suite("Documentation links")
struct DocumentationLinkTests {
    static let root = InlineSite.repositoryRoot

    /// The manual's files, relative to the repository root.
    static func manualFiles() throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return ["README.md", "CONTRIBUTING.md", "BENCHMARKS.md"] + docs
    }

    @Test func everyRelativeLinkResolves() throws {
        let files = try Self.manualFiles()
        #expect(files.contains("docs/README.md"), "docs/README.md is the manual's index")
        var problems: [String] = []
        var checked = 0
        for file in files {
            let url = Self.root.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                problems.append("\(file): missing or not UTF-8")
                continue
            }
            for link in Self.links(in: text) where Self.isRelative(link.target) {
                checked += 1
                if let problem = Self.problem(with: link.target, from: file) {
                    problems.append("\(file):\(link.line): \(link.target): \(problem)")
                }
            }
        }
        #expect(problems == [], "\(problems.count) broken link(s):\n\(problems.joined(separator: "\n"))")
        #expect(checked > 20, "the manual's pages link to each other; found only \(checked) relative links")
    }

    @Test(arguments: [
        ("Reviewing translations", "reviewing-translations"),
        ("`tandem status --json`: format version 1", "tandem-status---json-format-version-1"),
        ("The source hash (`source_hash`)", "the-source-hash-source_hash"),
        ("Días, sesiones y ponentes: ¿qué lee Tandem?", "días-sesiones-y-ponentes-qué-lee-tandem"),
        ("Serve: one edit on the 10k site", "serve-one-edit-on-the-10k-site"),
        ("[Links](https://example.org) and *emphasis*", "links-and-emphasis"),
    ])
    func anchorsFollowGitHubRules(heading: String, anchor: String) {
        #expect(Self.anchor(for: heading) == anchor)
    }

    @Test func linksInCodeAreNotLinks() {
        let text = """
            See [the guide](docs/a.md#top) and ![logo](img/logo.png "Logo").
            `[not](a-link.md)` and:

            ```markdown
            [not either](b.md)
            ```
            [ref]: docs/c.md
            """
        #expect(Self.links(in: text).map(\.target) == ["docs/a.md#top", "img/logo.png", "docs/c.md"])
        #expect(Self.links(in: text).map(\.line) == [1, 1, 7])
    }

    @Test func repeatedHeadingsGetNumberedAnchors() {
        let text = "# Tandem\n## Options\n```\n# not a heading\n```\n## Options\n### Options ###\n"
        #expect(Self.anchors(in: text) == ["tandem", "options", "options-1", "options-2"])
    }

    // MARK: - Resolving

    static func isRelative(_ target: String) -> Bool {
        guard !target.isEmpty else { return false }
        // A scheme (https:, mailto:) makes a link absolute; `//host` too.
        if target.hasPrefix("//") { return false }
        if let colon = target.firstIndex(of: ":"), !target[..<colon].contains("/"), !target[..<colon].contains("#") { return false }
        return true
    }

    /// Why `target`, written in `file`, does not resolve; nil when it does.
    static func problem(with target: String, from file: String) -> String? {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = (String(parts[0]).removingPercentEncoding ?? String(parts[0]))
        let fragment = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        let targetFile: String
        if pathPart.isEmpty {
            targetFile = file
        } else if pathPart.hasPrefix("/") {
            targetFile = String(pathPart.dropFirst())
        } else {
            let folder = (file as NSString).deletingLastPathComponent
            targetFile = ((folder as NSString).appendingPathComponent(pathPart) as NSString).standardizingPath
        }
        if targetFile.hasPrefix("../") || targetFile == ".." { return "leaves the repository" }
        let url = root.appendingPathComponent(targetFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return "no file \(targetFile)" }
        guard let fragment, targetFile.hasSuffix(".md") else { return nil }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return "\(targetFile) is not UTF-8" }
        return anchors(in: text).contains(fragment) ? nil : "no heading with anchor #\(fragment) in \(targetFile)"
    }

    // MARK: - Reading Markdown

    /// Inline links and images `[text](target "title")` and reference definitions
    /// `[ref]: target`, outside fenced code blocks and code spans.
    static func links(in text: String) -> [(line: Int, target: String)] {
        var result: [(Int, String)] = []
        for (number, line) in proseLines(text) {
            let prose = replace(#"(`+)(?:(?!\1).)+\1"#, in: line, with: "")
            for match in matches(#"\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)"#, in: prose) {
                result.append((number, match.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))))
            }
            for match in matches(#"^\s{0,3}\[[^\]]+\]:\s*(\S+)"#, in: prose) {
                result.append((number, match))
            }
        }
        return result
    }

    /// The anchors of a file's ATX headings, numbered as GitHub numbers repeats.
    static func anchors(in text: String) -> [String] {
        var seen: [String: Int] = [:]
        var result: [String] = []
        for (_, line) in proseLines(text) {
            guard let heading = matches(#"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$"#, in: line).first else { continue }
            let base = anchor(for: heading)
            let count = seen[base, default: 0]
            seen[base] = count + 1
            result.append(count == 0 ? base : "\(base)-\(count)")
        }
        return result
    }

    /// GitHub's rule: the heading's text (links reduced to their text, markup
    /// dropped) in lowercase, every character that is not a letter, mark,
    /// number, `_`, `-` or space dropped, and every space made a `-`.
    static func anchor(for heading: String) -> String {
        let text = replace(#"!?\[([^\]]*)\]\([^)]*\)"#, in: heading, with: "$1")
        var anchor = ""
        for scalar in replace("<[^>]+>", in: text, with: "").lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
                 .connectorPunctuation:
                anchor.unicodeScalars.append(scalar)
            default:
                if scalar == "-" { anchor.append("-") } else if scalar == " " { anchor.append("-") }
            }
        }
        return anchor
    }

    /// The lines outside fenced code blocks, numbered from 1.
    static func proseLines(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var fence: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            result.append((index + 1, String(line)))
        }
        return result
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func replace(_ pattern: String, in text: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
