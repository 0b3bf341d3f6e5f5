import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import TandemCore

/// `tandem serve`: builds the site into a serve folder, serves it on loopback,
/// watches the sources and rebuilds what a change affects, and tells open
/// pages to reload (or shows the build error over them).
///
///     let server = DevServer(configuration: .init(siteFolder: site, buildDate: today))
///     try await server.run { event in print(event) }
///
/// The serve folder is a fresh temporary folder (removed on shutdown) unless
/// the configuration names one, so `output/` never gets the live-reload script.
public final class DevServer: Sendable {
    public struct Configuration: Sendable {
        public var siteFolder: URL
        public var host = "127.0.0.1"
        /// 0 picks a free port (tests).
        public var port = 1313
        public var includeDrafts = false
        /// Warnings count as errors (and show in the overlay).
        public var strict = false
        public var baseURL: String?
        public var buildDate: CalendarDate
        /// Where the served site is written (emptied first); nil: a temporary folder, removed on shutdown.
        public var serveFolder: URL?
        /// Empty a configured serve folder even when it has files and no Tandem marker.
        public var force = false
        /// How long the watcher waits for more changes before rebuilding.
        public var quietPeriod = 0.03

        public init(siteFolder: URL, buildDate: CalendarDate) {
            self.siteFolder = siteFolder.standardizedFileURL
            self.buildDate = buildDate
        }
    }

    /// What the server tells its caller (the CLI prints these).
    public enum Event: Sendable {
        case built(SessionReport)
        /// The translation review was rebuilt because someone opened it after a change.
        case reviewed(ReviewReport)
        /// "Mark as current" on a review page wrote the source's hash into a translation.
        case markedCurrent(SourceHashMarker.Outcome)
        /// `folder` is the serve folder the site is built into.
        case listening(host: String, port: Int, url: String, folder: URL)
        case stopped
    }

    /// Where the translation review is served, outside any base-URL sub-path.
    public static var reviewPath: String { ReviewCache.pathPrefix }

    public let configuration: Configuration
    public let hub: LiveReloadHub
    public let serveFolder: URL
    /// Where the translation review is written: beside the serve folder.
    public let reviewFolder: URL
    private let ownsServeFolder: Bool
    let review: ReviewCache
    let eventSink = EventSink()
    /// This run's secret, which the review's forms carry.
    let token = ActionToken()
    /// Which files the watcher's rebuilds covered, for a request that wrote one to wait for.
    let rebuilds = RebuildLog()
    /// The port actually listened on (the configured one may be 0).
    private let listeningPort: Mutex<Int>
    private let session: SiteSession
    /// The base-URL path and languages of the last good build, read by every request.
    private let shape: Mutex<SiteShape>
    private let group = Mutex<ServiceGroup?>(nil)
    private let stopRequested = Mutex(false)

    struct SiteShape: Sendable {
        var pathPrefix = "/"
        var languageCodes: [String] = []
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
        hub = LiveReloadHub(siteFolder: configuration.siteFolder)
        if let folder = configuration.serveFolder {
            serveFolder = folder.standardizedFileURL
            ownsServeFolder = false
        } else {
            serveFolder = FileManager.default.temporaryDirectory
                .appendingPathComponent("tandem-serve-\(UUID().uuidString)", isDirectory: true)
                .appendingPathComponent("site", isDirectory: true)
            ownsServeFolder = true
        }
        var options = BuildOptions(siteFolder: configuration.siteFolder, outputFolder: serveFolder, buildDate: configuration.buildDate)
        options.includeDrafts = configuration.includeDrafts
        options.strict = configuration.strict
        options.baseURL = configuration.baseURL
        options.bodySuffix = LiveReloadSnippet.html
        options.force = configuration.force
        session = SiteSession(options: options)
        shape = Mutex(SiteShape())
        listeningPort = Mutex(configuration.port)
        reviewFolder = serveFolder.deletingLastPathComponent()
            .appendingPathComponent(serveFolder.lastPathComponent + "-review", isDirectory: true)
        let sink = eventSink
        // Pages that change files only where nothing but this machine can reach them.
        review = ReviewCache(
            siteFolder: configuration.siteFolder, folder: reviewFolder,
            offersMarkCurrent: SameOriginCheck.isLoopback(configuration.host)) { sink.send(.reviewed($0)) }
    }

