/// The product rules of the language switch, beside the translation pairs they read:
/// where a page's switch goes in a language it has no version in, and which pages a
/// language's home lists as not translated into it.
extension Site {
    /// Where the switch to `language` goes from page `index` when it has no translation
    /// there: the nearest section that exists in that language, or that language's home.
    func fallback(for index: Int, in language: String) -> Int? {
        let page = pages[index]
        var components = page.sectionPath.split(separator: "/").map(String.init)
        if page.kind == .section { components.removeLast() }
        while true {
            if let section = section(components.joined(separator: "/"), language) { return section.pageIndex }
            if components.isEmpty { return home(language) }
            components.removeLast()
        }
    }

    /// Regular pages that exist in another language and not in `code`, one per translation
    /// key (the first in page order), for that language's home page.
    func untranslatedElsewhere(language code: String) -> [Int] {
        var seenKeys = Set<String>()
        return pages.indices.filter { index in
            pages[index].kind == .regular && pages[index].languageCode != code && translation(of: index, in: code) == nil
                && seenKeys.insert(pages[index].translationKey).inserted
        }
    }
}
