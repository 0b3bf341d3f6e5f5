import Foundation
import Testing
@testable import TandemServer

/// The pieces of "Mark as current" that decide alone: the token, the form
/// reader, the origin check and the target's path.
@Suite("Mark as current: token, form, origin and path checks")
struct MarkCurrentCheckTests {
    @Test func tokensAre128RandomBitsComparedWhole() {
        let token = ActionToken(), other = ActionToken()
        #expect(token.value.count == 32)
        #expect(token.value.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(token.value != other.value)
        #expect(token.matches(token.value))
        #expect(!token.matches(other.value))
        #expect(!token.matches(""))
        #expect(!token.matches(String(token.value.dropLast())))
        #expect(!token.matches(token.value + "0"))
        #expect(ActionToken.hex(1) == "0000000000000001")
    }

    @Test func formsAreReadAsBrowsersSendThem() {
        #expect(FormFields("token=ab12&path=content%2Fprogramas%2Fagua.en.md&pair=a.html")?.values
                == ["token": "ab12", "path": "content/programas/agua.en.md", "pair": "a.html"])
        #expect(FormFields("path=content/a+b.en.md&force=1&empty=")?.values == ["path": "content/a b.en.md", "force": "1", "empty": ""])
        #expect(FormFields("path=%E2%82%AC")?["path"] == "€")
        #expect(FormFields("token=a&token=b") == nil)  // which one counts would be a guess
        #expect(FormFields("path=%zz") == nil)
        #expect(FormFields.isFormType("application/x-www-form-urlencoded"))
        #expect(FormFields.isFormType("Application/X-WWW-Form-Urlencoded; charset=UTF-8"))
        #expect(!FormFields.isFormType("multipart/form-data; boundary=x"))
        #expect(!FormFields.isFormType("text/plain"))
        #expect(!FormFields.isFormType(nil))
    }

    @Test func onlyThisServersOwnOriginOnLoopbackPasses() {
        let check = SameOriginCheck(listeningHost: "127.0.0.1", port: 1313)
        #expect(check.refusal(host: "127.0.0.1:1313", origin: "http://127.0.0.1:1313", referer: nil, fetchSite: "same-origin") == nil)
        #expect(check.refusal(host: "localhost:1313", origin: nil, referer: "http://localhost:1313/__tandem/review/pairs/a.html", fetchSite: nil) == nil)
        #expect(check.refusal(host: "[::1]:1313", origin: "http://[::1]:1313", referer: nil, fetchSite: nil) == nil)
        for (host, origin, referer, site) in [
            ("127.0.0.1:1313", "http://localhost:1313", nil, nil),
            ("127.0.0.1:1313", "http://127.0.0.1:1314", nil, nil),
            ("127.0.0.1:1313", nil, "http://127.0.0.1:1313.evil.example/", nil),
            ("127.0.0.1:1313", nil, nil, nil),
            ("127.0.0.1:1313", "http://127.0.0.1:1313", nil, "cross-site"),
            ("127.0.0.1:1313", "http://127.0.0.1:1313", nil, "same-site"),
            ("127.0.0.1:1313", "http://127.0.0.1:1313", nil, "none"),
            ("evil.example:1313", "http://evil.example:1313", nil, nil),
            ("127.0.0.1", "http://127.0.0.1", nil, nil),
        ] as [(String, String?, String?, String?)] {
            #expect(check.refusal(host: host, origin: origin, referer: referer, fetchSite: site) != nil, "\(host) \(origin ?? "-") \(referer ?? "-")")
        }
        #expect(check.refusal(host: nil, origin: "http://127.0.0.1:1313", referer: nil, fetchSite: nil) != nil)
        // Shared on the network, the review changes nothing.
        let shared = SameOriginCheck(listeningHost: "0.0.0.0", port: 1313)
        #expect(shared.refusal(host: "127.0.0.1:1313", origin: "http://127.0.0.1:1313", referer: nil, fetchSite: nil)?.contains("loopback") == true)
        #expect(SameOriginCheck.isLoopback("127.0.0.1") && SameOriginCheck.isLoopback("::1") && SameOriginCheck.isLoopback("[::1]")
                && SameOriginCheck.isLoopback("localhost") && SameOriginCheck.isLoopback("127.1.2.3"))
        #expect(!SameOriginCheck.isLoopback("0.0.0.0") && !SameOriginCheck.isLoopback("192.168.1.5") && !SameOriginCheck.isLoopback("::"))
    }

    @Test func theTargetIsAMarkdownFileInsideContent() {
        #expect(MarkCurrentAction.contentFile("content/programas/agua.en.md")?.contentPath == "programas/agua.en.md")
        for path in ["", "tandem.yaml", "content/", "content/.md", "content/../tandem.md", "content/a/../../b.md", "content/./a.md",
                     "content//a.md", "/etc/x.md", "content/.hidden/a.md", "content/a.en.md/", "content\\..\\a.md", "output/a.md",
                     "content/a.en.txt"] {
            #expect(MarkCurrentAction.contentFile(path) == nil, "\(path)")
        }
        #expect(MarkCurrentAction.isPairPageName("programas-agua.html") && MarkCurrentAction.isPairPageName("home.en.html"))
        for name in ["", ".html", "../index.html", "a/b.html", "a.htm", "a b.html", "%2e%2e.html", "ág\u{0}.html"] {
            #expect(!MarkCurrentAction.isPairPageName(name), "\(name)")
        }
    }
}
