import Testing
@testable import TandemCore

@Suite("Partners")
struct PartnerTests {
    static let spanish = """
    #### **ALIANZAS:**

    - Gobierno Departamental Rocha, Uruguay.
    - Secretaría de Hacienda del Estado de Chiapas, México
    - Asociación de Municipios del Valle del Itata, Chile
    - Programa de las Naciones Unidas para el Desarrollo, Programa ART. Uruguay
    - Programa de las Naciones Unidas para el Desarrollo Chiapas, México
    - Agencia de Cooperación Belga CTB-Programa CSE, Perú
    - Agencia de Cooperación Española (AECID Bolivia, AECID Guatemala)
    - Fundación DEMUDA
    - Consejo de Investigación y Evaluación de la Política Social del Gobierno del Estado de México (CIEPS), México
    - Iniciativa Rostros, Voces y Lugares, Organización Panamericana de la Salud
    """

    static let english = """
    PARTNERS:

    - The Department of Rocha, Uruguay.
    - Secretariat of Finance of the State of Chiapas, Mexico
    - Association of Municipalities of Itata Valley, Chile
    - United Nations Development Programme, ART Global Initiative. Uruguay
    - United Nations Development Programme Chipas, Mexico
    - Belgian Development Agency, CTB-Program CSE, Peru
    - Spanish Agency for International Development Cooperation (AECID Bolivia, AECID Guatemala)
    - DEMUDA Foundation
    - Research Council and Social Policy Evaluation of the State of Mexico (CIEPS), Mexico
    - Faces, Voices, & Places, Pan American Health Organization
    """

    static let countries: [String?] = ["UY", "MX", "CL", "UY", "MX", "PE", nil, nil, "MX", nil]

    static func parse(_ markdown: String, path: String, overrides: [Int: PartnerOverride] = [:]) -> PartnerListParseResult {
        PartnerListParser.parse(blocks: MarkdownFixture.blocks(markdown, firstLine: 10), path: path, overrides: overrides)
    }

