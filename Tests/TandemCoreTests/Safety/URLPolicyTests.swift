import Foundation
import Testing
@testable import TandemCore

@Suite("URL policy")
struct URLPolicyTests {
    @Test(arguments: [
        "https://example.org", "HTTP://EXAMPLE.ORG/a", "mailto:info@example.org", "tel:+59899123456",
        "/es/programas/", "../otro/", "foto.jpg", "#arriba", "?q=1", "//cdn.example.org/a.css", "",
        "https://es.wikipedia.org/wiki/Rocha_(Uruguay)", "a/b:c", "www.example.org",
    ])
    func allowed(_ url: String) {
        #expect(SafeURL(url)?.text == url)
    }

    @Test(arguments: [
        ("javascript:alert(1)", URLPolicy.Rejection.scheme("javascript")),
        ("JaVaScRiPt:alert(1)", .scheme("javascript")),
        ("  javascript:alert(1)", .scheme("javascript")),
        ("\u{01}javascript:alert(1)", .controlCharacter),
        ("java\tscript:alert(1)", .controlCharacter),
        ("java\nscript:alert(1)", .controlCharacter),
        ("javascript\u{85}:alert(1)", .controlCharacter),
        ("&#106;avascript:alert(1)", .disguisedScheme),
        ("&#x6A;avascript:alert(1)", .disguisedScheme),
        ("%6Aavascript:alert(1)", .disguisedScheme),
        ("javascript&colon;alert(1)", .disguisedScheme),
        ("data:text/html;base64,PHNjcmlwdD4=", .scheme("data")),
        ("vbscript:msgbox(1)", .scheme("vbscript")),
        ("file:///etc/passwd", .scheme("file")),
        ("ftp://example.org", .scheme("ftp")),
        ("intent://x", .scheme("intent")),
        ("jávascript:alert(1)", .disguisedScheme),
    ])
    func rejected(_ url: String, _ rejection: URLPolicy.Rejection) {
        #expect(URLPolicy.verdict(url) == .rejected(rejection))
        #expect(SafeURL(url) == nil)
    }

    @Test func freeTextIsExecutableOnlyWhenABrowserWouldRunIt() {
        #expect(URLPolicy.isExecutable("javascript:alert(1)"))
        #expect(URLPolicy.isExecutable(" \u{01}java\tscript:alert(1)"))
        #expect(URLPolicy.isExecutable("data:text/html,<script>"))
        #expect(!URLPolicy.isExecutable("Data: 2024"))
        #expect(!URLPolicy.isExecutable("Nota: algo"))
        #expect(!URLPolicy.isExecutable("https://example.org"))
    }

    @Test func messagesShowControlCharactersEscaped() {
        #expect(URLPolicy.message(for: .controlCharacter, url: "java\u{1B}script:x")
            == "link to 'java\\u{1B}script:x' removed: it contains a control character")
    }
}

/// `javascript:` injected through each source of a URL; no produced file may carry it in an
/// `href` or `src`, and each is reported at its line.
@Suite("URL policy on every template field")
struct URLPolicySiteTests {
    static let attack = "javascript:alert%28document.domain%29"

