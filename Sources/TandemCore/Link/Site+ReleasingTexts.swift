extension Site {
    /// Gives up the text of every content file, which nothing after the Markdown stage reads,
    /// and the body of each page but those `keepsBody` names (copied out of the file's text,
    /// so the front matter goes too). On a 10k-page site the texts were an eighth of a
    /// build's memory during render. Only a build's render calls this: `check`, `review` and
    /// `serve` keep their pages whole.
    mutating func releaseTexts(keepingBodiesOf keepsBody: (Int) -> Bool) {
        for index in pages.indices where pages[index].source != nil {
            let body = keepsBody(index) ? pages[index].body : ""
            pages[index].source?.text = ""
            pages[index].body = body
        }
    }
}
