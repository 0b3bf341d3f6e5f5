import Testing
@testable import TandemCore

/// The Hugo layouts `ContentPath` reads: a language's `contentDir` folder and leaf bundles.
@Suite("Content path, Hugo layouts")
struct ContentPathHugoTests {
    private func parse(_ path: String, folders: [String: String] = ["es": "es", "en": "en"]) throws -> ContentPath {
        try ContentPath.parse(path, languageCodes: ["es", "en"], defaultLanguageCode: "es", languageFolders: folders).get()
    }

    @Test func aLanguageFolderGivesTheLanguageAndIsNotPartOfTheKey() throws {
        let english = try parse("en/post/a.md")
        let spanish = try parse("es/post/a.md")
        #expect(english.languageCode == "en" && english.languageFromFolder)
        #expect(english.sectionPath == "post" && english.baseName == "a")
        #expect(english.translationKey == spanish.translationKey)
        #expect(try parse("post/a.md", folders: [:]).languageFromFolder == false)
    }

    @Test func aSuffixStillWinsInsideALanguageFolder() throws {
        let path = try parse("es/post/a.en.md")
        #expect(path.languageCode == "en")
        #expect(path.translationKey == "post/a")
    }

    @Test func theLongestLanguageFolderWins() throws {
        let path = try parse("es/blog/a.md", folders: ["es": "es", "es/blog": "en"])
        #expect(path.languageCode == "en")
        #expect(path.sectionPath == "")
    }

    @Test func aLeafBundleIsThePageOfItsFolder() throws {
        let path = try parse("post/b/index.en.md", folders: [:])
        #expect(path.isBundle)
        #expect(path.baseName == "b" && path.sectionPath == "post")
        #expect(path.translationKey == "post/b" && path.kind == .regular)
        // An `index.md` at the content root (or a language folder's root) is no bundle.
        #expect(try parse("index.es.md", folders: [:]).isBundle == false)
        #expect(try parse("en/index.md").isBundle == false)
    }
}
