import Foundation
import Testing
@testable import TandemCore

/// A build lets go of what its render no longer reads (files' texts, page bodies, blocks'
/// Markdown, each page's HTML once written); `serve` keeps everything whole. Both must write
/// the same site, and diagnostics must still show their excerpts.
@Suite("What a build keeps in memory")
struct BuildMemoryTests {
    static let programme = ProgrammePageTests.workshop + """

        -- content/agendas/taller.en.md --
        ---
        title: Workshop agenda
        translationKey: agenda-taller
        timezone: America/Santo_Domingo
        dates: [2024-11-01]
        ---
        An in-person workshop for local governments.

        ## Friday 1 November

        Arrivals from 9:00.

        - 10:30-10:40 Welcome
        - 10:40-11:00 **Conclusions**: [notes](../programmes/taller.es.md)
        - Coffee in the courtyard

        ## Registration

        Write to registration@example.org before 20 October.
        -- content/agendas/sin-dias.es.md --
        ---
        title: Agenda sin días
        translationKey: agenda-sin-dias
        timezone: America/Montevideo
        ---
        Todavía sin programa: [el taller](../programmes/taller.es.md).

        ## Contacto

        Escriba a *contacto@example.org*.
        -- content/partners/socios.es.md --
        ---
        title: Socios
        translationKey: socios
        summary: Quiénes participan.
        ---
        - Consejo de Investigación y Evaluación de la Política Social (CIEPS), México
        - [Red de Ciudades](https://example.org/red), Uruguay
        -- content/events/eventos.es.md --
        ---
        title: Eventos
        translationKey: eventos
        ---
        - 2017 **Ciudades sin Miedo.** 8 al 13 de junio Barcelona – España.
        - Un encuentro sin fecha {{< figura >}}
        -- content/notas/nota.es.md --
        ---
        title: Nota
        translationKey: nota
        ---
        Una nota con una [[nota al pie]][^1].

        [^1]: El pie.
        """

    /// The same with an error: a build that stops before render has let its texts go too.
    static let broken = programme.replacingOccurrences(of: "Una nota con una", with: "Una nota con un [enlace roto](nada.md) y una")

    @Test func aBuildWritesWhatTheDevServerWritesFromWholeData() throws {
        let site = try TestSite(Self.programme)
        defer { site.cleanUp() }
        let built = site.build()
        #expect(built.succeeded, "\(built.messages)")

        var options = site.options()
        let served = site.folder.appendingPathComponent("serve", isDirectory: true)
        options.outputFolder = served
        let session = SiteSession(options: options)
        let report = session.build()
        #expect(report.build.succeeded)
        #expect(report.build.messages == built.messages)

        let paths = ThemeLoader.files(under: site.output, extension: "")
        #expect(paths.count > 20)
        #expect(ThemeLoader.files(under: served, extension: "") == paths)
        for path in paths {
            let expected = FileManager.default.contents(atPath: served.appendingPathComponent(path).path)
            #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path) == expected, "\(path)")
        }
        // What the lean data still has to show.
        let english = try #require(site.file("en/agendas/workshop-agenda/index.html"))
        #expect(english.contains("Arrivals from 9:00."))
        #expect(english.contains("Coffee in the courtyard"))
        #expect(english.contains("registration@example.org"))
        let events = try #require(site.file("es/events/eventos/index.html"))
        #expect(events.contains("Un encuentro sin fecha"))
    }

