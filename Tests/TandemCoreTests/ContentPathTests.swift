import Testing
@testable import TandemCore

/// One test a rule of what a content file's path says about it (`ContentPath`).
@Suite("Content path")
struct ContentPathTests {
    private func parse(_ path: String) -> Result<ContentPath, ContentPath.UnknownLanguage> {
        ContentPath.parse(path, languageCodes: ["es", "en"], defaultLanguageCode: "es")
    }

    @Test func theLanguageIsTheSuffixBeforeMd() throws {
        let path = try parse("programmes/foo.en.md").get()
        #expect(path.languageCode == "en")
        #expect(path.baseName == "foo")
        #expect(path.sectionPath == "programmes")
    }

    @Test func withoutASuffixAFileIsInTheDefaultLanguage() throws {
        let path = try parse("programmes/foo.md").get()
        #expect(path.languageCode == "es")
        #expect(path.baseName == "foo")
    }

    @Test func aSuffixThatIsNoLanguageOfTheSiteIsRefused() {
        #expect(parse("notes/foo.fr.md") == .failure(ContentPath.UnknownLanguage(suffix: "fr", fileName: "foo.fr.md")))
    }

    @Test func onlyTheLastDottedPartCanBeALanguage() throws {
        let path = try parse("a.b.en.md").get()
        #expect(path.baseName == "a.b")
        #expect(path.languageCode == "en")
        // So a dot in a name without a language suffix reads as an unknown language.
        #expect(parse("v1.2.md") == .failure(ContentPath.UnknownLanguage(suffix: "2", fileName: "v1.2.md")))
    }

    @Test func translationsShareTheirPathWithoutTheSuffix() throws {
        let spanish = try parse("programmes/2026/foo.es.md").get()
        let english = try parse("programmes/2026/foo.en.md").get()
        let unmarked = try parse("programmes/2026/foo.md").get()
        #expect(spanish.translationKey == "programmes/2026/foo")
        #expect(english.translationKey == spanish.translationKey)
        #expect(unmarked.translationKey == spanish.translationKey)
        #expect(try parse("foo.en.md").get().translationKey == "foo")
    }

    @Test func indexAtTheRootIsTheHomePage() throws {
        #expect(try parse("_index.en.md").get().kind == .home)
        #expect(try parse("_index.md").get().kind == .home)
    }

    @Test func indexInAFolderIsThatSectionsPage() throws {
        let path = try parse("programmes/_index.es.md").get()
        #expect(path.kind == .section)
        #expect(path.translationKey == "programmes/_index")
    }

    @Test func everyOtherFileIsARegularPage() throws {
        #expect(try parse("programmes/foo.es.md").get().kind == .regular)
        #expect(try parse("index.es.md").get().kind == .regular)
    }
}
