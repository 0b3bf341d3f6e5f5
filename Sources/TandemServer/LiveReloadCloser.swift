import ServiceLifecycle

/// Ends the live-reload streams first on shutdown: the HTTP server waits for
/// open requests, and an event stream never ends by itself.
struct LiveReloadCloser: Service {
    let hub: LiveReloadHub

    func run() async throws {
        try? await gracefulShutdown()
        hub.close()
    }
}