    @Test func spanishSeed() {
        let result = Self.parse(Self.spanish, path: "partners.es.md")
        let partners = result.partners
        #expect(result.diagnostics.items.isEmpty)
        #expect(partners.count == 10)
        #expect(partners.map(\.country) == Self.countries)
        #expect(partners.map(\.name) == [
            "Gobierno Departamental Rocha",
            "Secretaría de Hacienda del Estado de Chiapas",
            "Asociación de Municipios del Valle del Itata",
            "Programa de las Naciones Unidas para el Desarrollo, Programa ART",
            "Programa de las Naciones Unidas para el Desarrollo Chiapas",
            "Agencia de Cooperación Belga CTB-Programa CSE",
            "Agencia de Cooperación Española",
            "Fundación DEMUDA",
            "Consejo de Investigación y Evaluación de la Política Social del Gobierno del Estado de México",
            "Iniciativa Rostros, Voces y Lugares, Organización Panamericana de la Salud",
        ])
        #expect(partners[6].acronyms == ["AECID Bolivia", "AECID Guatemala"])
        #expect(partners[6].id == "aecid")
        #expect(partners[8].acronyms == ["CIEPS"])
        #expect(partners[8].id == "cieps")
        #expect(partners[8].displayName.hasSuffix("(CIEPS)"))
        #expect(partners[0].id == "gobierno-departamental-rocha")
        #expect(partners[7].id == "fundacion-demuda")
        #expect(partners.map(\.index) == Array(0..<10))
        #expect(partners[0].line == 12)
        #expect(partners[1].countryName(language: "es") == "México")
        #expect(partners[1].countryName(language: "en") == "Mexico")
        #expect(partners[5].countryName(language: "es") == "Perú")
    }

    @Test func englishSeed() {
        let result = Self.parse(Self.english, path: "partners.en.md")
        let partners = result.partners
        #expect(result.diagnostics.items.isEmpty)
        #expect(partners.count == 10)
        #expect(partners.map(\.country) == Self.countries)
        #expect(partners[0].name == "The Department of Rocha")
        #expect(partners[3].name == "United Nations Development Programme, ART Global Initiative")
        #expect(partners[5].name == "Belgian Development Agency, CTB-Program CSE")
        #expect(partners[6].id == "aecid")
        #expect(partners[7].name == "DEMUDA Foundation")
        #expect(partners[9].name == "Faces, Voices, & Places, Pan American Health Organization")
        #expect(partners[9].country == nil)
    }

    @Test func pairsAcrossLanguages() {
        let spanish = Self.parse(Self.spanish, path: "partners.es.md").partners
        let english = Self.parse(Self.english, path: "partners.en.md").partners
        let paired = PartnerListParser.pair(original: spanish, translation: english, originalPath: "partners.es.md", translationPath: "partners.en.md")
        #expect(paired.diagnostics.isEmpty)
        #expect(paired.pairs.count == 10)
        #expect(paired.pairs[7].translation?.name == "DEMUDA Foundation")

        let shorter = PartnerListParser.pair(original: spanish, translation: Array(english.prefix(9)),
                                             originalPath: "partners.es.md", translationPath: "partners.en.md")
        #expect(shorter.diagnostics.map(\.message) == ["this page lists 9 partner(s) but partners.es.md lists 10"])
        #expect(shorter.pairs.last?.translation == nil)

        var swapped = english
        swapped.swapAt(1, 2)
        let mismatched = PartnerListParser.pair(original: spanish, translation: swapped, originalPath: "partners.es.md", translationPath: "partners.en.md")
        #expect(mismatched.diagnostics.count == 2)
    }

    @Test func linksRolesAndOverrides() {
        let markdown = """
        - [Fundación DEMUDA](https://demuda.example.org) — Cofinanciador
        - Agencia Boliviana de Cooperación, Bolivia. Rol: socio técnico
        - Ministerio de Desarrollo Social (MIDES), Uruguay https://www.gub.uy/mides
        - Instituto Nacional (Chile)
        """
        let result = PartnerListParser.parse(blocks: MarkdownFixture.blocks(markdown), path: "p.es.md",
                                             overrides: [0: PartnerOverride(id: "demuda", country: "DO"), 3: PartnerOverride(country: "ZQ")])
        let partners = result.partners
        #expect(partners[0].name == "Fundación DEMUDA")
        #expect(partners[0].website?.text == "https://demuda.example.org")
        #expect(partners[0].role == "Cofinanciador")
        #expect(partners[0].id == "demuda")
        #expect(partners[0].country == "DO")
        #expect(partners[1].role == "socio técnico")
        #expect(partners[1].country == "BO")
        #expect(partners[1].name == "Agencia Boliviana de Cooperación")
        #expect(partners[2].website?.text == "https://www.gub.uy/mides")
        #expect(partners[2].country == "UY")
        #expect(partners[2].id == "mides")
        #expect(partners[3].country == "CL")
        #expect(partners[3].acronyms.isEmpty)
        #expect(result.diagnostics.warnings.map(\.message) == ["unknown country code 'ZQ' for this partner"])
        #expect(result.diagnostics.warnings.first?.location.line == 4)
    }

    @Test func duplicateIdsAreMadeUnique() {
        let result = PartnerListParser.parse(blocks: MarkdownFixture.blocks("- Fundación Sur\n- Fundación Sur, Chile\n"), path: "p.es.md")
        #expect(result.partners.map(\.id) == ["fundacion-sur", "fundacion-sur-2"])
        #expect(result.diagnostics.warnings.count == 1)
    }

    @Test func spanishAwareSort() {
        let names = ["Zeta", "Ágora", "agua", "Banco", "Éxito", "Eje"]
        let partners = names.enumerated().map { Partner(id: Slug.make($1), name: $1, text: $1, index: $0, line: $0 + 1) }
        #expect(PartnerListParser.sorted(partners, language: "es").map(\.name) == ["Ágora", "agua", "Banco", "Eje", "Éxito", "Zeta"])
    }

    @Test(arguments: [("México", "MX"), ("Mexico", "MX"), ("MÉXICO", "MX"), ("Perú", "PE"), ("Peru", "PE"),
                      ("República Dominicana", "DO"), ("Dominican Republic", "DO"), ("Cabo Verde", "CV"), ("Brasil", "BR"),
                      ("Brazil", "BR"), ("España", "ES"), ("Spain", "ES"), ("EE. UU.", "US")])
    func countryNames(name: String, code: String) {
        #expect(CountryNames.code(for: name) == code)
    }

    @Test(arguments: ["Organización Panamericana de la Salud", "Naciones Unidas", "Programa ART", "Europa", ""])
    func notCountries(name: String) {
        #expect(CountryNames.code(for: name) == nil)
    }
}
