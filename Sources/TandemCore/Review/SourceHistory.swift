import Foundation

/// Finds the version of a source file a stale translation was made from, in
/// git's history of the site folder: the commit whose copy of the file has a
/// normalized body with the recorded `source_hash`. Git is optional; without it
/// (or without the old version) the review says only that the source changed.
public struct SourceHistory: Sendable {
    public struct Version: Sendable, Equatable {
        public var commit: String
        /// `YYYY-MM-DD` of the commit.
        public var date: String
        public var subject: String
        public var body: String
    }

    public enum Lookup: Sendable, Equatable {
        case found(Version)
        /// Why not: no git, not a repository, no commit with that version.
        case unavailable(String)
    }

    public var siteFolder: URL
    /// How far back to look, in commits touching the file.
    public var commitLimit = 200

    public init(siteFolder: URL) { self.siteFolder = siteFolder }

    /// - Parameter path: the file relative to the site folder (`content/programmes/x.es.md`).
    public func version(of path: String, matching recorded: String) -> Lookup {
        guard let log = git(["log", "-n", "\(commitLimit)", "--format=%H%x09%cs%x09%s", "--", path]) else {
            return .unavailable("git is not available here, or the site folder is not in a git repository")
        }
        let commits = log.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false) }
        if commits.isEmpty { return .unavailable("git has no history of \(path)") }
        for fields in commits where fields.count >= 2 {
            let commit = String(fields[0])
            guard let text = git(["show", "\(commit):./\(path)"]) else { continue }
            let body: String
            switch FrontMatterSplitter.split(text.replacingOccurrences(of: "\r\n", with: "\n")) {
            case .success(let parts): body = String(parts.body)
            case .failure: body = text
            }
            if SourceHash.matches(recorded, body: body) {
                return .found(Version(commit: commit, date: String(fields[1]), subject: fields.count > 2 ? String(fields[2]) : "", body: body))
            }
        }
        return .unavailable("none of the \(commits.count) committed versions of \(path) has the recorded hash \(recorded)")
    }

    /// Runs git in the site folder; nil when it cannot run or fails.
    func git(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", siteFolder.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
