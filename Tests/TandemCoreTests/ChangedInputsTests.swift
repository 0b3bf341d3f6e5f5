import Testing
import Foundation
@testable import TandemCore

/// What a batch of changed paths makes the dev server redo (`ChangedInputs`).
@Suite("Changed inputs")
struct ChangedInputsTests {
    @Test func anEditorsHiddenTemporaryFileChangesNothing() {
        // Saved the way editors and the benchmark save: write `.name.tmp`, rename it over the page.
        let change = ChangedInputs(paths: ["content/programs/.plan.es.md.tmp", "content/programs/plan.es.md"], theme: "default")
        #expect(change.contentPaths == ["programs/plan.es.md"])
        #expect(!change.contentFolders)
        #expect(!change.needsRescan(contentFolder: URL(fileURLWithPath: "/site/content")))
    }

    @Test func filesInHiddenFoldersChangeNothing() {
        let change = ChangedInputs(paths: ["content/.git/index", "content/.drafts/a.es.md"], theme: "default")
        #expect(change.contentPaths.isEmpty)
        #expect(!change.contentFolders)
    }

    @Test func aBundleFileOrAFolderMakesTheContentBeListedAgain() {
        #expect(ChangedInputs(paths: ["content/posts/trip/photo.jpg"], theme: "default").contentFolders)
        #expect(ChangedInputs(paths: ["content/posts"], theme: "default").contentFolders)
    }
}