    /// Every attribute value of `href=` or `src=` in a file, as a browser reads it.
    static func attributeURLs(_ html: String) -> [String] {
        var values: [String] = []
        for attribute in ["href=\"", "src=\"", "href='", "src='"] {
            var rest = html[...]
            while let found = rest.range(of: attribute, options: .caseInsensitive) {
                let quote = attribute.last ?? "\""
                let tail = rest[found.upperBound...]
                let end = tail.firstIndex(of: quote) ?? tail.endIndex
                values.append(String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = tail[end...]
            }
        }
        return values
    }

    static func assertNoExecutableURL(in site: TestSite) throws {
        for file in site.outputFiles() where [".html", ".xml", ".json", ".ics"].contains(where: file.hasSuffix) {
            let text = try #require(site.file(file))
            for url in attributeURLs(text) {
                #expect(SafeURL(url) != nil, "\(file): \(url)")
            }
            #expect(!text.lowercased().contains("javascript:"), "\(file)")
        }
    }

    static let siteSpec = """
        -- content/programmes/taller.es.md --
        ---
        title: Taller
        translationKey: taller
        partners: socios-taller
        enlace: "\(attack)"
        ---
        [cuerpo](\(attack))
        -- content/partners/_index.es.md --
        ---
        title: Socios
        ---
        -- content/partners/taller.es.md --
        ---
        title: Socios del taller
        translationKey: socios-taller
        programme: taller
        items:
          - {}
          - website: "\(attack)"
        ---
        - [Evil](\(attack)), Chile
        - Otra Fundación, Uruguay
        - [Rocha](https://es.wikipedia.org/wiki/Rocha_(Uruguay)), Uruguay
        """

    @Test func javascriptFromEverySourceNeverReachesAnAttribute() throws {
        let site = try TestSite(Self.siteSpec)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        let warnings = report.messages.filter { $0.contains("removed") }
        #expect(warnings == [
            "content/partners/taller.es.md:7:5: warning: link to '\(Self.attack)' removed: 'javascript:' links are not allowed",
            "content/partners/taller.es.md:9:3: warning: link to '\(Self.attack)' removed: 'javascript:' links are not allowed",
            "content/programmes/taller.es.md:5:1: warning: link to '\(Self.attack)' removed: 'javascript:' links are not allowed",
            "content/programmes/taller.es.md:7:1: warning: link to '\(Self.attack)' removed: 'javascript:' links are not allowed",
        ])
        #expect(report.diagnostics.first { $0.message.contains("removed") }?.hint == URLPolicy.hint)
        try Self.assertNoExecutableURL(in: site)
        // A refused partner link renders as the name without a link, in the list and the directory.
        let list = try #require(site.file("es/partners/socios-del-taller/index.html"))
        #expect(list.contains(#"<span class="partner-name">Evil</span>"#))
        #expect(list.contains(#"<span class="partner-name">Otra Fundación</span>"#))
        let directory = try #require(site.file("es/partners/index.html"))
        #expect(directory.contains(#"<span class="partner-name">Evil</span>"#))
        // Balanced parentheses stay in the URL, as CommonMark reads them.
        #expect(directory.contains(#"<a href="https://es.wikipedia.org/wiki/Rocha_(Uruguay)">Rocha</a>"#))
    }

    @Test func strictMakesARefusedLinkAnError() throws {
        let site = try TestSite(Self.siteSpec)
        defer { site.cleanUp() }
        let report = site.build(strict: true)
        #expect(!report.succeeded)
        #expect(report.errorMessages.contains(
            "content/partners/taller.es.md:9:3: error: link to '\(Self.attack)' removed: 'javascript:' links are not allowed"))
    }

    @Test func obfuscatedSchemesInMarkdownAreRefused() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            [a](&#106;avascript:alert(1)) [b](%6Aavascript:alert(1)) [c](<java\u{01}script:x>) <vbscript:x>
            [d](data:text/html;base64,PHNjcmlwdD4=) ![e](file:///etc/passwd) [ok](mailto:a@example.org)
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.messages.filter { $0.contains("removed") }.count == 6)
        try Self.assertNoExecutableURL(in: site)
        let page = try #require(site.file("es/a/index.html"))
        #expect(page.contains(#"<a href="mailto:a@example.org">ok</a>"#))
        #expect(!page.contains("data:text/html"))
        #expect(!page.contains("file:///"))
    }

    /// The config's `baseURL` prefixes every internal link: only http(s) or a path.
    @Test func aScriptBaseURLIsAnError() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "baseURL: /", with: "baseURL: \"javascript:alert(1)//\"")
        let site = try TestSite("-- \(SiteConfig.fileName) --\n" + config + "\n")
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == ["\(SiteConfig.fileName):1:1: error: 'javascript:alert(1)//' is not a base URL"])
        #expect(site.outputFiles().isEmpty)
    }
}
