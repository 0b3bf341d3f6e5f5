import Foundation
import Testing
import TandemCore
@testable import TandemServer

/// "Mark as current" in `tandem serve`'s review (issue #15, item 6): a plain form
/// POST to the loopback server, carrying the run's token, that does what
/// `tandem translate --mark-current` does. Everything a hostile page could
/// send is refused and leaves the file as it was.
@Suite("Mark as current from the served review", .serialized)
struct MarkCurrentActionTests {
    static let pairPath = DevServer.reviewPath + "pairs/programas-agua.html"
    static let translation = "content/programas/agua.en.md"

    /// The standard site, with the English water page not yet recorded as current (untracked)
    /// and the English climate page still holding the Spanish text (incomplete).
    static func makeSite() throws -> ServeSite {
        let site = try ServeSite()
        try site.write("content/programas/clima.en.md", """
            ---
            title: Climate
            date: 2026-02-01
            ---
            Texto del programa de clima, con sus metas para la región y el calendario de trabajo.
            """)
        try site.write("content/programas/clima.es.md", """
            ---
            title: Clima
            date: 2026-02-01
            ---
            Texto del programa de clima, con sus metas para la región y el calendario de trabajo.
            """)
        return site
    }

    /// The token in the served pair page's form, as a browser would submit it.
    static func token(in page: String) throws -> String {
        let marker = "name=\"token\" value=\""
        let start = try #require(page.range(of: marker))
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    static func post(
        _ running: RunningServer, _ fields: [(String, String)], headers: [(String, String)]? = nil
    ) async throws -> HTTPProbe.Reply {
        try await HTTPProbe.request(
            port: running.port, method: "POST", path: DevServer.markCurrentPath,
            headers: headers ?? sameOrigin(running), body: HTTPProbe.form(fields))
    }

    /// What a browser sends with a form on the review page.
    static func sameOrigin(_ running: RunningServer) -> [(String, String)] {
        [("Origin", "http://127.0.0.1:\(running.port)"), ("Content-Type", "application/x-www-form-urlencoded"),
         ("Sec-Fetch-Site", "same-origin")]
    }

    static func fields(token: String, path: String = translation, pair: String = "programas-agua.html") -> [(String, String)] {
        [("token", token), ("path", path), ("pair", pair)]
    }

    func contents(_ site: ServeSite, _ path: String) throws -> Data {
        try Data(contentsOf: site.folder.appendingPathComponent(path))
    }

    @Test func marksATranslationCurrentAndThePairShowsOkWithoutARestart() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)

        let page = try await running.get(Self.pairPath)
        #expect(page.status == 200)
        #expect(page.body.contains("<span class=\"state untracked\">untracked</span>"))
        #expect(page.body.contains("<form method=\"post\" action=\"mark-current\">"))
        #expect(page.body.contains("<input type=\"hidden\" name=\"path\" value=\"\(Self.translation)\">"))
        #expect(page.body.contains("<button type=\"submit\">Mark as current</button>"))
        let token = try Self.token(in: page.body)
        #expect(token.count == 32 && token.allSatisfy(\.isHexDigit))
        // The token lives in the server's memory and the served page only, never on disk.
        let onDisk = try String(contentsOf: running.server.reviewFolder.appendingPathComponent("pairs/programas-agua.html"), encoding: .utf8)
        #expect(!onDisk.contains(token))
        #expect(running.reviews.count == 1)

        let reply = try await Self.post(running, Self.fields(token: token))
        #expect(reply.status == 303)
        #expect(reply.headers["location"] == Self.pairPath)
        let written = try String(decoding: contents(site, Self.translation), as: UTF8.self)
        let sourceBody = "Texto del programa de agua.\n"
        #expect(written == """
            ---
            title: Water
            date: 2026-01-10
            source_hash: \(SourceHash.of(body: sourceBody))
            ---
            Text of the water programme.

