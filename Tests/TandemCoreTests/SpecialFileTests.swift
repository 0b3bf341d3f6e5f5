import Foundation
import Testing
@testable import TandemCore

/// Every file Tandem reads from a site goes through one rule: regular files only,
/// at most `files.maxSize` bytes, and no symbolic link leading outside the site
/// unless `tandem.yaml` allows it. A named pipe once hung a build for ever, a link
/// to /dev/zero read without end, and a link to a secret published it.
@Suite("Special files")
struct SpecialFileTests {
    static let page = "---\ntitle: A\n---\nTexto.\n"

    func makeFIFO(_ site: TestSite, _ path: String) throws {
        let full = site.folder.appendingPathComponent(path).path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        #expect(mkfifo(full, 0o644) == 0)
    }

    func link(_ site: TestSite, _ path: String, to target: String) throws {
        let full = site.folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: full.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full.path, withDestinationPath: target)
    }

    @Test func aNamedPipeAnywhereIsAnErrorAtItsPathNotAHang() throws {
        let site = try TestSite("-- content/a.es.md --\n\(Self.page)")
        defer { site.cleanUp() }
        try makeFIFO(site, "content/x.es.md")
        try makeFIFO(site, "static/feed.txt")
        try makeFIFO(site, "themes/default/templates/extra.mustache")
        let start = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(report.errorMessages.sorted() == [
            "content/x.es.md:1:1: error: not a regular file (it is a named pipe)",
            "static/feed.txt:1:1: error: not a regular file (it is a named pipe)",
            "themes/default/templates/extra.mustache:1:1: error: not a regular file (it is a named pipe)",
        ])
        #expect(!site.exists("es/a/index.html"))
    }

    @Test func aLinkToADeviceIsRefusedWithoutReading() throws {
        let site = try TestSite("-- content/a.es.md --\n\(Self.page)")
        defer { site.cleanUp() }
        try link(site, "content/cero.es.md", to: "/dev/zero")
        #expect(site.build().errorMessages == ["content/cero.es.md:1:1: error: symbolic link to a file outside the site folder (/dev/zero)"])
        // Allowed outside, a device is still no file.
        try site.write(SiteConfig.fileName, TestSite.defaultConfig + "\nfiles:\n  allowSymlinksOutside: true\n")
        #expect(site.build().errorMessages == ["content/cero.es.md:1:1: error: not a regular file (it is a character device)"])
    }

    @Test func aLinkToASecretOutsideTheSiteIsNotPublished() throws {
        let secretFolder = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: secretFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: secretFolder) }
        let secret = secretFolder.appendingPathComponent("clave.es.md").resolvingSymlinksInPath()
        try "---\ntitle: Clave\n---\nCONTRASEÑA-SECRETA\n".write(to: secret, atomically: true, encoding: .utf8)
        let site = try TestSite("-- content/a.es.md --\n\(Self.page)")
        defer { site.cleanUp() }
        try link(site, "content/clave.es.md", to: secret.path)
        try link(site, "static/clave.txt", to: secret.path)
        let report = site.build()
        #expect(report.errorMessages.sorted() == [
            "content/clave.es.md:1:1: error: symbolic link to a file outside the site folder (\(secret.path))",
            "static/clave.txt:1:1: error: symbolic link to a file outside the site folder (\(secret.path))",
        ])
        for file in site.outputFiles() { #expect(site.file(file)?.contains("CONTRASEÑA-SECRETA") != true, "\(file)") }

        // Links inside the site are fine; outside ones when tandem.yaml says so.
        try site.write(SiteConfig.fileName, TestSite.defaultConfig + "\nfiles:\n  allowSymlinksOutside: true\n")
        try link(site, "content/b.es.md", to: site.folder.appendingPathComponent("content/a.es.md").path)
        try site.write("content/a.es.md", "---\ntitle: A\nslug: a\n---\n")
        try site.remove("content/b.es.md")
        try link(site, "content/b.es.md", to: "a.es.md")
        try site.write("content/c.es.md", "---\ntitle: C\n---\n")
        #expect(site.build().errorMessages == ["content/b.es.md:3:1: error: content/b.es.md and content/a.es.md both publish to /es/a/"])
        try site.remove("content/b.es.md")
        #expect(site.build().errorMessages == [])
        #expect(site.file("es/clave/index.html")?.contains("CONTRASEÑA-SECRETA") == true)
    }

    @Test func aFileOverTheSizeLimitNamesTheLimitAndTheSetting() throws {
        let site = try TestSite("-- content/a.es.md --\n\(Self.page)")
        defer { site.cleanUp() }
        try site.write(SiteConfig.fileName, TestSite.defaultConfig + "\nfiles:\n  maxSize: 16KB\n")
        try site.write("content/grande.es.md", Self.page + String(repeating: "palabra ", count: 2_048))
        let report = site.build()
        #expect(report.errorMessages == ["content/grande.es.md:1:1: error: the file is \(Self.page.utf8.count + 16_384) bytes, over the limit of 16 KB"])
        #expect(report.diagnostics.first { $0.severity == .error }?.hint?.contains("files: {maxSize: 64MB}") == true)
    }

    @Test func badFileSettingsAreErrorsAtTheirLine() throws {
        let site = try TestSite("-- content/a.es.md --\n\(Self.page)")
        defer { site.cleanUp() }
        try site.write(SiteConfig.fileName, TestSite.defaultConfig + "\nfiles:\n  maxSize: mucho\n  allowSymlinksOutside: quizá\n")
        let lines = TestSite.defaultConfig.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(site.build().errorMessages == [
            "tandem.yaml:\(lines + 2):3: error: files.maxSize must be a size such as 32MB, 512KB or 1048576 (bytes)",
            "tandem.yaml:\(lines + 3):3: error: files.allowSymlinksOutside must be true or false",
        ])
    }

    @Test func sizesParse() {
        #expect(FileLimits.size(parsing: "32MB") == 32 << 20)
        #expect(FileLimits.size(parsing: "512 kb") == 512 << 10)
        #expect(FileLimits.size(parsing: "1048576") == 1_048_576)
        #expect(FileLimits.size(parsing: "0") == nil)
        #expect(FileLimits.size(parsing: "-1MB") == nil)
        #expect(FileLimits.size(parsing: "99999999999999GB") == nil)
    }
}
