/// The shapes of `schedule.json`, following the frab / pretalx / c3voc schedule
/// format so existing conference apps (Giggity, ConfClerk, c3nav…) can read it.
/// See SCHEMA.md for the meaning of every field.
enum ScheduleJSON: Sendable {
    struct Document: Encodable, Sendable {
        var generator: Generator
        var schedule: Schedule
    }

    struct Generator: Encodable, Sendable {
        var name: String
        var url: String?
    }

    struct Schedule: Encodable, Sendable {
        var version: String
        var baseURL: String?
        var conference: Conference

        enum CodingKeys: String, CodingKey, Sendable {
            case version, conference
            case baseURL = "base_url"
        }
    }

    struct Conference: Encodable, Sendable {
        var acronym: String
        var title: String
        var start: String
        var end: String
        var daysCount: Int
        var timeslotDuration: String
        var timeZoneName: String?
        var language: String
        var venue: String?
        var city: String?
        var country: String?
        var days: [Day]

        enum CodingKeys: String, CodingKey, Sendable {
            case acronym, title, start, end, daysCount, language, venue, city, country, days
            case timeslotDuration = "timeslot_duration"
            case timeZoneName = "time_zone_name"
        }
    }

    struct Day: Encodable, Sendable {
        var index: Int
        var date: String
        var dayStart: String
        var dayEnd: String
        var rooms: [String: [Event]]

        enum CodingKeys: String, CodingKey, Sendable {
            case index, date, rooms
            case dayStart = "day_start"
            case dayEnd = "day_end"
        }
    }

    struct Event: Encodable, Sendable {
        var guid: String
        var id: Int
        var date: String
        var start: String
        var duration: String
        var room: String
        var slug: String
        var title: String
        var subtitle: String
        var track: String?
        var type: String
        var language: String
        var abstract: String
        var description: String
        var persons: [Person]
        var links: [Link]
        var attachments: [Link]
    }

    struct Person: Encodable, Sendable {
        var publicName: String

        enum CodingKeys: String, CodingKey, Sendable {
            case publicName = "public_name"
        }
    }

    struct Link: Encodable, Sendable {
        var url: String
        var title: String
    }
}
