import Foundation

/// Reads an agenda page's Markdown blocks into days and sessions.
///
/// The page is read in three parts: an introduction (everything before the first
/// day heading), the schedule (day headings with their sessions), and closing
/// notes (from the first heading that is not a date). Nothing is dropped: what
/// cannot be read as a session is kept and reported, so a typo never makes a
/// session silently vanish from the published programme.
///
/// Parsing reports only what it could not read; `AgendaValidator.validate` checks
/// the result (overlaps, durations, weekdays), so callers run both.
public enum AgendaParser: Sendable {
    public static let missingTimeMessage = "could not read a time at the start of this session; write it as `10:30-10:40 Title`"

    public static func parse(blocks: [MarkdownBlock], path: String, metadata: AgendaMetadata) -> AgendaParseResult {
        var diagnostics = DiagnosticBag()
        let zone = resolveZone(metadata, path: path, diagnostics: &diagnostics)
        var agenda = Agenda(path: path, metadata: metadata, timeZone: zone)

        var state = State.introduction
        var pending: [PendingSession] = []
        var table = TableLayout()
        var previousDate: CalendarDate?

        func finishDay() {
            guard case .day(let index) = state else { return }
            agenda.days[index].sessions = resolve(pending, date: agenda.days[index].date, zone: zone)
            pending = []
        }

        for block in blocks {
            if case .heading(let level) = block.kind {
                let heading = level >= 2 ? DayHeadingParser.parse(block.text) : nil
                if let heading, state != .closing {
                    finishDay()
                    // Without `dates`, a heading with no year follows the day before it, stepping over New Year.
                    let followingPrevious = previousDate.map { $0.year + (heading.month < $0.month ? 1 : 0) }
                    let context = heading.year ?? (metadata.dates.isEmpty ? followingPrevious : nil)
                        ?? DayHeading.contextYear(month: heading.month, day: heading.day, dates: metadata.dates)
                    guard let date = heading.date(contextYear: context) else {
                        reportUnresolved(heading, block: block, context: context, path: path, diagnostics: &diagnostics)
                        agenda.unplaced.append(block)
                        state = .unplaced
                        continue
                    }
                    previousDate = date
                    agenda.days.append(AgendaDay(date: date, heading: heading, headingText: block.text, line: block.line))
                    state = .day(agenda.days.count - 1)
                    table = TableLayout()
                    continue
                }
                if let heading, state == .closing, heading.date(contextYear: heading.year ?? metadata.dates.first?.year) != nil {
                    diagnostics.warning(SourceLocation(path: path, line: block.line),
                                        "day heading after the end of the schedule; it is shown as a closing note",
                                        hint: "a heading that is not a date ends the schedule: move that heading below the last day, or make it bold text")
                }
                switch state {
                case .introduction:
                    agenda.introduction.append(block)
                case .day, .unplaced:
                    finishDay()
                    state = .closing
                    agenda.closingNotes.append(block)
                case .closing:
                    agenda.closingNotes.append(block)
                }
                continue
            }

            switch state {
            case .introduction:
                agenda.introduction.append(block)
            case .closing:
                agenda.closingNotes.append(block)
            case .unplaced:
                agenda.unplaced.append(block)
            case .day(let dayIndex):
                read(block, dayIndex: dayIndex, agenda: &agenda, pending: &pending, table: &table, path: path, diagnostics: &diagnostics)
            }
        }
        finishDay()
        return AgendaParseResult(agenda: agenda, diagnostics: diagnostics)
    }

    // MARK: - Reading one block inside a day

    private enum State: Equatable, Sendable {
        case introduction
        case day(Int)
        case unplaced
        case closing
    }

    /// A session before its end is known: ends may depend on the next session.
    private struct PendingSession: Sendable {
        var start: TimeOfDay
        var writtenEnd: TimeOfDay?
        var statedDuration: Int?
        var content: SessionContent
        var line: Int
        var nested: [String] = []
    }

    /// Which table column holds the time, the room, and the title text.
    private struct TableLayout: Sendable {
        var roomColumn: Int?

        init(header: [String] = []) {
            let roomNames: Set<String> = ["sala", "salon", "room", "track", "lugar", "espacio", "auditorio", "venue"]
            roomColumn = header.indices.dropFirst().first { roomNames.contains(ScalarTrim.trimming(TextFolding.key(header[$0]), where: ScalarTrim.isWhitespace)) }
        }
    }

    private static func read(_ block: MarkdownBlock, dayIndex: Int, agenda: inout Agenda, pending: inout [PendingSession],
                             table: inout TableLayout, path: String, diagnostics: inout DiagnosticBag) {
        switch block.kind {
        case .tableHeader:
            table = TableLayout(header: block.cells)
        case .listItem(let depth, _) where depth > 0:
            // Nested items belong to the item above them: a session's details, or part of an unreadable item.
            let lastSessionLine = pending.last?.line ?? Int.min
            let lastUnparsedLine = agenda.days[dayIndex].unparsedItems.last?.line ?? Int.min
            if lastUnparsedLine > lastSessionLine {
                agenda.days[dayIndex].unparsedItems.append(block)
            } else if !pending.isEmpty {
                pending[pending.count - 1].nested.append(block.text)
            } else {
                agenda.days[dayIndex].notes.append(block)
            }
        case .listItem, .tableRow:
            switch session(from: block, table: table) {
            case .success(let session):
                pending.append(session)
            case .failure(let failure):
                agenda.days[dayIndex].unparsedItems.append(block)
                let message: String
                switch failure {
                case .noTime: message = missingTimeMessage
                case .invalid(let reason): message = "could not read the time of this session: \(reason)"
                }
                diagnostics.warning(SourceLocation(path: path, line: block.line), message)
            }
        case .heading, .paragraph, .other:
            agenda.days[dayIndex].notes.append(block)
        }
    }

