import Synchronization

/// Passes events to the `onEvent` handler of `run`, for work that starts
/// outside it (the review, built when a request asks for it).
final class EventSink: Sendable {
    private let handler = Mutex<(@Sendable (DevServer.Event) -> Void)?>(nil)

    func set(_ handler: @escaping @Sendable (DevServer.Event) -> Void) {
        self.handler.withLock { $0 = handler }
    }

    func send(_ event: DevServer.Event) {
        handler.withLock { $0 }?(event)
    }
}
