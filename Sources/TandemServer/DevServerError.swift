import TandemCore

public enum DevServerError: Error, CustomStringConvertible, Equatable {
    case portInUse(host: String, port: Int)
    /// The configured serve folder may not be emptied (see `OutputFolderPolicy`).
    case outputFolderRefused(OutputFolderError)
    /// `--host` names no address this machine can listen on.
    case badHost(host: String, reason: String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (another `tandem serve`?); pass --port with another number, or --port 0 for any free port"
        case .outputFolderRefused(let refusal):
            refusal.description
        case .badHost(let host, let reason):
            "cannot listen on --host '\(host)': \(reason); pass an address of this machine such as 127.0.0.1, ::1 or localhost"
        }
    }
}
