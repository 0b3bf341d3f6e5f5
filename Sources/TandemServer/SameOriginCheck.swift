/// Whether a POST comes from a page this server served, as a browser tells it:
/// the `Host` must be this server by a loopback name (a foreign name that
/// resolves to 127.0.0.1 is DNS rebinding), the `Origin` (or, without one, the
/// `Referer`) must be that same origin, and `Sec-Fetch-Site`, when sent, must
/// say `same-origin`. Together with the run's token this refuses what another
/// site's page could make a browser send.
struct SameOriginCheck: Sendable {
    /// The address the server listens on, as configured (`127.0.0.1`, `::1`, `localhost`).
    var listeningHost: String
    var port: Int

    /// True when the server listens on loopback only: the browser actions are offered only then.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: ["[", "]"])
        if name == "localhost" || name == "::1" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The names a browser may use for this server, with the port: `127.0.0.1:1313`, `localhost:1313`, `[::1]:1313`.
    var ownHosts: Set<String> {
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        names.insert(DevServer.urlHost(listeningHost).lowercased())
        return Set(names.map { "\($0):\(port)" })
    }

    /// Nil when the request may go on; else why not, to show the user.
    func refusal(host: String?, origin: String?, referer: String?, fetchSite: String?) -> String? {
        guard Self.isLoopback(listeningHost) else {
            return "the review changes files only when tandem serve listens on loopback (the default --host 127.0.0.1)"
        }
        guard let host = host?.lowercased(), ownHosts.contains(host) else {
            return "the request names another server (Host: \(host ?? "none")); open the review at http://127.0.0.1:\(port)\(DevServer.reviewPath)"
        }
        let own = "http://" + host
        if let fetchSite, fetchSite.lowercased() != "same-origin" {
            return "the browser says the form came from another site (Sec-Fetch-Site: \(fetchSite))"
        }
        if let origin {
            guard origin.lowercased() == own else { return "the form was sent from another origin (\(origin)), not from this server's review" }
        } else if let referer {
            guard referer.lowercased().hasPrefix(own + "/") else { return "the form was sent from another page (\(referer)), not from this server's review" }
        } else {
            return "the request does not say which page sent it (no Origin or Referer)"
        }
        return nil
    }
}
