import Foundation
import Testing
@testable import TandemCore

@Suite("Review: the source hash")
struct SourceHashTests {
    /// The digest comes from swift-crypto; what is ours is the hex spelling of it.
    @Test func fullHexSpellsKnownSHA256Vectors() {
        #expect(SourceHash.fullHex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SourceHash.fullHex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SourceHash.fullHex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SourceHash.fullHex(of: String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func normalizationIgnoresWhatEditorsChange() {
        let body = "\n\nTítulo\n\nUn párrafo.\n"
        let variants = [
            "Título\n\nUn párrafo.",
            "\r\nTítulo  \r\n\r\n\r\n\r\nUn párrafo.\t\r\n\r\n",
            "Ti\u{301}tulo\n\n\n\nUn pa\u{301}rrafo.   \n\n\n",
        ]
        for variant in variants {
            #expect(SourceHash.of(body: variant) == SourceHash.of(body: body))
        }
        #expect(SourceHash.normalize("\n\n a  \n\n\n\nb\n\n") == " a\n\nb")
        #expect(SourceHash.of(body: "Un párrafo distinto.") != SourceHash.of(body: body))
    }

    @Test func writtenFormAndMatching() {
        let hash = SourceHash.of(body: "Texto.")
        #expect(hash.hasPrefix("sha256:"))
        #expect(hash.count == "sha256:".count + 16)
        let full = SourceHash.fullHex(of: "Texto.")
        #expect(full == "e9a88509e3111b81b00868be55281e89da932a3f8d9e912f315dfbccbb6d59ed")
        #expect(SourceHash.matches(hash, body: "Texto.\n"))
        #expect(SourceHash.matches(full, body: "Texto."))
        #expect(SourceHash.matches("SHA256:" + full.prefix(20).uppercased(), body: "Texto."))
        #expect(!SourceHash.matches(hash, body: "Otro texto."))
        #expect(!SourceHash.matches("sha256:xyz", body: "Texto."))
        #expect(!SourceHash.matches("", body: "Texto."))
    }
}
