import Foundation
import Testing
@testable import TandemCore

/// Issue #15, item 5 (published side): a stale translation's page tells its
/// readers, in its own language, how far it is behind the original, with
/// `page.translation` for templates. Counts come from git when it has the
/// version the translation was made from; without it, the notice says less.
@Suite("Published notice on stale translations", .serialized)
struct StaleTranslationNoticeTests {
    static let body = "Primera frase del programa.\n\nMás de 711 personas participaron.\n\nTercer párrafo sin cambios.\n"

    static func site(source: String = "es") throws -> TestSite {
        let (sourceLanguage, translationLanguage) = source == "es" ? ("es", "en") : ("en", "es")
        return try TestSite("""
            -- tandem.yaml --
            \(ReviewFixture.config(source: source))
            -- content/a.\(sourceLanguage).md --
            ---
            title: A
            ---
            \(body)
            -- content/a.\(translationLanguage).md --
            ---
            title: B
            source_hash: \(SourceHash.of(body: body))
            ---
            First sentence of the programme.

            More than 711 people took part.

            Third paragraph, unchanged.
            """, config: false)
    }

    /// Commits the site as it is; nil when git cannot run here (it is optional).
    static func commit(_ site: TestSite) -> String? {
        let history = SourceHistory(siteFolder: site.folder)
        guard history.git(["--version"]) != nil, history.git(["init", "-q"]) != nil else { return nil }
        _ = history.git(["add", "content"])
        guard history.git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "First version"]) != nil else { return nil }
        return history.git(["log", "-1", "--format=%cs"])?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let changedSource = """
        ---
        title: A
        ---
        Primera frase del programa.

        Más de 750 personas participaron en total.

        Tercer párrafo sin cambios.

        Un párrafo nuevo.
        """

    @Test func aStaleTranslationSaysHowManyBlocksChangedSinceWhenWithALinkToTheOriginal() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        guard let committed = Self.commit(site), let date = CalendarDate(iso: committed) else { return }
        try site.write("content/a.es.md", Self.changedSource)
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let english = site.file("en/b/index.html") ?? ""
        let when = DateText(locale: "en-GB", format: "{day} {month} {year}").string(date)
        #expect(english.contains(
            "<p class=\"notice\" role=\"note\">This translation does not yet reflect 2 of 4 blocks changed in the original since \(when). "
            + "<a href=\"/es/a/\" hreflang=\"es\">Read the original in Spanish</a></p>"), "\(english)")
        // The original says nothing of the kind.
        #expect(!(site.file("es/a/index.html") ?? "").contains("This translation"))
        #expect(!(site.file("es/a/index.html") ?? "").contains("Esta traducción"))
    }

    @Test func theTemplateDataHasTheCountsAndTheSourceDate() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        guard let committed = Self.commit(site) else { return }
        try site.write("content/a.es.md", Self.changedSource)
        try site.write("themes/default/templates/page.mustache", """
            {{#page.translation}}stale={{isStale}} changed={{behind.blocksChanged}} removed={{behind.blocksRemoved}} \
            total={{behind.blocksTotal}} iso={{behind.sourceDate.iso}} source={{source.url}} {{source.languageCode}} \
            {{source.languageName}} {{source.title}}{{/page.translation}}{{^page.translation}}current{{/page.translation}}
            """)
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        #expect(site.file("en/b/index.html") == "stale=true changed=2 removed=0 total=4 iso=\(committed) source=/es/a/ es Spanish A")
        #expect(site.file("es/a/index.html") == "current")
    }

    @Test func aSpanishTranslationSaysItInSpanishWithTheSingularForm() throws {
        let site = try TestSite("""
            -- tandem.yaml --
            \(ReviewFixture.config(source: "en"))
            -- content/b.en.md --
            ---
            title: B
            ---
            Only one paragraph here.
            -- content/b.es.md --
            ---
            title: Be
            source_hash: \(SourceHash.of(body: "Only one paragraph here.\n"))
            ---
            Un solo párrafo aquí.
            """, config: false)
        defer { site.cleanUp() }
        guard let committed = Self.commit(site), let date = CalendarDate(iso: committed) else { return }
        try site.write("content/b.en.md", "---\ntitle: B\n---\nOnly one paragraph, edited.\n")
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let spanish = site.file("es/be/index.html") ?? ""
        let when = DateText(locale: "es", format: "{day} de {month} de {year}").string(date)
        #expect(spanish.contains(
            "<p class=\"notice\" role=\"note\">Esta traducción no refleja 1 de 1 bloque cambiado en el original desde el \(when). "
            + "<a href=\"/en/b/\" hreflang=\"en\">Leer el original en inglés</a></p>"), "\(spanish)")
    }

    @Test func withoutGitAStaleTranslationSaysSoWithoutCounts() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        // No repository here: the recorded version cannot be looked up.
        try site.write("content/a.es.md", Self.changedSource)
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let english = site.file("en/b/index.html") ?? ""
        #expect(english.contains(
            "<p class=\"notice\" role=\"note\">This translation does not yet reflect recent changes to the original. "
            + "<a href=\"/es/a/\" hreflang=\"es\">Read the original in Spanish</a></p>"), "\(english)")
    }

    @Test func onlyRemovedBlocksSayChangesSinceTheDate() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        guard let committed = Self.commit(site), let date = CalendarDate(iso: committed) else { return }
        try site.write("content/a.es.md", "---\ntitle: A\n---\nPrimera frase del programa.\n\nTercer párrafo sin cambios.\n")
        let report = site.build()
        #expect(report.succeeded, "\(report.messages)")
        let when = DateText(locale: "en-GB", format: "{day} {month} {year}").string(date)
        #expect((site.file("en/b/index.html") ?? "").contains(
            "This translation does not yet reflect changes made to the original since \(when)."))
    }

    @Test func currentTranslationsAndDraftsShowNoNotice() throws {
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            \(Self.body)
            -- content/a.en.md --
            ---
            title: B
            source_hash: \(SourceHash.of(body: Self.body))
            ---
            First sentence.
            -- content/c.es.md --
            ---
            title: C
            ---
            Otro texto.
            -- content/c.en.md --
            ---
            title: C
            draft: true
            source_hash: sha256:0000000000000000
            ---
            Other text.
            -- content/d.es.md --
            ---
            title: D
            ---
            Texto.
            -- content/d.en.md --
            ---
            title: D
            ---
            Text.
            """)
        defer { site.cleanUp() }
        let report = site.build(drafts: true)
        #expect(report.succeeded, "\(report.messages)")
        for path in ["en/b/index.html", "en/c/index.html", "en/d/index.html", "es/a/index.html"] {
            #expect(site.file(path) != nil, "\(path)")
            #expect(!(site.file(path) ?? "").contains("This translation"), "\(path)")
        }
    }

    @Test func theDevServerSessionShowsTheNoticeOnceTheSourceChanges() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        guard Self.commit(site) != nil else { return }
        var options = site.options()
        options.outputFolder = site.folder.appendingPathComponent("serve", isDirectory: true)
        let session = SiteSession(options: options)
        #expect(session.build().succeeded)
        let page = { (try? String(contentsOf: options.resolvedOutputFolder.appendingPathComponent("en/b/index.html"), encoding: .utf8)) ?? "" }
        #expect(!page().contains("This translation"))
        try site.write("content/a.es.md", Self.changedSource)
        #expect(session.rebuild(changed: ["content/a.es.md"]).succeeded)
        #expect(page().contains("This translation does not yet reflect 2 of 4 blocks changed in the original since "))
    }
}
