import Testing
@testable import TandemCore

@Suite("Slugs (programme layer)")
struct ProgrammeSlugTests {
    @Test(arguments: [
        ("Municipalización de los ODM", "municipalizacion-de-los-odm"),
        ("¿Por qué?", "por-que"),
        ("Año 2024", "ano-2024"),
        ("  --Hola,  Mundo!!  ", "hola-mundo"),
        ("Ñandú & Cía.", "nandu-cia"),
        ("CTB-Programa CSE", "ctb-programa-cse"),
        ("", ""),
    ])
    func slugs(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func decomposedInputGivesTheSameSlug() {
        let composed = "Año Ñandú Miércoles"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.unicodeScalars) != Array(composed.unicodeScalars))
        #expect(Slug.make(decomposed) == Slug.make(composed))
        #expect(Slug.make(decomposed) == "ano-nandu-miercoles")
    }

    @Test func segments() {
        #expect(Slug.isValidSegment("taller-2024"))
        #expect(!Slug.isValidSegment("../etc"))
        #expect(!Slug.isValidSegment(""))
    }
}
