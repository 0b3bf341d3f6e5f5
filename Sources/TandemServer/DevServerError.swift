import TandemCore

public enum DevServerError: Error, CustomStringConvertible, Equatable {
    case portInUse(host: String, port: Int)
    /// The configured serve folder may not be emptied (see `OutputFolderPolicy`).
    case outputFolderRefused(OutputFolderError)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (another `tandem serve`?); pass --port with another number, or --port 0 for any free port"
        case .outputFolderRefused(let refusal):
            refusal.description
        }
    }
}