    private enum SessionFailure: Error, Sendable {
        case noTime
        case invalid(String)
    }

    private static func session(from block: MarkdownBlock, table: TableLayout) -> Result<PendingSession, SessionFailure> {
        let isRow = block.kind == .tableRow
        let lines = block.text.components(separatedBy: "\n")
        let timeText = isRow ? (block.cells.first ?? "") : (lines.first ?? "")
        let parsed: ParsedTimeRange
        switch TimeRangeParser.parse(timeText) {
        case .noTime: return .failure(.noTime)
        case .invalid(let reason): return .failure(.invalid(reason))
        case .parsed(let range): parsed = range
        }

        var remainder = parsed.remainder
        var moreLines = isRow ? [] : Array(lines.dropFirst())
        var room: String?
        if isRow {
            // Cell 1 holds the time; the other cells are the title, except a room column.
            var titleCells: [String] = []
            for (index, cell) in block.cells.enumerated().dropFirst() {
                let text = ScalarTrim.trimming(cell, where: ScalarTrim.isWhitespaceOrNewline)
                if index == table.roomColumn {
                    room = text.isEmpty ? nil : text
                } else if !text.isEmpty {
                    titleCells.append(text)
                }
            }
            let cellLines = titleCells.joined(separator: " — ").components(separatedBy: "\n")
            remainder = ([remainder] + [cellLines.first ?? ""]).filter { !$0.isEmpty }.joined(separator: " ")
            moreLines = Array(cellLines.dropFirst())
        }

        var content = SessionContent.read(remainder: remainder, moreLines: moreLines, source: block.source)
        if let room { content.room = room }
        return .success(PendingSession(start: parsed.start, writtenEnd: parsed.end, statedDuration: parsed.statedDuration,
                                       content: content, line: block.line))
    }

    // MARK: - Ends, instants

    /// Works out each session's end: as written, from the stated duration, or when
    /// the next session in the same track starts.
    private static func resolve(_ pending: [PendingSession], date: CalendarDate, zone: TimeZone?) -> [AgendaSession] {
        pending.enumerated().map { index, item in
            var content = item.content
            content.addDetails(item.nested)
            var end = item.writtenEnd
            var endSource = AgendaSession.EndSource.written
            if end == nil, let minutes = item.statedDuration, let computed = item.start.adding(minutes: minutes) {
                end = computed
                endSource = .statedDuration
            }
            if end == nil {
                let next = pending[(index + 1)...].first { $0.content.room == content.room && $0.start > item.start }
                end = next?.start
                endSource = next == nil ? .none : .nextSession
            }
            var session = AgendaSession(
                date: date, start: item.start, end: end, endSource: endSource, writtenEnd: item.writtenEnd,
                statedDuration: item.statedDuration, kind: content.kind, title: content.title, details: content.details,
                speakers: content.speakers, room: content.room, line: item.line)
            session.speakersAsWritten = content.speakersAsWritten
            if let zone {
                session.startInstant = ZonedTime.instant(date: date, time: item.start, zone: zone)
                session.startISO8601 = session.startInstant.map { ZonedTime.iso8601($0, zone: zone) }
                if let end {
                    // An end before the start (validation warns) is read as past midnight, so instants stay ordered.
                    let endDate = end < item.start ? date.adding(days: 1) : date
                    session.endInstant = ZonedTime.instant(date: endDate, time: end, zone: zone)
                    session.endISO8601 = session.endInstant.map { ZonedTime.iso8601($0, zone: zone) }
                }
            }
            return session
        }
    }

    private static func resolveZone(_ metadata: AgendaMetadata, path: String, diagnostics: inout DiagnosticBag) -> TimeZone? {
        let location = SourceLocation(path: path, line: metadata.timeZoneLine)
        // A missing zone is the front matter reader's to report; times then stay floating.
        guard let identifier = metadata.timeZone.map({ ScalarTrim.trimming($0, where: ScalarTrim.isWhitespace) }), !identifier.isEmpty else { return nil }
        // Only region names are accepted: an abbreviation like "EST" would hide daylight saving time.
        guard identifier.contains("/") || identifier == "UTC", let zone = TimeZone(identifier: identifier) else {
            diagnostics.error(location, "unknown time zone '\(identifier)'",
                              hint: "use an IANA zone name such as `America/Santo_Domingo` or `Europe/Madrid`")
            return nil
        }
        return zone
    }

    private static func reportUnresolved(_ heading: DayHeading, block: MarkdownBlock, context: Int?, path: String,
                                         diagnostics: inout DiagnosticBag) {
        let location = SourceLocation(path: path, line: block.line)
        if context == nil {
            diagnostics.warning(location, "no year for the day '\(block.text)'; its sessions are not shown in the schedule",
                                hint: "write the year in the heading or list the programme's `dates` in the front matter")
        } else {
            diagnostics.warning(location, "'\(block.text)' is not a date that exists; its sessions are not shown in the schedule")
        }
    }
}
