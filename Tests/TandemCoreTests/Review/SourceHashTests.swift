import Foundation
import Testing
@testable import TandemCore

@Suite("Review: SHA-256 and the source hash")
struct SourceHashTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Lengths around the padding boundary (55, 56, 64 bytes) and a long input.
        #expect(SHA256.hex(Array(String(repeating: "a", count: 55).utf8)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 56).utf8)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 64).utf8)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
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
        #expect(full == SHA256.hex(Array("Texto.".utf8)))
        #expect(SourceHash.matches(hash, body: "Texto.\n"))
        #expect(SourceHash.matches(full, body: "Texto."))
        #expect(SourceHash.matches("SHA256:" + full.prefix(20).uppercased(), body: "Texto."))
        #expect(!SourceHash.matches(hash, body: "Otro texto."))
        #expect(!SourceHash.matches("sha256:xyz", body: "Texto."))
        #expect(!SourceHash.matches("", body: "Texto."))
    }
}
