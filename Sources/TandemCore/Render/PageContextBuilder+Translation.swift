extension PageContextBuilder {
    /// `page.translation` on a stale translation: the notice in the page's language,
    /// the source page to read instead, and, when git has the version the
    /// translation was made from, how many blocks changed since and when.
    /// Absent on every other page, so `{{#page.translation}}` shows nothing there.
    func translationData(for index: Int) -> TemplateValue? {
        guard let lag = input.translationLag, let stale = lag.stale(index, in: site) else { return nil }
        let code = site.pages[index].languageCode
        let source = site.pages[stale.sourceIndex]
        let strings = input.theme.strings[code] ?? [:]
        let languageName = Self.languageName(source.languageCode, in: code)
        var data: [String: TemplateValue] = [
            "isStale": .bool(true),
            "source": .map([
                "url": .text(url(stale.sourceIndex)), "title": .text(source.title),
                "languageCode": .text(source.languageCode), "languageName": .text(languageName),
                // A theme without the string still gets a link with a name: the original's title.
                "linkText": .text(strings["translation_original"].map { $0.replacingOccurrences(of: "{language}", with: languageName) } ?? source.title),
            ]),
        ]
        guard let behind = stale.behind else {
            data["notice"] = .text(strings["translation_stale"] ?? "")
            return .map(data)
        }
        let since = dateTexts[code]?.string(behind.since) ?? behind.since.iso
        data["behind"] = .map([
            "blocksChanged": .number(behind.blocksChanged), "blocksRemoved": .number(behind.blocksRemoved),
            "blocksTotal": .number(behind.blocksTotal), "sourceDate": date(behind.since, language: code),
        ])
        // "2 of 14 blocks": the form follows the total; only removals leave no count to give.
        let notice = behind.blocksChanged > 0
            ? input.theme.text("translation_behind", count: behind.blocksTotal, language: code)
            : strings["translation_changed_since"] ?? ""
        data["notice"] = .text(notice.replacingOccurrences(of: "{changed}", with: String(behind.blocksChanged)).replacingOccurrences(of: "{date}", with: since))
        return .map(data)
    }
}
