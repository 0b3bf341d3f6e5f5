/// What an agenda's front matter says about the whole programme. The pipeline
/// reads the YAML; this layer only needs the values and where `timezone` was written.
public struct AgendaMetadata: Sendable, Equatable {
    /// The event key (front matter `event`): the stable part of calendar UIDs,
    /// shared by both languages of a translated pair.
    public var key: String
    public var title: String?
    /// "es" or "en".
    public var language: String
    /// IANA identifier (`America/Santo_Domingo`); nil when the front matter has none.
    public var timeZone: String?
    /// The front matter line of `timezone`, where an unknown zone is reported.
    public var timeZoneLine: Int
    /// The programme's days, when the front matter lists them; empty when it does not.
    public var dates: [CalendarDate]
    public var venue: String?
    public var city: String?
    /// ISO 3166 alpha-2 code.
    public var country: String?

    public init(key: String, title: String? = nil, language: String, timeZone: String?, timeZoneLine: Int = 1,
                dates: [CalendarDate] = [], venue: String? = nil, city: String? = nil, country: String? = nil) {
        self.key = key
        self.title = title
        self.language = language
        self.timeZone = timeZone
        self.timeZoneLine = timeZoneLine
        self.dates = dates
        self.venue = venue
        self.city = city
        self.country = country
    }
}