            """)

        // The watcher saw the write: one rebuild, then quiet (no loop).
        let rebuild = try #require(await running.waitForBuild(2))
        #expect(rebuild.changedSources == [Self.translation])
        let after = try await running.get(Self.pairPath)
        #expect(after.body.contains("<code>\(Self.translation)</code> <span class=\"state ok\">ok</span>"))
        #expect(!after.body.contains("<form"))
        #expect(running.reviews.count == 2)
        try await Task.sleep(for: .milliseconds(400))
        #expect(running.builds.count == 2)
        _ = try await running.get(Self.pairPath)
        #expect(running.reviews.count == 2)
        try await running.stop()
    }

    @Test func refusesAPostWithoutTheTokenOrWithAnotherOne() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let token = try Self.token(in: try await running.get(Self.pairPath).body)
        let before = try contents(site, Self.translation)
        let other = String(token.map { $0 == "0" ? "1" : "0" })
        for fields in [
            [("path", Self.translation), ("pair", "programas-agua.html")],
            Self.fields(token: ""),
            Self.fields(token: other),
            Self.fields(token: String(token.dropLast())),
            Self.fields(token: token + "0"),
            Self.fields(token: token.uppercased() == token ? other : token.uppercased()),
        ] {
            let reply = try await Self.post(running, fields)
            #expect(reply.status == 403, "\(fields)")
            #expect(reply.body.contains("reload the review page"), "\(reply.body)")
        }
        #expect(try contents(site, Self.translation) == before)
        try await running.stop()
    }

    @Test func refusesAPostFromAnotherOrigin() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let token = try Self.token(in: try await running.get(Self.pairPath).body)
        let before = try contents(site, Self.translation)
        let form = ("Content-Type", "application/x-www-form-urlencoded")
        let own = "http://127.0.0.1:\(running.port)"
        let refused: [[(String, String)]] = [
            [("Origin", "http://evil.example"), form],
            [("Origin", "http://127.0.0.1:\(running.port + 1)"), form],
            [("Origin", "https://127.0.0.1:\(running.port)"), form],
            [("Origin", "null"), form],
            [("Referer", "http://evil.example/attack.html"), form],
            [("Referer", own + ".evil.example/"), form],
            // Neither Origin nor Referer: nothing says where the form came from.
            [form],
            [("Origin", own), ("Sec-Fetch-Site", "cross-site"), form],
            [("Origin", own), ("Sec-Fetch-Site", "same-site"), form],
            // DNS rebinding: a foreign name that resolves to 127.0.0.1, with its own matching origin.
            [("Host", "evil.example:\(running.port)"), ("Origin", "http://evil.example:\(running.port)"), form],
            [("Host", "127.0.0.1"), ("Origin", "http://127.0.0.1"), form],
        ]
        for headers in refused {
            let reply = try await Self.post(running, Self.fields(token: token), headers: headers)
            #expect(reply.status == 403, "\(headers)")
        }
        #expect(try contents(site, Self.translation) == before)
        // The same origin by another loopback name is the page's own origin.
        let referer = try await Self.post(running, Self.fields(token: token), headers: [
            ("Host", "localhost:\(running.port)"), ("Referer", "http://localhost:\(running.port)" + Self.pairPath), form])
        #expect(referer.status == 303)
        #expect(try contents(site, Self.translation) != before)
        try await running.stop()
    }

    @Test func refusesATargetThatIsNotATranslationOfTheSite() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let token = try Self.token(in: try await running.get(Self.pairPath).body)
        let watched = ["tandem.yaml", "content/programas/agua.es.md", Self.translation, "content/eventos/foro.es.md"]
        let before = try watched.map { try contents(site, $0) }
        let targets: [(path: String, pair: String, says: String)] = [
            ("tandem.yaml", "programas-agua.html", "not a page of the site"),
            ("../tandem.yaml", "programas-agua.html", "not a page of the site"),
            ("content/../tandem.yaml", "programas-agua.html", "not a page of the site"),
            ("content/programas/../../tandem.yaml", "programas-agua.html", "not a page of the site"),
            ("/etc/passwd", "programas-agua.html", "not a page of the site"),
            (site.folder.appendingPathComponent(Self.translation).path, "programas-agua.html", "not a page of the site"),
            ("content/programas/nada.en.md", "programas-agua.html", "no such page"),
            ("content/programas/agua.es.md", "programas-agua.html", "this is the source of its pair"),
            ("content/eventos/foro.es.md", "programas-agua.html", "this is the source of its pair"),
            (Self.translation, "../../../tandem.yaml", "not a page of the review"),
            (Self.translation, "", "not a page of the review"),
        ]
        for target in targets {
            let reply = try await Self.post(running, Self.fields(token: token, path: target.path, pair: target.pair))
            #expect(reply.status == 400, "\(target)")
            #expect(reply.body.contains(target.says), "\(target): \(reply.body)")
        }
        #expect(try watched.map { try contents(site, $0) } == before)
        try await running.stop()
    }

    @Test func answersOnlyAPostedForm() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let token = try Self.token(in: try await running.get(Self.pairPath).body)
        let before = try contents(site, Self.translation)
        for method in ["GET", "HEAD"] {
            let reply = try await running.get(DevServer.markCurrentPath, method: method)
            #expect(reply.status == 405, "\(method)")
            #expect(reply.headers["allow"] == "POST", "\(method)")
        }
        let put = try await HTTPProbe.request(
            port: running.port, method: "PUT", path: DevServer.markCurrentPath, headers: Self.sameOrigin(running),
            body: HTTPProbe.form(Self.fields(token: token)))
        #expect(put.status == 405)
        let own = ("Origin", "http://127.0.0.1:\(running.port)")
        for type in ["multipart/form-data; boundary=x", "application/json", "text/plain", ""] {
            let headers = type.isEmpty ? [own] : [own, ("Content-Type", type)]
            let reply = try await Self.post(running, Self.fields(token: token), headers: headers)
            #expect(reply.status == 415, "\(type)")
        }
        // A body far bigger than any form of this page.
        let big = try await HTTPProbe.request(
            port: running.port, method: "POST", path: DevServer.markCurrentPath, headers: Self.sameOrigin(running),
            body: HTTPProbe.form(Self.fields(token: token) + [("padding", String(repeating: "x", count: 100_000))]))
        #expect(big.status == 413)
        #expect(try contents(site, Self.translation) == before)
        // With a charset parameter it is still the form type.
        let charset = try await Self.post(running, Self.fields(token: token), headers: [
            own, ("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")])
        #expect(charset.status == 303)
        try await running.stop()
    }

    @Test func refusesWhileUntranslatedPartsRemainAndOffersForceAsASecondStep() async throws {
        let site = try Self.makeSite()
        defer { site.cleanUp() }
        let running = try await RunningServer.start(site)
        let pairPath = DevServer.reviewPath + "pairs/programas-clima.html"
        let page = try await running.get(pairPath)
        #expect(page.body.contains("<span class=\"state incomplete\">incomplete</span>"))
        let token = try Self.token(in: page.body)
        let path = "content/programas/clima.en.md"
        let before = try contents(site, path)

        let refused = try await Self.post(running, Self.fields(token: token, path: path, pair: "programas-clima.html"))
        #expect(refused.status == 409)
        // The pair page itself, with the marker's own refusal and the way out.
        #expect(refused.body.contains("<h1><span lang=\"es\">Clima</span> · <span lang=\"en\">Climate</span></h1>"))
        #expect(refused.body.contains("1 untranslated part left (the en block is the es text, untranslated); not marking it current"))
        #expect(refused.body.contains("<code class=\"command\">tandem translate --mark-current \(path) --force</code>"))
        #expect(refused.body.contains("<input type=\"hidden\" name=\"force\" value=\"1\">"))
        #expect(refused.body.contains("<button type=\"submit\">Mark as current anyway</button>"))
        #expect(refused.body.contains("name=\"token\" value=\"\(token)\""))
        #expect(!refused.body.contains("tandem-serve-token"))
        #expect(try contents(site, path) == before)

        // The second button goes through the same checks…
        let forcedWithoutToken = try await Self.post(running, [("path", path), ("pair", "programas-clima.html"), ("force", "1")])
        #expect(forcedWithoutToken.status == 403)
        #expect(try contents(site, path) == before)
        // …and with them records the hash, as --force does.
        let forced = try await Self.post(running, Self.fields(token: token, path: path, pair: "programas-clima.html") + [("force", "1")])
        #expect(forced.status == 303)
        let text = try String(decoding: contents(site, path), as: UTF8.self)
        #expect(text.contains("source_hash: sha256:"))
        try await running.stop()
    }
}
