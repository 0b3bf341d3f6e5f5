import Foundation
import Synchronization
import Testing
@testable import TandemCore

/// Property-based robustness: random and mutated inputs to the front matter
/// reader, the Markdown layer and the agenda, event and partner parsers never
/// crash or hang. A fixed seed keeps CI reproducible; `TANDEM_FUZZ_ITERATIONS`
/// runs longer by hand (e.g. 200000). Each input has its own seed and a time budget
/// (`FuzzBudget`): a hang fails with the seed that replays it (`TANDEM_FUZZ_SEED`).
@Suite("Fuzzing")
struct FuzzTests {
    /// The suite's seeded generator (`Support/SplitMix.swift`).
    typealias SplitMix64 = SplitMix

    static let iterations = Int(ProcessInfo.processInfo.environment["TANDEM_FUZZ_ITERATIONS"] ?? "") ?? 3000

    // Seeds drawn from real content, so mutations explore the interesting grammar.
    /// The hand-written seeds below plus every file of the bundled `content/`.
    static let corpus: [String] = handWritten + ThemeLoader.files(under: TestSite.repositoryRoot.appendingPathComponent("content"), extension: "md")
        .compactMap { try? String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/" + $0), encoding: .utf8) }

    static let handWritten: [String] = [
        "---\ntitle: Taller\ndate: 2024-11-01\ntags: [a, b]\n---\n## Viernes 1 de noviembre\n\n| Hora | Sesión |\n|---|---|\n| 10:30-10:40 (10 minutos) | Palabras: Sr. X |\n",
        "---\ntitle: Cumbre\n---\n## Jueves | 31 de octubre\n\n- 19:30 hrs. *Conferencia Magistral:*\n  El Papel\n  - detalle\n",
        "- 2017 **Foro Mundial.** 19 – 21 de abril. Madrid - España.\n- 2017 **XXII Cumbre**. Córdoba 29 y 30 De noviembre y 1° de Diciembre.\n",
        "- Agencia de Cooperación Española (AECID Bolivia, AECID Guatemala)\n- Consejo (CIEPS), México\n",
        "Texto[^1] con ~~tachado~~ y www.example.org <b>html</b>\n\n[^1]: nota\n\n> cita\n\n```swift\ncode\n```\n",
    ]

    static func mutate(_ text: String, using rng: inout SplitMix64) -> [UInt8] {
        var bytes = Array(text.utf8)
        let alphabet: [UInt8] = Array("-*_|:#[](){}`~>\n\t 0123456789hrsáñ¿\u{0}\u{FF}".utf8)
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            guard !bytes.isEmpty else { bytes = [UInt8.random(in: 0...255, using: &rng)]; continue }
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)], at: at)
            case 2: bytes.remove(at: at)
            case 3: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 16)], at: at)
            default: bytes.replaceSubrange(at..<min(bytes.count, at + 4), with: [])
            }
        }
        return bytes
    }

    @Test func frontMatterMarkdownAndProgrammeParsersSurviveMutations() {
        #expect(Self.corpus.count >= Self.handWritten.count + 20, "the bundled content is part of the corpus")
        let parsedPages = Mutex(0)
        for iteration in 0..<Self.iterations {
            let inputSeed = FuzzBudget.seed(base: 20241101, index: iteration)
            if let replay = FuzzBudget.replaySeed, replay != inputSeed { continue }
            var rng = SplitMix64(state: inputSeed)
            let seed = Self.corpus[iteration % Self.corpus.count]
            let bytes = iteration % 10 == 0
                ? (0..<Int.random(in: 0...256, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                : Self.mutate(seed, using: &rng)
            guard case .success(let text) = TextDecoder.decode(bytes) else { continue }
            guard FuzzBudget.run(seed: inputSeed, what: "input \(iteration)", { Self.parseEverything(text) { parsedPages.withLock { $0 += 1 } } }) else { break }
        }
        if FuzzBudget.replaySeed == nil {
            #expect(parsedPages.withLock { $0 } > Self.iterations / 20, "mutations should still often produce valid pages")
        }
    }

    /// Every parser a page's text meets, from front matter to the programme lists.
    static func parseEverything(_ text: String, onPage: () -> Void = {}) {
        let file = SourceFile(path: "content/f.es.md", contentPath: "f.es.md", sectionPath: "", baseName: "f", languageCode: "es", text: text)
        var bag = DiagnosticBag()
        let page = PageParser().parse(file, diagnostics: &bag)
        if page != nil { onPage() }
        let body = page?.body ?? text
        let rendered = MarkdownProcessor().process(body: body, path: file.path, diagnostics: &bag)
        let metadata = AgendaMetadata(key: "k", language: "es", timeZone: "America/Santo_Domingo", dates: [CalendarDate(year: 2024, month: 11, day: 1)])
        let agenda = AgendaParser.parse(blocks: rendered.blocks, path: file.path, metadata: metadata).agenda
        _ = AgendaValidator.validate(agenda)
        _ = ICalendarWriter(buildDate: CalendarDate(year: 2024, month: 1, day: 1)).calendar(for: agenda)
        _ = EventListParser.parse(blocks: rendered.blocks, path: file.path, contextYear: 2017)
        _ = PartnerListParser.parse(blocks: rendered.blocks, path: file.path)
    }

    @Test func timeAndDateParsersSurviveRandomText() {
        var rng = SplitMix64(state: 42)
        let pieces = ["10", ":", "30", "-", "–", "hrs.", " ", "h", "am", "pm", "(", "20 minutos", ")", "de", "noviembre", "Viernes", "|", "1°", "y", "al", "2024", "99", ":99"]
        for _ in 0..<(Self.iterations * 2) {
            let text = (0..<Int.random(in: 0...10, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            _ = TimeRangeParser.parse(text)
            _ = DayHeadingParser.parse(text)
        }
    }
}
