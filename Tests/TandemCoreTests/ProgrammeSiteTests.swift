import Foundation
import Testing
@testable import TandemCore

/// Agendas, partners and events through the whole pipeline (real libcmark-gfm
/// blocks), on the bundled seed content and on small inline sites.
@Suite("Programme content in the site")
struct ProgrammeSiteTests {
    static func bundled() throws -> (BuildReport, ProgrammeData, Site) {
        var options = BuildOptions(siteFolder: TestSite.repositoryRoot, buildDate: CalendarDate(year: 2026, month: 11, day: 22))
        options.writeOutput = false
        let report = SiteBuilder(options: options).build()
        let site = try #require(report.site)
        var diagnostics = DiagnosticBag()
        let markdown = site.pages.map { page in
            MarkdownProcessor().process(body: page.body, firstLine: page.bodyFirstLine, path: page.displayPath, diagnostics: &diagnostics)
        }
        return (report, ProgrammeStage(site: site, markdown: markdown).run(diagnostics: &diagnostics), site)
    }

    func page(_ site: Site, _ contentPath: String) throws -> Int {
        try #require(site.pagesByContentPath[contentPath])
    }

    @Test func seedAgendasParseCompletely() throws {
        let (report, data, site) = try Self.bundled()
        let summit = try #require(data.agendas[try page(site, "agendas/cumbre-concejales-2024.es.md")])
        #expect(summit.days.map(\.sessions.count) == [4, 8, 2])
        #expect(summit.days.allSatisfy { $0.unparsedItems.isEmpty })
        let friday = summit.days[1].sessions[0]
        #expect(friday.start.description == "09:00")
        #expect(friday.kind == "Conferencia Magistral")
        #expect(friday.title == "Oportunidades de la Cooperación Internacional en Favor de los Concejos Municipales")
        #expect(friday.startISO8601 == "2024-11-01T09:00:00-04:00")
        let workshop = try #require(data.agendas[try page(site, "agendas/taller-innovacion-ods-2024.es.md")])
        #expect(workshop.days.count == 1)
        #expect(workshop.sessions.map(\.start.description) == ["10:30", "10:40", "11:00", "11:20", "11:55"])
        #expect(workshop.sessions[1].kind == "Tema 2")
        // The one real inconsistency of the seeds, and nothing else.
        #expect(report.warnings.map(\.description) == [
            "content/agendas/taller-innovacion-ods-2024.es.md:26:1: warning: stated duration 45 minutes but 11:20–11:55 is 35 minutes (correct the duration in parentheses or the time range)",
        ])
    }

    @Test func seedPartnersAndEventsParse() throws {
        let (_, data, site) = try Self.bundled()
        let spanish = try #require(data.partnerLists[try page(site, "partners/municipalizacion-odm.es.md")])
        let english = try #require(data.partnerLists[try page(site, "partners/municipalizacion-odm.en.md")])
        #expect(spanish.count == 10 && english.count == 10)
        #expect(spanish[0].country == "UY")
        #expect(spanish[8].acronyms == ["CIEPS"] && spanish[8].country == "MX")
        #expect(spanish[9].country == nil, "Organización Panamericana de la Salud is a name, not a country")
        #expect(english[1].country == "MX")
        let events = try #require(data.eventLists[try page(site, "events/mercociudades-2017-2018.es.md")])
        #expect(events.items.count == 18)
        let foro = try #require(events.items.first { $0.title.hasPrefix("Foro Mundial sobre las violencias") })
        #expect(foro.start == CalendarDate(year: 2017, month: 4, day: 19) && foro.end == CalendarDate(year: 2017, month: 4, day: 21))
        #expect(foro.place == "Madrid, España")
        let cumbre = try #require(events.items.first { $0.title == "XXII Cumbre de Mercociudades" })
        #expect(cumbre.start == CalendarDate(year: 2017, month: 11, day: 29) && cumbre.end == CalendarDate(year: 2017, month: 12, day: 1))
        #expect(events.byYear.map(\.year) == [2016, 2017, 2018])
    }

    @Test func validationRulesFireOnInlineAgendasAndStrictMakesThemErrors() throws {
        let site = try TestSite("""
            -- content/agendas/a.es.md --
            ---
            title: Agenda
            timezone: Europe/Madrid
            dates: [2024-11-01]
            ---
            ## Jueves 1 de noviembre de 2024

            - 10:00-11:00 Apertura
            - 10:30-10:45 (30 minutos) Solapada
            - 12:00-11:00 Al revés
            - sin hora
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        let messages = report.warnings.map { "\($0.location.line): \($0.message)" }
        #expect(messages == [
            "6: 'Jueves' does not match 2024-11-01, which is a Friday (viernes)",
            "8: this session ends at 11:00 but 'Solapada' (line 9) starts at 10:30 in the same track",
            "9: stated duration 30 minutes but 10:30–10:45 is 15 minutes",
            "10: this session ends at 11:00 but starts at 12:00",
            "11: could not read a time at the start of this session; write it as `10:30-10:40 Title`",
        ])
        #expect(!site.build(strict: true).succeeded)
    }

    /// An agenda without sessions or an event list without dated events publishes no empty
    /// calendar, and its page offers none; with content, both are there.
    @Test func emptyAgendasAndEventListsGetNoCalendars() throws {
        let site = try TestSite("""
            -- content/agendas/full.es.md --
            ---
            title: Agenda completa
            slug: full
            timezone: Europe/Madrid
            dates: [2024-11-01]
            ---
            ## Viernes 1 de noviembre de 2024

            - 10:00-11:00 Apertura
            -- content/agendas/empty.es.md --
            ---
            title: Agenda por llenar
            slug: empty
            timezone: Europe/Madrid
            ---
            Las sesiones se publicarán pronto.
            -- content/events/full.es.md --
            ---
            title: Eventos
            slug: full
            ---
            - 2017 **Cumbre** 20 al 22 de marzo. Montevideo
            -- content/events/empty.es.md --
            ---
            title: Eventos por llegar
            slug: empty
            ---
            Pronto.
            """)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let full = try #require(site.file("es/agendas/full/index.html"))
        #expect(full.contains("agenda.ics") && full.contains("schedule.json"))
        #expect(site.exists("es/agendas/full/agenda.ics") && site.exists("es/agendas/full/schedule.json"))
        let empty = try #require(site.file("es/agendas/empty/index.html"))
        #expect(!empty.contains("agenda.ics") && !empty.contains("schedule.json") && !empty.contains("class=\"exports\""))
        #expect(!site.exists("es/agendas/empty/agenda.ics") && !site.exists("es/agendas/empty/schedule.json"))
        #expect(try #require(site.file("es/events/full/index.html")).contains("events.ics"))
        #expect(site.exists("es/events/full/events.ics"))
        #expect(try #require(site.file("es/events/empty/index.html")).contains("events.ics") == false)
        #expect(!site.exists("es/events/empty/events.ics"))
    }

    @Test func correctAgendaIsQuietAndTranslatedTimesAreCompared() throws {
        let site = try TestSite("""
            -- content/agendas/a.es.md --
            ---
            title: Agenda
            timezone: America/Santo_Domingo
            ---
            ## Viernes 1 de noviembre de 2024
            - 10:00-11:00 Apertura
            - 11:00 Cierre
            -- content/agendas/a.en.md --
            ---
            title: Agenda
            timezone: America/Santo_Domingo
            ---
            ## Friday 1 November 2024
            - 10:00-11:00 Opening
            - 11:30 Closing
            """)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.errorMessages == [])
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.location.path == "content/agendas/a.en.md")
        #expect(report.warnings.first?.location.line == 7)
        let html = try #require(site.file("es/agendas/agenda/index.html"))
        #expect(html.contains(#"<time datetime="2024-11-01T10:00:00-04:00">10:00</time>–<time datetime="2024-11-01T11:00:00-04:00">11:00</time>"#))
        #expect(html.contains("America/Santo_Domingo (UTC−04:00)"))
        #expect(site.exists("es/agendas/agenda/agenda.ics") && site.exists("es/agendas/agenda/schedule.json"))
        #expect(site.exists("es/agendas/agenda/sessions/s-2024-11-01-1000.ics"))
    }

    @Test func calendarsFollowRFC5545AndRoundTrip() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-ics-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(siteFolder: TestSite.repositoryRoot, outputFolder: output, buildDate: CalendarDate(year: 2026, month: 11, day: 22))
        options.strict = false
        #expect(SiteBuilder(options: options).build().succeeded)
        let files = ThemeLoader.files(under: output, extension: "ics")
        #expect(files.count == 1 + 14 + 1 + 5 + 1)
        for file in files {
            let data = try Data(contentsOf: output.appendingPathComponent(file))
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"), "\(file)")
            for line in text.components(separatedBy: "\r\n") {
                #expect(line.utf8.count <= 75, "\(file): line over 75 octets")
                #expect(!line.contains("\n"), "\(file): bare LF")
            }
        }
        // Same UIDs on a second build.
        let first = try String(contentsOf: output.appendingPathComponent("es/agendas/cumbre-concejales-2024/agenda.ics"), encoding: .utf8)
        #expect(SiteBuilder(options: options).build().succeeded)
        let second = try String(contentsOf: output.appendingPathComponent("es/agendas/cumbre-concejales-2024/agenda.ics"), encoding: .utf8)
        #expect(first == second)
        // Parse them back with Python's icalendar when it is installed (scripts/qa installs it).
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import sys, pathlib
            try:
                import icalendar
            except ImportError:
                sys.exit(3)
            root = pathlib.Path(sys.argv[1])
            events = 0
            for path in root.rglob('*.ics'):
                cal = icalendar.Calendar.from_ical(path.read_bytes())
                for component in cal.walk('VEVENT'):
                    assert component.get('UID') and component.get('DTSTART'), path
                    events += 1
            print(events)
            """, output.path]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        check.waitUntilExit()
        if check.terminationStatus != 3 {
            #expect(check.terminationStatus == 0)
            let count = Int(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(count == 14 + 14 + 5 + 5 + 18)
        }
    }
}
