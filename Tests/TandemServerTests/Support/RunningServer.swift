import Foundation
import Synchronization
import TandemCore
@testable import TandemServer

/// A DevServer started on a free loopback port for one test, with its events
/// recorded so tests can wait for rebuilds.
final class RunningServer: Sendable {
    let server: DevServer
    let port: Int
    private let task: Task<Void, any Error>
    private let events: EventLog

    static func start(_ site: ServeSite, baseURL: String? = nil) async throws -> RunningServer {
        var configuration = DevServer.Configuration(siteFolder: site.folder, buildDate: site.buildDate)
        configuration.port = 0
        configuration.baseURL = baseURL
        configuration.quietPeriod = 0.03
        let server = DevServer(configuration: configuration)
        let events = EventLog()
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            try await server.run { event in
                events.append(event)
                if case .listening(_, let port, _, _) = event { portContinuation.yield(port) }
            }
            portContinuation.finish()
        }
        var port: Int?
        for await value in ports {
            port = value
            break
        }
        guard let port else {
            try await task.value
            throw CancellationError()
        }
        return RunningServer(server: server, port: port, task: task, events: events)
    }

    private init(server: DevServer, port: Int, task: Task<Void, any Error>, events: EventLog) {
        self.server = server
        self.port = port
        self.task = task
        self.events = events
    }

    var builds: [SessionReport] {
        events.all.compactMap { if case .built(let report) = $0 { report } else { nil } }
    }

    /// Waits for the `count`-th build report (the first build counts as 1).
    func waitForBuild(_ count: Int, timeout: Double = 20) async -> SessionReport? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let builds = self.builds
            if builds.count >= count { return builds[count - 1] }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    var reviews: [ReviewReport] {
        events.all.compactMap { if case .reviewed(let report) = $0 { report } else { nil } }
    }

    var stopped: Bool { events.all.contains { if case .stopped = $0 { true } else { false } } }

    func get(_ path: String, method: String = "GET") async throws -> HTTPProbe.Reply {
        try await HTTPProbe.get(port: port, path: path, method: method)
    }

    /// Stops the server as Ctrl-C would and waits until `run` has returned.
    func stop() async throws {
        await server.stop()
        try await task.value
    }
}

/// The events a server reported, in order.
final class EventLog: Sendable {
    private let events = Mutex<[DevServer.Event]>([])
    func append(_ event: DevServer.Event) { events.withLock { $0.append(event) } }
    var all: [DevServer.Event] { events.withLock { $0 } }
}