    /// Builds, serves and watches until SIGINT/SIGTERM or `stop()`.
    /// Throws `DevServerError.portInUse` before building anything when the port is taken.
    public func run(onEvent: @escaping @Sendable (Event) -> Void = { _ in }) async throws {
        try PortCheck.ensureFree(host: configuration.host, port: configuration.port)
        eventSink.set(onEvent)
        let signals = StopSignals { [self] in Task { await stop() } }
        defer {
            signals.cancel()
            if ownsServeFolder { try? FileManager.default.removeItem(at: serveFolder.deletingLastPathComponent()) }
            else if case .folder(hasMarker: true, _) = OutputFolderPolicy.state(at: reviewFolder.path) {
                // Only a review Tandem wrote: a configured folder's neighbour may be anything.
                try? FileManager.default.removeItem(at: reviewFolder)
            }
            onEvent(.stopped)
        }
        let first = session.build()
        if let refusal = first.build.outputFolderError { throw DevServerError.outputFolderRefused(refusal) }
        record(first, onEvent: onEvent)
        // Stopped during the first build: it stopped before rendering; the folder goes above.
        if stopRequested.withLock({ $0 }) { return }

        let watcher = FileWatcher(
            root: configuration.siteFolder, folders: ["content", "themes", "static"], files: [SiteConfig.fileName],
            quietPeriod: configuration.quietPeriod
        ) { [self] changed in
            record(session.rebuild(changed: changed), onEvent: onEvent)
            rebuilds.record(changed)
        }
        try watcher.start()
        defer { watcher.stop() }

        var logger = Logger(label: "tandem.serve")
        logger.logLevel = .error
        let host = configuration.host
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { [self] request, _ in await respond(to: request) },
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: "tandem"),
            onServerRunning: { [self] channel in
                let port = channel.localAddress?.port ?? configuration.port
                listeningPort.withLock { $0 = port }
                let prefix = shape.withLock { $0.pathPrefix }
                onEvent(.listening(host: host, port: port, url: "http://\(Self.urlHost(host)):\(port)\(prefix)", folder: serveFolder))
            },
            logger: logger)
        let serviceGroup = ServiceGroup(configuration: .init(
            services: [app, LiveReloadCloser(hub: hub)],
            // SIGINT and SIGTERM are caught by `StopSignals` since before the first build.
            logger: logger))
        group.withLock { $0 = serviceGroup }
        if stopRequested.withLock({ $0 }) { return }
        do {
            try await serviceGroup.run()
        } catch {
            if "\(error)".contains("Address already in use") {
                throw DevServerError.portInUse(host: configuration.host, port: configuration.port)
            }
            throw error
        }
    }

    /// `host` as written in a URL: an IPv6 address in brackets (`http://[::1]:1313/`).
    public static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host
    }

    /// Shuts down as SIGINT would: open pages are let go, the server stops, the watcher ends.
    public func stop() async {
        stopRequested.withLock { $0 = true }
        // A build under way (the first one, on a large site) stops before rendering.
        session.cancellation.cancel()
        let serviceGroup = group.withLock { $0 }
        await serviceGroup?.triggerGracefulShutdown()
    }

    private func record(_ report: SessionReport, onEvent: @Sendable (Event) -> Void) {
        // A build cut short by a stop is no failure to report.
        if stopRequested.withLock({ $0 }) { return }
        if report.succeeded, let config = report.build.site?.config {
            shape.withLock { $0 = SiteShape(pathPrefix: config.baseURL.pathPrefix, languageCodes: config.languageCodes) }
            review.invalidate()
            hub.buildSucceeded()
        } else {
            hub.buildFailed(report.build.diagnostics)
        }
        onEvent(.built(report))
    }

    // MARK: Requests

    private func respond(to request: Request) async -> Response {
        let path = request.uri.path
        if path == LiveReloadHub.eventsPath { return eventStream() }
        if path == Self.markCurrentPath { return await markCurrent(request) }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        if path.hasPrefix(ReviewCache.pathPrefix) || path + "/" == ReviewCache.pathPrefix {
            await review.ensureCurrent()
            return reviewResponse(to: request)
        }
        let shape = shape.withLock { $0 }
        var answer = StaticFileResponder(folder: serveFolder, pathPrefix: shape.pathPrefix, languageCodes: shape.languageCodes)
            .answer(path: path)
        let errors = hub.currentErrors
        if !errors.isEmpty {
            if answer.contentType.hasPrefix("text/html") {
                answer.body = Data(ErrorOverlay.inject(errors, into: String(decoding: answer.body, as: UTF8.self), siteFolder: configuration.siteFolder).utf8)
            } else if answer.status == 404 {
                // Nothing built yet: a bare page that shows the error and reloads once it is fixed.
                let page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Tandem</title></head><body>\(LiveReloadSnippet.html)</body></html>"
                answer = .init(status: 500, contentType: "text/html; charset=utf-8", body: Data(ErrorOverlay.inject(errors, into: page, siteFolder: configuration.siteFolder).utf8))
            }
        }
        return response(answer, for: request)
    }

    private func response(_ answer: StaticFileResponder.Answer, for request: Request) -> Response {
        var headers: HTTPFields = [.contentType: answer.contentType, .cacheControl: "no-store"]
        if let location = answer.location { headers[.location] = location }
        headers[.contentLength] = String(answer.body.count)
        let body: ResponseBody = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        return Response(status: HTTPResponse.Status(code: answer.status), headers: headers, body: body)
    }

    /// The translation review, with a script that reloads it when it was rebuilt.
    private func reviewResponse(to request: Request) -> Response {
        var answer = StaticFileResponder(folder: reviewFolder, pathPrefix: ReviewCache.pathPrefix, languageCodes: [])
            .answer(path: request.uri.path)
        if answer.status == 404, !FileManager.default.fileExists(atPath: reviewFolder.path) {
            let page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Translation review</title></head>"
                + "<body><p>There is no translation review yet: the site has errors (they are shown in the terminal). "
                + "This page reloads once they are fixed.</p></body></html>"
            answer = .init(status: 503, contentType: "text/html; charset=utf-8", body: Data(page.utf8))
        }
        if answer.contentType.hasPrefix("text/html") {
            answer.body = Data(servedReviewHTML(String(decoding: answer.body, as: UTF8.self)).utf8)
        }
        return response(answer, for: request)
    }

    /// A review page as served: this run's token in its forms, and the script that reloads it.
    func servedReviewHTML(_ page: String) -> String {
        var html = page
        if review.offersMarkCurrent {
            let placeholder = "name=\"token\" value=\"\(ReviewSiteBuilder.tokenPlaceholder)\""
            html = html.replacingOccurrences(of: placeholder, with: "name=\"token\" value=\"\(token.value)\"")
        }
        if let end = html.range(of: "</body>", options: .backwards) {
            html = html.replacingCharacters(in: end, with: LiveReloadSnippet.reviewHTML + "</body>")
        }
        return html
    }

    /// Whether a request that changes files came from this server's own review page.
    var originCheck: SameOriginCheck {
        SameOriginCheck(listeningHost: configuration.host, port: listeningPort.withLock { $0 })
    }

    private func eventStream() -> Response {
        let stream = hub.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                for await message in stream {
                    try await writer.write(ByteBuffer(string: message))
                }
                try await writer.finish(nil)
            })
    }
}
