import Testing
@testable import TandemCore

@Suite("Events timeline")
struct EventListTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var title: String
        var start: String
        var end: String
        var place: String?
        var organizer: String? = nil
        var testDescription: String { title }
    }

    static let seedExpectations: [Expected] = [
        Expected(title: "XXI Cumbre de Mercociudades", start: "2016-11-23", end: "2016-11-25", place: "Santa Fe, Argentina"),
        Expected(title: "Encuentro anual de Coordinaciones de Unidades Técnicas de Mercociudades", start: "2017-03-20", end: "2017-03-22", place: "Montevideo, Uruguay"),
        Expected(title: "Foro Mundial sobre las violencias urbanas y educación para la convivencia y la Paz", start: "2017-04-19", end: "2017-04-21", place: "Madrid, España"),
        Expected(title: "ONU- CEPAL. Primer Encuentro de Países de América Latina y el Caribe sobre Desarrollo Sostenible", start: "2017-04-25", end: "2017-04-28", place: "Ciudad de México, México"),
        Expected(title: "Toma de Posesión de Lenín Moreno como presidente de Ecuador", start: "2017-05-25", end: "2017-05-25", place: "Quito, Ecuador"),
        Expected(title: "Ciudades sin Miedo", start: "2017-06-08", end: "2017-06-13", place: "Barcelona, España"),
        Expected(title: "III Foro de Andalucía Solidaria. Taller sobre Localización de los Objetivos de Desarrollo Sostenible (ODS)", start: "2017-06-14", end: "2017-06-14", place: "Córdoba, España", organizer: "FAMSÍ"),
        Expected(title: "Taller Localización de los ODS. CGLU", start: "2017-06-15", end: "2017-06-16", place: "Barcelona, España"),
        Expected(title: "II Foro Latinoamericano sobre Desarrollo Económico Local", start: "2017-06-27", end: "2017-06-30", place: "Cochabamba, Bolivia"),
        Expected(title: "X Cumbre Hemisférica de Autoridades Locales de América Latina", start: "2017-08-23", end: "2017-08-26", place: "Pachuca, México", organizer: "FLACMA"),
        Expected(title: "Encuentro de Gobiernos Subnacionales. Objetivos de Desarrollo Sostenible: Desafíos para la adaptación", start: "2017-09-05", end: "2017-09-05", place: "Buenos Aires, Argentina"),
        Expected(title: "IV Foro Mundial de Desarrollo Económico Local", start: "2017-10-17", end: "2017-10-20", place: "Praia, Cabo Verde"),
        Expected(title: "Taller de Reingeniería para el Fortalecimiento Institucional de Mercociudades", start: "2017-11-06", end: "2017-11-07", place: "Córdoba, Argentina"),
        Expected(title: "Conferencia Internacional. Ciudades Democráticas", start: "2017-11-17", end: "2017-11-18", place: "Madrid"),
        Expected(title: "I Foro Global de Gobiernos Locales", start: "2017-11-22", end: "2017-11-24", place: "Sevilla, España"),
        Expected(title: "Seminario internacional FAL de Periferia-CGLU", start: "2017-11-25", end: "2017-11-25", place: "Sao Leopoldo, Brasil"),
        Expected(title: "XXII Cumbre de Mercociudades", start: "2017-11-29", end: "2017-12-01", place: "Córdoba"),
        Expected(title: "Foro Continental de Ciudades Intermedias Latinoamérica “Hacia la Agenda 2030”", start: "2018-02-28", end: "2018-03-02", place: "Cuenca, Ecuador"),
    ]

    static func seedList() -> EventListParseResult {
        EventListParser.parse(blocks: MarkdownFixture.blocks(EventSeeds.events, firstLine: 200), path: "content/events/plan.es.md")
    }

    @Test func seedItemsParse() throws {
        let result = Self.seedList()
        let items = result.list.items
        #expect(result.list.unparsed.isEmpty)
        #expect(items.count == Self.seedExpectations.count)
        for (item, expected) in zip(items, Self.seedExpectations) {
            #expect(item.title == expected.title)
            #expect(item.start.iso == expected.start, "\(expected.title)")
            #expect(item.end.iso == expected.end, "\(expected.title)")
            #expect(item.place == expected.place, "\(expected.title)")
            #expect(item.organizer == expected.organizer, "\(expected.title)")
            #expect(item.precision == .day)
        }
        // The seed lists its events in date order: nothing to point out.
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics.items)")
        #expect(items.first?.line == 202)
        #expect(result.list.sorted == items)
        #expect(result.list.byYear.map(\.year) == [2016, 2017, 2018])
        #expect(result.list.byYear.map(\.items.count) == [1, 16, 1])
    }

    @Test func pastAndUpcoming() throws {
        let list = Self.seedList().list
        let cordoba = try #require(list.items.first { $0.title == "XXII Cumbre de Mercociudades" })
        #expect(!cordoba.isPast(relativeTo: CalendarDate(year: 2017, month: 12, day: 1)))
        #expect(cordoba.isPast(relativeTo: CalendarDate(year: 2017, month: 12, day: 2)))
        let today = CalendarDate(year: 2017, month: 11, day: 30)
        #expect(list.upcoming(relativeTo: today).map(\.title) == ["XXII Cumbre de Mercociudades",
                                                                  "Foro Continental de Ciudades Intermedias Latinoamérica “Hacia la Agenda 2030”"])
        #expect(list.past(relativeTo: today).count == 16)
    }

    @Test func plannedActivitiesOutOfOrder() throws {
        let result = EventListParser.parse(blocks: MarkdownFixture.blocks(EventSeeds.planned), path: "plan.es.md", contextYear: 2018)
        let items = result.list.items
        #expect(items.map(\.start.iso) == ["2017-11-01", "2018-03-01", "2018-04-01", "2018-05-01", "2018-07-01", "2018-08-01",
                                           "2018-10-02", "2017-12-01"])
        #expect(items[0].title == "Participar en el XXII Congreso de Mercociudades")
        #expect(items[0].precision == .month)
        #expect(items[0].end.iso == "2017-11-30")
        #expect(items[1].title == "Encuentro de Coordinadores, subcoordinadores y miembros de la Unidades Técnicas")
        #expect(items[1].description == "Construir una propuesta de mayor coordinación y gestión integral para nuestras ciudades.")
        #expect(items[6].title == "Seminario - Taller “ Ciudades de América Latina por el Desarrollo Sostenible Puerto Montt II”")
        #expect(items[6].end.iso == "2018-10-05")
        #expect(items[6].precision == .day)
        #expect(result.list.unparsed.map(\.line) == [5, 6])

        let notes = result.diagnostics.items.filter { $0.severity == .note }
        #expect(notes.count == 1)
        #expect(notes.first?.location.line == 12)
        #expect(notes.first?.message.hasPrefix("'XXIII Congreso de MERCOCIUDADES en La Paz' (2017-12-01) is listed after") == true)
        #expect(result.diagnostics.warnings.map(\.message) == [EventListParser.missingDateMessage, EventListParser.missingDateMessage])
        #expect(result.list.sorted.map(\.start.iso).first == "2017-11-01")
        #expect(result.list.sorted[1].start.iso == "2017-12-01")
        #expect(result.list.byYear.map(\.year) == [2017, 2018])
    }

    @Test(arguments: [
        ("2017 **Cities without Fear.** 8–13 June, Barcelona – Spain.", "2017-06-08", "2017-06-13", "Barcelona, Spain"),
        ("2017 **World Forum on Urban Violence.** April 19-21, 2017. Madrid - Spain.", "2017-04-19", "2017-04-21", "Madrid, Spain"),
        ("2017 **World Forum on Urban Violence.** 19–21 April. Madrid - Spain.", "2017-04-19", "2017-04-21", "Madrid, Spain"),
        ("2017 **SDG Localisation Workshop.** 15 and 16 June, Barcelona, Spain.", "2017-06-15", "2017-06-16", "Barcelona, Spain"),
        ("2018 **Continental Forum of Intermediary Cities.** 28 February to 2 March. Cuenca – Ecuador.", "2018-02-28", "2018-03-02", "Cuenca, Ecuador"),
        ("2017 **XXII Summit of Mercociudades**. Córdoba, November 29, 30 and December 1.", "2017-11-29", "2017-12-01", "Córdoba"),
        ("**Coordinators' meeting.** March 2018. Montevideo", "2018-03-01", "2018-03-31", "Montevideo"),
        ("2017 **Year-end meeting.** 28 December to 3 January. Quito", "2017-12-28", "2018-01-03", "Quito"),
        ("**Cumbre.** 1º de diciembre de 2019, Lima, Perú", "2019-12-01", "2019-12-01", "Lima, Perú"),
    ] as [(String, String, String, String)])
    func englishAndOtherForms(item: String, start: String, end: String, place: String) throws {
        let blocks = [MarkdownBlock(kind: .listItem(depth: 0, ordered: false), text: MarkdownFixture.plain(item), source: item, line: 1)]
        let result = EventListParser.parse(blocks: blocks, path: "events.en.md")
        let event = try #require(result.list.items.first, "\(result.diagnostics.items)")
        #expect(event.start.iso == start)
        #expect(event.end.iso == end)
        #expect(event.place == place)
    }

    @Test func yearFromHeadingOrContext() {
        let markdown = "## 2019\n\n- **Foro.** 3 de mayo. Quito\n\n## Otros\n\n- **Taller.** 4 de junio. Lima\n"
        let result = EventListParser.parse(blocks: MarkdownFixture.blocks(markdown), path: "e.es.md", contextYear: 2020)
        #expect(result.list.items.map(\.start.iso) == ["2019-05-03", "2019-06-04"])
        let noYear = EventListParser.parse(blocks: MarkdownFixture.blocks("- **Foro.** 3 de mayo. Quito\n"), path: "e.es.md")
        #expect(noYear.list.items.isEmpty)
        #expect(noYear.list.unparsed.count == 1)
        #expect(noYear.diagnostics.warnings.map(\.message) == ["no year for this event"])
        let impossible = EventListParser.parse(blocks: MarkdownFixture.blocks("- 2019 **Foro.** 31 de junio. Quito\n"), path: "e.es.md")
        #expect(impossible.diagnostics.warnings.map(\.message) == ["could not read the date of this event: 2019-06-31 is not a date that exists"])
    }
}
