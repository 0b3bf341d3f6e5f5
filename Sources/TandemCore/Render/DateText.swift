import Foundation

/// Writes calendar dates the way each language writes them, from the theme's
/// `date_format` string (`{day} de {month} de {year}`) and Foundation's month
/// names for the language's locale. Built once per language; Sendable.
public struct DateText: Sendable {
    public var format: String {
        didSet { parts = Self.parts(of: format) }
    }
    public var monthNames: [String]
    /// The format cut at its placeholders once, rather than searched on every date.
    private var parts: [Part]

    private enum Part: Sendable {
        case text(String), day, month, year
    }

    public init(locale: String, format: String?) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        // Spanish writes month names in lower case inside a date; standalone symbols are capitalised.
        monthNames = formatter.monthSymbols
        let format = format ?? "{day} {month} {year}"
        self.format = format
        parts = Self.parts(of: format)
    }

    private static func parts(of format: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(format)
        let placeholders: [(String, Part)] = [("{day}", .day), ("{month}", .month), ("{year}", .year)]
        while !rest.isEmpty {
            let next = placeholders.compactMap { name, part in rest.firstRange(of: name).map { ($0, part) } }.min { $0.0.lowerBound < $1.0.lowerBound }
            guard let (range, part) = next else { break }
            if range.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<range.lowerBound]))) }
            parts.append(part)
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    public func string(_ date: CalendarDate) -> String {
        let month = date.month >= 1 && date.month <= monthNames.count ? monthNames[date.month - 1] : String(date.month)
        var text = ""
        for part in parts {
            switch part {
            case .text(let literal): text += literal
            case .day: text += String(date.day)
            case .month: text += month
            case .year: text += String(date.year)
            }
        }
        return text
    }
}
