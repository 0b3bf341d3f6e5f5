import Synchronization

/// A one-way "stop" a session's build checks before it renders and writes, so that
/// a server stopped during a long first build ends without rendering the whole site.
/// Set from any thread (a signal handler's queue); once set, the session is done.
public final class BuildCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
