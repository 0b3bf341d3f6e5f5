#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TandemCore
@testable import TandemServer

/// `tandem serve` end to end: a real server on a free loopback port, real
/// files edited on disk, answers read off the socket.
@Suite("Dev server", .serialized)
struct DevServerTests {
    @Test func servesPagesAssetsFolderIndexesAndTheSites404() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)

        let page = try await running.get("/es/programas/agua/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("Texto del programa de agua."))
        // The live-reload script is in served pages…
        #expect(page.body.contains("data-tandem-live-reload"))
        #expect(page.body.contains(LiveReloadHub.eventsPath))

        let folderWithoutSlash = try await running.get("/es/programas/agua")
        #expect(folderWithoutSlash.status == 301)
        #expect(folderWithoutSlash.headers["location"] == "/es/programas/agua/")

        let css = try await running.get("/assets/tandem.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        let feed = try await running.get("/es/feed.xml")
        #expect(feed.headers["content-type"] == "application/atom+xml")
        let sitemap = try await running.get("/sitemap.xml")
        #expect(sitemap.headers["content-type"] == "application/xml")

        let head = try await running.get("/es/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)

        let missing = try await running.get("/en/no-such-page/")
        #expect(missing.status == 404)
        let englishNotFound = try #require(String(data: try Data(contentsOf: running.server.serveFolder.appendingPathComponent("en/404.html")), encoding: .utf8))
        #expect(missing.body == englishNotFound)
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
        let rootMissing = try await running.get("/nothing.txt")
        #expect(rootMissing.status == 404)
        #expect(rootMissing.body.contains("Página no encontrada"))

        let escape = try await running.get("/../tandem.yaml")
        #expect(escape.status == 404)

        try await running.stop()
    }

    @Test func buildOutputNeverGetsTheLiveReloadScript() throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let report = SiteBuilder(options: BuildOptions(siteFolder: site.folder, buildDate: site.buildDate)).build()
        #expect(report.succeeded)
        let html = try String(contentsOf: site.folder.appendingPathComponent("output/es/programas/agua/index.html"), encoding: .utf8)
        #expect(!html.contains("data-tandem-live-reload"))
        #expect(!html.contains("__tandem"))
    }

    @Test func honoursTheBaseURLSubPath() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site, baseURL: "/programas-locales/")

        let page = try await running.get("/programas-locales/es/programas/agua/")
        #expect(page.status == 200)
        #expect(page.body.contains("href=\"/programas-locales/assets/tandem.css\""))
        let css = try await running.get("/programas-locales/assets/tandem.css")
        #expect(css.status == 200)
        let root = try await running.get("/")
        #expect(root.status == 302)
        #expect(root.headers["location"] == "/programas-locales/")
        let outside = try await running.get("/es/programas/agua/")
        #expect(outside.status == 404)
        try await running.stop()
    }

    @Test func eventStreamSaysHelloAndReloadsAfterAnEdit() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let events = try EventStreamProbe(port: running.port, path: LiveReloadHub.eventsPath)
        defer { events.close() }
        #expect(await events.waitFor("event: hello"))
        #expect(events.received.contains("HTTP/1.1 200"))
        #expect(events.received.lowercased().contains("content-type: text/event-stream"))

        try site.write("content/programas/agua.es.md", """
            ---
            title: Agua
            date: 2026-03-10
            ---
            Texto nuevo del programa de agua.
            """)
        #expect(await events.waitFor("event: reload"))
        // Only the files that show the page were rewritten: not its translation, not the other programme.
        let rebuild = try #require(await running.waitForBuild(2))
        #expect(!rebuild.isFull)
        #expect(rebuild.writtenFiles == [
            "es/feed.xml", "es/programas/agua/index.html", "es/programas/index.html",
            "es/search-index/d0.json", "es/search-index/p0.json", "es/search-index/w0.json", "sitemap.xml",
        ])
        let page = try await running.get("/es/programas/agua/")
        #expect(page.body.contains("Texto nuevo del programa de agua."))
        #expect(page.body.contains("2026-03-10"))
        let list = try await running.get("/es/programas/")
        #expect(list.body.contains("Texto nuevo del programa de agua."))
        try await running.stop()
    }

    @Test func servesTheTranslationReviewBuiltWhenAskedAfterAChange() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        // Nothing is reviewed until someone asks: a save must not pay for it.
        #expect(!FileManager.default.fileExists(atPath: running.server.reviewFolder.path))

        let index = try await running.get(DevServer.reviewPath)
        #expect(index.status == 200)
        #expect(index.body.contains("noindex"))
        #expect(index.body.contains("pairs/programas-agua.html"))
        // Review pages reload with the site, which asks for a fresh review.
        #expect(index.body.contains("addEventListener(\"reload\""))
        let pair = try await running.get(DevServer.reviewPath + "pairs/programas-agua.html")
        #expect(pair.status == 200)
        #expect(pair.body.contains("Texto del programa de agua."))
        #expect(pair.body.contains("Text of the water programme."))
        #expect(!pair.body.contains("2030"))
        #expect(running.reviews.count == 1)

        // A number added on one side only is flagged on the next request after the rebuild.
        try site.write("content/programas/agua.en.md", """
            ---
            title: Water
            date: 2026-01-10
            ---
            Text of the water programme until 2030.
            """)
        #expect(await running.waitForBuild(2) != nil)
        let flagged = try await running.get(DevServer.reviewPath + "pairs/programas-agua.html")
        #expect(flagged.body.contains("2030"))
        #expect(flagged.body.contains("only in en"))
        #expect(running.reviews.count == 2)
        // Unchanged since: served as it is, not reviewed again.
        _ = try await running.get(DevServer.reviewPath)
        #expect(running.reviews.count == 2)

        let reviewFolder = running.server.reviewFolder
        try await running.stop()
        #expect(!FileManager.default.fileExists(atPath: reviewFolder.path))
    }

    @Test func aBrokenFileShowsTheErrorAndAFixClearsIt() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let events = try EventStreamProbe(port: running.port, path: LiveReloadHub.eventsPath)
        defer { events.close() }
        #expect(await events.waitFor("event: hello"))

        // An unclosed front matter block: the error names the file and line.
        try site.write("content/programas/clima.es.md", """
            ---
            title: Clima
            date: [2026
            ---
            Texto.
            """)
        #expect(await events.waitFor("event: build-error"))
        let report = try #require(await running.waitForBuild(2))
        #expect(!report.succeeded)
        let error = try #require(report.build.errors.first)
        #expect(error.location.path == "content/programas/clima.es.md")
        #expect(events.received.contains("content/programas/clima.es.md:\(error.location.line):\(error.location.column)"))

        // The last good site is still served, with the error panel over it.
        let page = try await running.get("/es/programas/clima/")
        #expect(page.status == 200)
        #expect(page.body.contains("Texto del programa de clima."))
        #expect(page.body.contains("id=\"tandem-error-overlay\""))
        #expect(page.body.contains("role=\"alertdialog\""))
        #expect(page.body.contains("content/programas/clima.es.md:\(error.location.line):\(error.location.column)"))

        // A page opened while the build is broken hears about it at once.
        let late = try EventStreamProbe(port: running.port, path: LiveReloadHub.eventsPath)
        defer { late.close() }
        #expect(await late.waitFor("event: build-error"))

        try site.write("content/programas/clima.es.md", """
            ---
            title: Clima
            date: 2026-02-01
            ---
            Texto arreglado.
            """)
        #expect(await events.waitFor("event: reload"))
        let fixed = try await running.get("/es/programas/clima/")
        #expect(fixed.body.contains("Texto arreglado."))
        #expect(!fixed.body.contains("id=\"tandem-error-overlay\""))
        try await running.stop()
    }

    @Test func shutdownEndsStreamsClosesThePortAndRemovesTheServeFolder() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let events = try EventStreamProbe(port: running.port, path: LiveReloadHub.eventsPath)
        defer { events.close() }
        #expect(await events.waitFor("event: hello"))
        let folder = running.server.serveFolder
        #expect(FileManager.default.fileExists(atPath: folder.path))

        try await running.stop()
        #expect(running.stopped)
        #expect(await events.waitUntilEnded())
        #expect(running.server.hub.connectionCount == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        await #expect(throws: HTTPProbe.ProbeError.self) { try await running.get("/es/") }
    }

    @Test func aPortInUseIsAClearError() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        // Hold a port the way another server would.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = listen(fd, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))

        var configuration = DevServer.Configuration(siteFolder: site.folder, buildDate: site.buildDate)
        configuration.port = port
        let server = DevServer(configuration: configuration)
        await #expect(throws: DevServerError.portInUse(host: "127.0.0.1", port: port)) { try await server.run() }
        #expect("\(DevServerError.portInUse(host: "127.0.0.1", port: port))".contains("already in use"))
    }

    @Test func newFoldersDeletedPagesAndTemplateErrorsAreNoticed() async throws {
        let site = try ServeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let events = try EventStreamProbe(port: running.port, path: LiveReloadHub.eventsPath)
        defer { events.close() }
        #expect(await events.waitFor("event: hello"))

        // A page in a folder that did not exist: the watcher follows the new folder.
        try site.write("content/talleres/agua.es.md", "---\ntitle: Taller de agua\n---\nEn una carpeta nueva.\n")
        #expect(await events.waitFor("event: reload"))
        let page = try await running.get("/es/talleres/taller-de-agua/")
        #expect(page.status == 200)
        #expect(page.body.contains("En una carpeta nueva."))

        // A deleted page is gone from the served site.
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/eventos/foro.es.md"))
        #expect(await events.waitFor("event: reload", count: 2))
        #expect(try await running.get("/es/eventos/foro/").status == 404)

        // A template error names the template's file and line; fixing it clears the overlay.
        let templatePath = "themes/default/templates/page.mustache"
        let template = try String(contentsOf: site.folder.appendingPathComponent(templatePath), encoding: .utf8)
        try site.write(templatePath, template + "{{#broken}}\n")
        #expect(await events.waitFor("event: build-error"))
        #expect(events.received.contains("themes/default/templates/page.mustache:"))
        let overlaid = try await running.get("/es/programas/agua/")
        #expect(overlaid.body.contains("id=\"tandem-error-overlay\""))
        try site.write(templatePath, template)
        #expect(await events.waitFor("event: reload", count: 3))
        #expect(!(try await running.get("/es/programas/agua/")).body.contains("id=\"tandem-error-overlay\""))
        try await running.stop()
    }
}
