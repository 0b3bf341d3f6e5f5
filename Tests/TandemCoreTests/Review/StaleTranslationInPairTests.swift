import Testing
@testable import TandemCore

/// With three languages, a pair page's "The source changed" section and its diff belong to
/// the stale translation in that pair, not to whichever stale translation comes first.
@Suite("Review: the stale translation of a pair")
struct StaleTranslationInPairTests {
    static func status(_ states: [(String, TranslationState)]) -> TranslationStatus {
        TranslationStatus(
            translationKey: "a", sectionPath: "", kind: .regular, sourceLanguageCode: "es",
            versions: states.map { code, state in
                TranslationStatus.Version(languageCode: code, state: state, path: "content/a.\(code).md", recordedHash: "sha256:\(code)")
            })
    }

    @Test func aCurrentPairHasNoStaleTranslationWhenAnotherLanguageIsStale() {
        let entry = Self.status([("es", .source), ("en", .ok), ("fr", .stale)])
        #expect(entry.staleTranslation(inPairOf: "es", "en") == nil)
        #expect(entry.staleTranslation(inPairOf: "es", "fr")?.path == "content/a.fr.md")
    }

    @Test func thePairsOwnStaleTranslationWins() {
        let entry = Self.status([("es", .source), ("fr", .stale), ("en", .stale)])
        #expect(entry.staleTranslation(inPairOf: "es", "en")?.recordedHash == "sha256:en")
        #expect(entry.staleTranslation(inPairOf: "en", "fr")?.languageCode == "fr")
        #expect(entry.staleTranslation(inPairOf: "en", "es")?.languageCode == "en")
    }
}
