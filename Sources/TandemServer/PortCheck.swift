#if canImport(Glibc)
import Glibc
#endif

/// Binding once ourselves gives a clear message before any build work, instead
/// of an error from deep inside the server after the site was built.
enum PortCheck {
    /// Throws `DevServerError.badHost` when `host` is no address to listen on, and
    /// `.portInUse` when the port is taken; port 0 (any free port) only checks the host.
    static func ensureFree(host: String, port: Int) throws {
        #if canImport(Glibc)
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        guard status == 0, let info = result else {
            throw DevServerError.badHost(host: host, reason: String(cString: gai_strerror(status)).lowercased())
        }
        defer { freeaddrinfo(result) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { return }
        defer { close(fd) }
        // The same option the server sets, so a port in TIME_WAIT counts as free.
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0 {
            switch errno {
            case EADDRINUSE where port != 0: throw DevServerError.portInUse(host: host, port: port)
            case EADDRNOTAVAIL: throw DevServerError.badHost(host: host, reason: "it is not an address of this machine")
            default: return
            }
        }
        #endif
    }
}
