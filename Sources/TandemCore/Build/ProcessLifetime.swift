/// Values a command keeps until the process exits, never released: the
/// operating system takes the memory back at once, where releasing a large
/// site's values one by one is work on a single core just before exiting
/// (clang's `-disable-free` does the same for the same reason).
public enum ProcessLifetime {
    private final class Holder<Value>: @unchecked Sendable {
        // Unchecked: the value is never read again, only kept alive, so no thread can race on it.
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    public static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }
}
