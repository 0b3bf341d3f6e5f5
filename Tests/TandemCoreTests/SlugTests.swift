import Testing
@testable import TandemCore

@Suite("Slugs and small values")
struct SlugTests {
    @Test(arguments: [
        ("Municipalización de los ODM", "municipalizacion-de-los-odm"),
        ("¿Por qué?", "por-que"),
        ("Año 2024", "ano-2024"),
        ("Año 2024".decomposedStringWithCanonicalMapping, "ano-2024"),
        ("  --Hola,  Mundo!!  ", "hola-mundo"),
        ("Ñandú & Cía.", "nandu-cia"),
    ])
    func slugs(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func segmentValidation() {
        #expect(Slug.isValidSegment("taller-2024"))
        #expect(!Slug.isValidSegment("../etc"))
        #expect(!Slug.isValidSegment("a/b"))
        #expect(!Slug.isValidSegment(".."))
        #expect(!Slug.isValidSegment(""))
    }

    @Test func baseURLs() {
        #expect(BaseURL(parsing: "https://example.org/sub")?.path("es/") == "/sub/es/")
        #expect(BaseURL(parsing: "https://example.org/sub")?.absolute("es/") == "https://example.org/sub/es/")
        #expect(BaseURL(parsing: "/")?.path("es/") == "/es/")
        #expect(BaseURL(parsing: "/a/b")?.pathPrefix == "/a/b/")
        #expect(BaseURL(parsing: "ftp://x") == nil)
        #expect(BaseURL(parsing: "https://x/../y") == nil)
    }

    @Test func calendarDates() {
        #expect(CalendarDate(iso: "2024-11-01")?.isoWeekday == 5)  // Friday
        #expect(CalendarDate(iso: "2024-10-31")?.isoWeekday == 4)  // Thursday
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2024-11-01T10:00:00Z") == CalendarDate(year: 2024, month: 11, day: 1))
        let date = CalendarDate(year: 2017, month: 2, day: 28)
        #expect(date.adding(days: 1) == CalendarDate(year: 2017, month: 3, day: 1))
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }

    @Test func frontMatterSplitKeepsLines() throws {
        let parts = try FrontMatterSplitter.split("---\ntitle: a\n---\nbody\n").get()
        #expect(parts.yaml == "title: a")
        #expect(parts.bodyFirstLine == 4)
        #expect(parts.body == "body\n")
        #expect(throws: FrontMatterSplitter.Failure.unclosed) { try FrontMatterSplitter.split("---\ntitle: a\n").get() }
        #expect(throws: FrontMatterSplitter.Failure.missing) { try FrontMatterSplitter.split("title: a\n").get() }
    }
}
