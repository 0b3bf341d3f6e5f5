/// Reads an agenda's front matter (`timezone`, `dates`, `venue`, `city`,
/// `country`, `event`) into `AgendaMetadata`, reporting what is missing or wrong.
enum AgendaMetadataReader {
    static func read(_ page: Page, diagnostics: inout DiagnosticBag) -> AgendaMetadata {
        let frontMatter = page.frontMatter
        let timeZone = frontMatter["timezone"]?.text
        if timeZone == nil {
            diagnostics.error(
                frontMatter.location, "an agenda needs a `timezone:`",
                hint: "add the IANA name of the event's zone, e.g. `timezone: America/Santo_Domingo`")
        }
        var dates: [CalendarDate] = []
        for text in frontMatter["dates"]?.textList ?? [] {
            if let date = CalendarDate(iso: text) { dates.append(date) } else {
                diagnostics.error(frontMatter.location(of: "dates"), "cannot read the date '\(text)' in `dates`", hint: "write dates as YYYY-MM-DD")
            }
        }
        var country = frontMatter["country"]?.text
        if let code = country, code.count != 2 || code.uppercased() != code {
            diagnostics.warning(frontMatter.location(of: "country"), "country '\(code)' is not an ISO 3166 code", hint: "use two capital letters, e.g. DO for the Dominican Republic")
            country = nil
        } else if let code = country, !CountryNames.isKnown(code: code) {
            diagnostics.warning(frontMatter.location(of: "country"), "unknown country code '\(Diagnostic.visible(code))'",
                                hint: CountryNames.codeHint(for: code))
            country = nil
        }
        return AgendaMetadata(
            key: page.translationKey, title: page.title, language: page.languageCode, timeZone: timeZone,
            timeZoneLine: frontMatter.location(of: "timezone").line, dates: dates,
            venue: frontMatter["venue"]?.text, city: frontMatter["city"]?.text, country: country)
    }
}
