#if canImport(Glibc)
import Glibc
#endif

/// Binding once ourselves gives a clear message before any build work, instead
/// of an error from deep inside the server after the site was built.
enum PortCheck {
    static func ensureFree(host: String, port: Int) throws {
        #if canImport(Glibc)
        guard port != 0 else { return }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else { return }
        defer { freeaddrinfo(result) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { return }
        defer { close(fd) }
        // The same option the server sets, so a port in TIME_WAIT counts as free.
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0, errno == EADDRINUSE {
            throw DevServerError.portInUse(host: host, port: port)
        }
        #endif
    }
}
