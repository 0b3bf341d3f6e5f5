extension Theme {
    /// A UI string for a count: the key's plural form for `count` in the
    /// language when the key has forms, else its one text; `{count}` filled in.
    ///
    ///     theme.text("partner_facts", count: 1, language: "es")  // "1 socio"
    public func text(_ key: String, count: Int, language: String) -> String {
        if let plural = plurals[language]?[key] { return plural.text(count: count, language: language) }
        return (strings[language]?[key] ?? "").replacingOccurrences(of: "{count}", with: String(count))
    }

    /// `i18nPlural` in templates: key → category → form for every UI string, so a
    /// theme's script can choose a form itself (`Intl.PluralRules`). A category
    /// the key has no form for shows its `other` form; a key written as one text
    /// shows that text in every category.
    func pluralData(language: String) -> [String: TemplateValue] {
        var data: [String: TemplateValue] = [:]
        for (key, text) in strings[language] ?? [:] {
            let plural = plurals[language]?[key]
            var forms: [String: TemplateValue] = [:]
            for category in PluralCategory.allCases { forms[category.rawValue] = .text(plural?.forms[category] ?? text) }
            data[key] = .map(forms)
        }
        return data
    }
}
