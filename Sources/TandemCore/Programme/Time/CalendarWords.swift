/// Month and weekday names in both programme languages, keyed by their folded
/// form so that "sábado", "Sabado" and "SÁBADO" all match. Written out rather
/// than taken from DateFormatter so parsing never depends on the machine's ICU data.
enum CalendarWords: Sendable {
    static let spanishWeekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let spanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                "septiembre", "octubre", "noviembre", "diciembre"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    static let weekdays: [String: Weekday] = {
        var table: [String: Weekday] = [:]
        for (index, weekday) in Weekday.allCases.enumerated() {
            table[TextFolding.key(spanishWeekdays[index])] = weekday
            table[TextFolding.key(englishWeekdays[index])] = weekday
            // Three-letter English abbreviations only: Spanish ones ("mar", "mie") collide with months.
            table[TextFolding.key(englishWeekdays[index].prefix(3))] = weekday
        }
        table["tues"] = .tuesday
        table["thur"] = .thursday
        table["thurs"] = .thursday
        return table
    }()

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for index in 0..<12 {
            table[TextFolding.key(spanishMonths[index])] = index + 1
            table[TextFolding.key(englishMonths[index])] = index + 1
            table[TextFolding.key(spanishMonths[index].prefix(3))] = index + 1
            table[TextFolding.key(englishMonths[index].prefix(3))] = index + 1
        }
        table["setiembre"] = 9
        table["set"] = 9
        table["sept"] = 9
        return table
    }()

    /// The longest key of `months` and `weekdays`, in UTF-8 bytes: a longer word names neither.
    static let longestFoldedWord = (months.keys.map(\.utf8.count) + weekdays.keys.map(\.utf8.count)).max() ?? 0

    static func month(_ word: some StringProtocol) -> Int? { months[TextFolding.key(word)] }
    static func weekday(_ word: some StringProtocol) -> Weekday? { weekdays[TextFolding.key(word)] }

    static func monthName(_ month: Int, language: String) -> String {
        guard (1...12).contains(month) else { return String(month) }
        return language.hasPrefix("es") ? spanishMonths[month - 1] : englishMonths[month - 1]
    }
}
