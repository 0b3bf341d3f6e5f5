import Foundation
import Testing
@testable import TandemCore

/// The "Mark as current" section of a pair page: the command in a static
/// review (`tandem review`), a form for `tandem serve` to answer, and nothing
/// on a translation that is current already.
@Suite("Review: Mark as current on pair pages")
struct MarkCurrentSectionTests {
    static let spec = """
        -- content/ok.es.md --
        ---
        title: Hecho
        ---
        Texto terminado del programa.
        -- content/ok.en.md --
        ---
        title: Done
        source_hash: \(SourceHash.of(body: "Texto terminado del programa.\n"))
        ---
        Finished text of the programme.
        -- content/nuevo.es.md --
        ---
        title: Nuevo
        ---
        Texto nuevo del programa.
        -- content/nuevo.en.md --
        ---
        title: New
        ---
        New text of the programme.
        -- content/mitad.es.md --
        ---
        title: Mitad
        ---
        Texto que sigue sin traducir en la versión inglesa del programa.
        -- content/mitad.en.md --
        ---
        title: Half
        ---
        Texto que sigue sin traducir en la versión inglesa del programa.
        -- content/borrador.es.md --
        ---
        title: Borrador
        ---
        Texto del borrador.
        -- content/borrador.en.md --
        ---
        title: Draft
        draft: true
        ---
        Draft text.
        """

    @Test func aStaticReviewShowsTheCommandAndNoForm() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        #expect(ReviewSiteBuilder(siteFolder: site.folder).build().succeeded)
        let untracked = site.text("output-review/pairs/nuevo.html") ?? ""
        #expect(untracked.contains("""
            <section aria-labelledby="mark-current">
            <h2 id="mark-current">Mark as current</h2>
            <p>Once the English translation matches the source as it is now, record that in its front matter \
            (<code>source_hash</code>) from the site folder: <code class="command">tandem translate --mark-current content/nuevo.en.md</code></p>
            </section>
            """))
        let incomplete = site.text("output-review/pairs/mitad.html") ?? ""
        #expect(incomplete.contains("<p>The review still finds 1 untranslated part in it (see the findings): "))
        #expect(incomplete.contains("tandem translate --mark-current content/mitad.en.md"))
        let draft = site.text("output-review/pairs/borrador.html") ?? ""
        #expect(draft.contains("<p>The English translation is a draft (<code>draft: true</code>): remove that line to publish it"))
        #expect(!(site.text("output-review/pairs/ok.html") ?? "").contains("mark-current"))
        for page in ["nuevo", "mitad", "borrador", "ok"] {
            #expect(!(site.text("output-review/pairs/\(page).html") ?? "").contains("<form"), "\(page)")
        }
    }

    @Test func theServedReviewHasAFormWithAPlaceholderForTheToken() throws {
        let site = try TestSite(Self.spec)
        defer { site.cleanUp() }
        var builder = ReviewSiteBuilder(siteFolder: site.folder)
        builder.offersMarkCurrent = true
        #expect(builder.build().succeeded)
        let page = site.text("output-review/pairs/nuevo.html") ?? ""
        #expect(page.contains("""
            <form method="post" action="mark-current">
            <input type="hidden" name="token" value="tandem-serve-token">
            <input type="hidden" name="path" value="content/nuevo.en.md">
            <input type="hidden" name="pair" value="nuevo.html">
            <button type="submit">Mark as current</button>
            </form>
            """))
        // A draft is published first; a current translation has nothing to mark.
        #expect(!(site.text("output-review/pairs/borrador.html") ?? "").contains("<form"))
        #expect(!(site.text("output-review/pairs/ok.html") ?? "").contains("<form"))
    }
}