    @Test func diagnosticsShowTheirExcerptsAfterTheTextsAreGone() throws {
        let site = try TestSite(Self.broken)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == ["content/notas/nota.es.md:5:17: error: link to a missing page 'nada.md' (looked for content/notas/nada.md)"])
        let broken = try #require(report.diagnostics.first { $0.location.path == "content/notas/nota.es.md" && $0.message.contains("nada.md") })
        #expect(broken.location.line == 5)
        let excerpt = SourceExcerpt.lines(for: broken, siteFolder: site.folder)
        #expect(excerpt.contains { $0.contains("5 | Una nota con un [enlace roto](nada.md)") }, "\(excerpt)")
        let shortcode = try #require(report.diagnostics.first { $0.location.path == "content/events/eventos.es.md" && $0.message.contains("figura") })
        #expect(SourceExcerpt.lines(for: shortcode, siteFolder: site.folder).contains { $0.contains("{{< figura >}}") })
    }

    @Test func aBuildThatWritesGivesUpTextsAndACheckKeepsThem() throws {
        let site = try TestSite(Self.programme)
        defer { site.cleanUp() }
        let written = try #require(site.build().site)
        let checked = try #require(site.build(write: false).site)
        func page(_ site: Site, _ path: String) throws -> Page { site.pages[try #require(site.pagesByContentPath[path])] }

        // An agenda with days keeps its body (its schedule is cut out of it); the others do not.
        let agenda = try page(written, "agendas/taller.es.md")
        #expect(agenda.body.hasPrefix("Taller presencial para gobiernos locales."))
        #expect(agenda.source?.text == "")
        #expect(try page(written, "agendas/sin-dias.es.md").body == "")
        #expect(try page(written, "notas/nota.es.md").body == "")
        #expect(try page(written, "notas/nota.es.md").source?.text == "")
        // `tandem check` hands its site on whole.
        let note = try page(checked, "notas/nota.es.md")
        #expect(note.body.hasPrefix("Una nota con una [[nota al pie]]"))
        #expect(note.source?.text.hasPrefix("---\ntitle: Nota\n") == true)
    }

    @Test func leanProgrammeDataKeepsWhatPagesShow() throws {
        func block(_ kind: MarkdownBlock.Kind, _ text: String, line: Int) -> MarkdownBlock {
            MarkdownBlock(kind: kind, text: text, cells: ["a", "b"], source: "**" + text + "**", line: line)
        }
        var day = AgendaDay(date: CalendarDate(year: 2024, month: 11, day: 1), heading: try #require(DayHeadingParser.parse("1 de noviembre de 2024")),
                            headingText: "1 de noviembre de 2024", line: 3)
        day.notes = [block(.paragraph, "Llegada", line: 5)]
        day.unparsedItems = [block(.listItem(depth: 0, ordered: false), "Café", line: 7)]
        let agenda = Agenda(path: "content/agendas/a.es.md", metadata: AgendaMetadata(key: "a", language: "es", timeZone: nil), introduction: [block(.paragraph, "Intro", line: 1)],
                            days: [day], closingNotes: [block(.heading(level: 2), "Contacto", line: 9), block(.paragraph, "Escriba", line: 11)],
                            unplaced: [block(.paragraph, "31 de noviembre", line: 8)])
        guard case .agenda(let lean) = ProgrammeStage.PageProgramme.agenda(agenda).keepingOnlyWhatPagesNeed() else {
            Issue.record("not an agenda")
            return
        }
        #expect(lean.introduction.isEmpty)
        #expect(lean.closingNotes.map(\.line) == [9])
        #expect(lean.unplaced.map(\.line) == [8])
        #expect(lean.days[0].notes == [MarkdownBlock(kind: .paragraph, text: "Llegada", source: "", line: 5)])
        #expect(lean.days[0].unparsedItems.map(\.text) == ["Café"])
        #expect(lean.days[0].unparsedItems.allSatisfy { $0.source.isEmpty && $0.cells.isEmpty })
        #expect(AgendaProse.readsBody(of: lean) && !AgendaProse.readsBody(of: Agenda(path: "x", metadata: AgendaMetadata(key: "a", language: "es", timeZone: nil))))

        let events = EventList(items: [], unparsed: [block(.listItem(depth: 0, ordered: false), "Sin fecha", line: 4)])
        guard case .events(let leanEvents) = ProgrammeStage.PageProgramme.events(events).keepingOnlyWhatPagesNeed() else {
            Issue.record("not an event list")
            return
        }
        #expect(leanEvents.unparsed == [MarkdownBlock(kind: .listItem(depth: 0, ordered: false), text: "Sin fecha", source: "", line: 4)])
    }

    @Test func aHandedOverValueIsTakenOnce() {
        let slots = HandOffSlots<String>(["uno", nil, "tres"])
        #expect(slots.take(0) == "uno")
        #expect(slots.take(0) == nil)
        #expect(slots.take(1) == nil)
        #expect(slots.take(7) == nil)
        let taken = Parallel.map(3) { slots.take($0) }
        #expect(taken == [nil, nil, "tres"])
    }
}
