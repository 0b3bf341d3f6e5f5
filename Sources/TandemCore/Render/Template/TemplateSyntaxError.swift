/// A template that does not parse, with where the parser stopped.
struct TemplateSyntaxError: Error, Sendable {
    enum Problem: Error, Sendable {
        case sectionClosedWithOtherName
        case unfinishedTag
        case sectionNeverClosed
        case badSetDelimiter
        case onlyBlocksInsideParent
        case badConfigTag
        case unfinishedComment
        case transformsUnsupported
    }

    var problem: Problem
    var line: Int
    var column: Int

    var message: String {
        switch problem {
        case .sectionClosedWithOtherName: "a section is closed with a different name than it was opened with"
        case .unfinishedTag: "a tag is not finished"
        case .sectionNeverClosed: "a section is never closed"
        case .badSetDelimiter: "a set-delimiter tag is malformed"
        case .onlyBlocksInsideParent: "only {{$block}} overrides may appear inside {{<parent}}"
        case .badConfigTag: "a {{% config }} tag is not understood (the one known is CONTENT_TYPE: HTML or TEXT)"
        case .unfinishedComment: "a comment is never closed"
        case .transformsUnsupported: "functions in tags, such as {{uppercased(name)}}, are not supported"
        }
    }
}
