import Foundation
import Synchronization
import TandemCore

/// The open live-reload connections (Server-Sent Events) and the state of the
/// last build. Each open page holds one stream; after a rebuild every stream
/// gets `reload`, or `build-error` with the diagnostics for the overlay. A page
/// that connects while the build is broken gets the error at once.
public final class LiveReloadHub: Sendable {
    /// The path pages connect to, outside any base-URL sub-path.
    public static let eventsPath = "/__tandem/events"

    private struct State {
        var streams: [UInt64: AsyncStream<String>.Continuation] = [:]
        var nextID: UInt64 = 0
        var errors: [Diagnostic] = []
        var generation = 0
        var isClosed = false
    }

    private let state = Mutex(State())

    /// Where the lines the errors point at are read for the overlay's excerpts.
    let siteFolder: URL?

    public init(siteFolder: URL? = nil) { self.siteFolder = siteFolder }

    /// The errors of the last build, empty when it succeeded.
    public var currentErrors: [Diagnostic] { state.withLock { $0.errors } }
    public var generation: Int { state.withLock { $0.generation } }
    public var connectionCount: Int { state.withLock { $0.streams.count } }

    /// A new stream of SSE messages; ends when the client goes away or the hub closes.
    public func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id: UInt64? = state.withLock { state in
            guard !state.isClosed else { return nil }
            let id = state.nextID
            state.nextID += 1
            state.streams[id] = continuation
            // Reconnect quickly after a server restart; tell a page opened on a broken build at once.
            continuation.yield("retry: 500\n\n")
            continuation.yield(Self.message("hello", "{\"generation\":\(state.generation)}"))
            if !state.errors.isEmpty { continuation.yield(Self.message("build-error", ErrorOverlay.json(state.errors, siteFolder: siteFolder))) }
            return id
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.streams.removeValue(forKey: id) }
        }
        return stream
    }

    /// After a successful build: every open page reloads.
    public func buildSucceeded() {
        broadcast { state in
            state.errors = []
            state.generation += 1
            return Self.message("reload", "{\"generation\":\(state.generation)}")
        }
    }

    /// After a failed build: every open page shows the overlay; the site stays as it was.
    public func buildFailed(_ diagnostics: [Diagnostic]) {
        broadcast { state in
            state.errors = diagnostics.filter { $0.severity == .error }
            return Self.message("build-error", ErrorOverlay.json(state.errors, siteFolder: siteFolder))
        }
    }

    /// Ends every stream (server shutdown), so open pages do not hold the server up.
    public func close() {
        let streams = state.withLock { state -> [AsyncStream<String>.Continuation] in
            state.isClosed = true
            defer { state.streams.removeAll() }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }

    private func broadcast(_ update: (inout State) -> String) {
        let (message, streams) = state.withLock { state in (update(&state), Array(state.streams.values)) }
        for stream in streams { stream.yield(message) }
    }

    /// One SSE message; `data` must be one line (JSON is).
    static func message(_ event: String, _ data: String) -> String {
        "event: \(event)\ndata: \(data)\n\n"
    }
}
