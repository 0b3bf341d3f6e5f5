import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Catches SIGINT and SIGTERM for the whole life of `tandem serve`, from before
/// the first build: until the server ran, nothing else caught them, so stopping
/// during the first build killed the process (exit 130/143) and left its
/// temporary folder behind. Each signal calls `onStop`; the server then stops as
/// it does later, cleaning up and exiting 0.
final class StopSignals {
    private let sources: [any DispatchSourceSignal]

    init(onStop: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            // Ignored as a process-wide disposition; the dispatch source still sees each one.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: onStop)
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
