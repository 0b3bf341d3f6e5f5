import Foundation

/// Writes calendar dates the way each language writes them, from the theme's
/// `date_format` string (`{day} de {month} de {year}`) and Foundation's month
/// names for the language's locale. Built once per language; Sendable.
public struct DateText: Sendable {
    public var format: String
    public var monthNames: [String]

    public init(locale: String, format: String?) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        // Spanish writes month names in lower case inside a date; standalone symbols are capitalised.
        monthNames = formatter.monthSymbols
        self.format = format ?? "{day} {month} {year}"
    }

    public func string(_ date: CalendarDate) -> String {
        let month = date.month >= 1 && date.month <= monthNames.count ? monthNames[date.month - 1] : String(date.month)
        // The standard library's replacing: Foundation's bridged version dominated list pages.
        return format
            .replacing("{day}", with: String(date.day))
            .replacing("{month}", with: month)
            .replacing("{year}", with: String(date.year))
    }
}
