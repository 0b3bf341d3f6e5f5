#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension HTTPProbe {
    /// Any request, with exactly the headers given (a `Host` naming the server's port unless
    /// one is given) and a body: what a browser, or a hostile page, would send.
    static func request(
        port: Int, method: String, path: String, headers: [(String, String)] = [], body: String = ""
    ) async throws -> Reply {
        try await onQueue {
            let fd = try connect(port: port, timeout: 10)
            defer { close(fd) }
            var head = "\(method) \(path) HTTP/1.1\r\n"
            if !headers.contains(where: { $0.0.lowercased() == "host" }) { head += "Host: 127.0.0.1:\(port)\r\n" }
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.utf8.count)\r\n" }
            head += "Connection: close\r\n\r\n"
            try send(fd, head + body)
            return try receiveReply(fd)
        }
    }

    /// `application/x-www-form-urlencoded` text of the fields, in order.
    static func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }
}
