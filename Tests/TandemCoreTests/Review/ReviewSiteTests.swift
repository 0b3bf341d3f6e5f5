import Foundation
import Testing
@testable import TandemCore

@Suite("Review: the review site")
struct ReviewSiteTests {
    static let site = """
        -- content/_index.es.md --
        ---
        title: Inicio
        ---
        -- content/notas/a.es.md --
        ---
        title: Nota A
        ---
        ## Resultados

        Participaron 711 personas.

        Un párrafo que solo existe en español, con 3 datos.
        -- content/notas/a.en.md --
        ---
        title: Note A
        ---
        ## Results

        711 people took part.
        -- content/notas/b.es.md --
        ---
        title: Nota B
        ---
        """

    func review(_ site: TestSite, git: Bool = false) -> ReviewReport {
        var builder = ReviewSiteBuilder(siteFolder: site.folder)
        builder.useGit = git
        return builder.build()
    }

    func file(_ site: TestSite, _ path: String) -> String {
        site.text("output-review/" + path) ?? ""
    }

    @Test func writesAnIndexAndOnePagePerPair() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        let report = review(site)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.pairs.map(\.translationKey) == ["notas/a"])
        #expect(report.findings == 2)  // the gap and its number
        #expect(ThemeLoader.files(under: site.folder.appendingPathComponent("output-review"), extension: "") == ["index.html", "pairs/notas-a.html"])
        #expect(!site.exists(""), "nothing goes into output/")

        let index = file(site, "index.html")
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(index.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(index.contains("3 pages: 2 missing, 0 stale, 0 draft, 1 untracked"))
        #expect(index.contains("<a href=\"pairs/notas-a.html\">2</a>"))
        #expect(index.contains("<code class=\"command\">tandem translate content/notas/b.es.md --to en</code>"))
        #expect(index.contains("<code class=\"command\">tandem translate content/_index.es.md --to en</code>"))
        #expect(index.contains("<th scope=\"row\">notas</th><td>2</td>"), "coverage per section")
        #expect(!index.contains("http://") && !index.contains("https://") && !index.contains("<script"), "self-contained")

        let pair = file(site, "pairs/notas-a.html")
        #expect(pair.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(pair.contains("<tr id=\"b1\"><th scope=\"row\" class=\"row\"><a href=\"#b1\">b1</a></th><td lang=\"es\">"))
        #expect(pair.contains("<td lang=\"en\"><span class=\"kind\" lang=\"en\">H2</span> <strong>Results</strong>"))
        #expect(pair.contains("<tr id=\"b3\" class=\"gap flagged\">"))
        #expect(pair.contains("<td class=\"missing\">no counterpart in English</td>"))
        #expect(pair.contains("<li class=\"fact warning\">number 3 only in es, not in en</li>"))
        #expect(pair.contains("<th scope=\"col\">Español</th><th scope=\"col\">English</th>"))
        #expect(!pair.contains("class=\"stale\""))
    }

    @Test func aFailedReviewLeavesThePreviousOne() throws {
        let site = try TestSite(Self.site)
        defer { site.cleanUp() }
        #expect(review(site).succeeded)
        try site.write("content/notas/c.es.md", "---\ntitle: [roto\n---\n")
        // A page that cannot be read is skipped and named, on the index page too; the rest is
        // still reviewed (issue #14: unrelated errors no longer stop the review).
        let broken = review(site)
        #expect(broken.succeeded)
        #expect(broken.diagnostics.first?.location.path == "content/notas/c.es.md")
        #expect(file(site, "index.html").contains("<code>content/notas/c.es.md:3:1</code>: malformed YAML"))
        let before = file(site, "index.html")
        try site.write("tandem.yaml", "languages: [")
        let failed = review(site)
        #expect(!failed.succeeded)
        #expect(file(site, "index.html") == before)
        // Nothing but the spare the two reviews before kept (issue #17): no staging folder of the failed one.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.contains("tandem-") }
        #expect(leftovers == [".output-review.tandem-spare"])
        // Never into the public output folder.
        let intoPublic = ReviewSiteBuilder(siteFolder: site.folder, outputFolder: site.output).build()
        #expect(!intoPublic.succeeded)
        #expect(intoPublic.diagnostics.first?.message == "the review site is never written into the public site's folder")
    }

    @Test func aStaleTranslationShowsTheSourceChangesFromGit() throws {
        let body = "Primera frase del programa.\n\nMás de 711 personas participaron.\n"
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: A
            ---
            \(body)
            -- content/a.en.md --
            ---
            title: A
            source_hash: \(SourceHash.of(body: body))
            ---
            First sentence of the programme.

            More than 711 people took part.
            """)
        defer { site.cleanUp() }
        let history = SourceHistory(siteFolder: site.folder)
        guard history.git(["--version"]) != nil else { return }  // git is optional
        #expect(history.git(["init", "-q"]) != nil)
        _ = history.git(["add", "content"])
        #expect(history.git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "First version"]) != nil)
        try site.write("content/a.es.md", "---\ntitle: A\n---\nPrimera frase del programa.\n\nMás de 750 personas participaron.\n")

        let report = review(site, git: true)
        #expect(report.pairs.first?.stale == true)
        #expect(report.pairs.first?.diffShown == true)
        let page = file(site, "pairs/a.html")
        #expect(page.contains("<h2 id=\"changes\">The source changed</h2>"))
        #expect(page.contains("“First version”"))
        #expect(page.contains("<del>- Más de <strong>711</strong> personas participaron.</del>\n<ins>+ Más de <strong>750</strong> personas participaron.</ins>"))
        #expect(page.contains("<li class=\"fact warning\">number 750 only in es, not in en</li>"))
        let index = file(site, "index.html")
        #expect(index.contains("<span class=\"state stale\">stale</span>"))
        #expect(index.contains("<a href=\"pairs/a.html#changes\"><span lang=\"es\">A</span></a> (English): <code class=\"command\">tandem translate --mark-current content/a.en.md</code>"))

        // Without git, the page says only that the source changed.
        let withoutGit = review(site, git: false)
        #expect(withoutGit.pairs.first?.diffShown == false)
        #expect(file(site, "pairs/a.html").contains("The source changed since the translation was made; the earlier text is not available"))
    }

    @Test func aOneMegabytePairReviewsQuickly() throws {
        // About 1 MB per side: 4,500 paragraphs with figures, headings every 20, one paragraph missing in English.
        var spanish = "", english = ""
        for index in 0..<4_500 {
            if index % 20 == 0 {
                spanish += "## Sección \(index / 20)\n\n"
                english += "## Section \(index / 20)\n\n"
            }
            spanish += "El municipio número \(index) informó \(index * 7) beneficiarios y un presupuesto de \(index * 13),5 millones en el período, con avances en educación, salud y gobierno local que el equipo revisó con cuidado durante la visita a la región.\n\n"
            if index != 1_234 {
                english += "Municipality number \(index) reported \(index * 7) beneficiaries and a budget of \(index * 13).5 million in the period, with progress in education, health and local government that the team reviewed carefully during the visit to the region.\n\n"
            }
        }
        #expect(spanish.utf8.count > 1_000_000)
        let site = try TestSite("""
            -- content/a.es.md --
            ---
            title: Grande
            ---
            \(spanish)
            -- content/a.en.md --
            ---
            title: Big
            ---
            \(english)
            """)
        defer { site.cleanUp() }
        let loaded = try ReviewFixture.site(site)
        let status = try #require(StatusReport(site: loaded).status(of: "a"))
        let start = Date()
        let review = try #require(PairReviewer(site: loaded).review(status, left: "es", right: "en"))
        let seconds = Date().timeIntervalSince(start)
        print("1 MB pair: \(review.rows.count) rows in \(String(format: "%.3f", seconds)) s (this build)")
        #expect(review.rows.count == 4_725)
        #expect(review.count(.unmatched) == 1)
        #expect(review.rows.filter { $0.left != nil && $0.right != nil }.allSatisfy { row in
            row.left?.facts.numbers == row.right?.facts.numbers || row.left?.block.kind != .paragraph
        })
        // A guard against quadratic alignment only (it took minutes once), wide enough for a debug
        // build on a loaded machine; the speed target is Benchmarks/review-1mb.sh's.
        #expect(seconds < 120)
    }
}
