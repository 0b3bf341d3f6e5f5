#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A tiny HTTP/1.1 client over a plain socket, so tests see exactly what the
/// server sends (status line, headers, streamed event text). Blocking calls
/// run on a Dispatch queue, never on the cooperative pool the server uses.
enum HTTPProbe {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    enum ProbeError: Error { case connect(Int32), timeout, malformed(String) }

    static func get(port: Int, path: String, method: String = "GET") async throws -> Reply {
        try await onQueue {
            let fd = try connect(port: port, timeout: 10)
            defer { close(fd) }
            try send(fd, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return try receiveReply(fd)
        }
    }

    /// Reads the whole answer (the request said `Connection: close`) and parses it.
    static func receiveReply(_ fd: Int32) throws -> Reply {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try parse(String(decoding: data, as: UTF8.self))
    }

    static func parse(_ text: String) throws -> Reply {
        guard let split = text.range(of: "\r\n\r\n") else { throw ProbeError.malformed(text) }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { throw ProbeError.malformed(text) }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let lineEnd = rest.range(of: "\r\n"), let size = Int(rest[..<lineEnd.lowerBound], radix: 16), size > 0 {
            let start = lineEnd.upperBound
            let bytes = Array(rest[start...].utf8)
            result += String(decoding: bytes.prefix(size), as: UTF8.self)
            rest = Substring(String(decoding: bytes.dropFirst(size + 2), as: UTF8.self))
        }
        return result
    }

    static func connect(port: Int, timeout: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw ProbeError.connect(code)
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    static func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// An open `text/event-stream` connection whose text accumulates on a background thread.
final class EventStreamProbe: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var text = ""
    private var closed = false

    init(port: Int, path: String) throws {
        fd = try HTTPProbe.connect(port: port, timeout: 1)
        try HTTPProbe.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 16384)
            while true {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count == 0 { break }
                if count < 0 {
                    if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { if isClosed { break } else { continue } }
                    break
                }
                lock.withLock { text += String(decoding: buffer[0..<count], as: UTF8.self) }
            }
            lock.withLock { closed = true }
        }
        thread.start()
    }

    private var isClosed: Bool { lock.withLock { closed } }
    var received: String { lock.withLock { text } }
    /// True once the server ended the stream.
    var ended: Bool { lock.withLock { closed } }

    /// Waits until the received text contains `needle` `count` times.
    func waitFor(_ needle: String, count: Int = 1, timeout: Double = 10) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if received.components(separatedBy: needle).count - 1 >= count { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    func waitUntilEnded(timeout: Double = 10) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if ended { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    func close() {
        lock.withLock { closed = true }
        shutdown(fd, Int32(SHUT_RDWR))
        Glibc.close(fd)
    }
}
