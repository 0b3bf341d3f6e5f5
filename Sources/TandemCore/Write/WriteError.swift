#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A failure of the write stage said in words, with a hint that fits its cause,
/// instead of a Foundation error dump:
///
///     no space left on the device while writing /srv/www/es/index.html
///     hint: free some space (or choose an output folder on another disk) and build again; …
public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The POSIX error number (`ENOSPC`, `EACCES`, …), or nil when the cause is not known.
    public var code: Int32?
    /// The file or folder the failed call was about.
    public var path: String

    public init(code: Int32?, path: String) {
        self.code = code
        self.path = path
    }

    /// `error` (a `WriteError`, a Foundation file error or a POSIX error) as a `WriteError`,
    /// taking the path from the error when it names one.
    public init(_ error: any Error, path fallback: String) {
        if let known = error as? WriteError {
            self = known
            return
        }
        let nsError = error as NSError
        var code: Int32?
        if let posix = error as? POSIXError {
            code = posix.code.rawValue
        } else if nsError.domain == NSPOSIXErrorDomain {
            code = Int32(nsError.code)
        } else if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            code = underlying.code.rawValue
        } else if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        } else if let cocoa = error as? CocoaError {
            code = Self.posixCode(for: cocoa.code)
        }
        let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path ?? fallback
        self.init(code: code, path: path)
    }

    /// Foundation's codes for the causes that have a clearer POSIX name.
    private static func posixCode(for code: CocoaError.Code) -> Int32? {
        switch code {
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteNoPermission, .fileReadNoPermission: EACCES
        case .fileWriteVolumeReadOnly: EROFS
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileWriteFileExists: EEXIST
        default: nil
        }
    }

    /// What happened, in words, naming the path.
    public var message: String {
        switch code {
        case ENOSPC?: "no space left on the device while writing \(path)"
        case EDQUOT?: "the disk quota is used up while writing \(path)"
        case EACCES?, EPERM?: "permission denied: \(path)"
        case EROFS?: "the file system is read-only: \(path)"
        case ENOENT?: "a folder on the way to \(path) does not exist (was it moved or deleted during the build?)"
        case ENOTDIR?: "\(path) is a file where a folder is needed"
        case EISDIR?: "\(path) is a folder where a file should be written"
        case EEXIST?: "\(path) already exists and could not be replaced"
        case ENAMETOOLONG?: "the path is too long for the file system: \(path)"
        case EMFILE?, ENFILE?: "too many open files while writing \(path)"
        case EIO?: "the device reported an input/output error while writing \(path)"
        case EXDEV?: "\(path) is on another device than its staging folder"
        case EBUSY?: "\(path) is in use (a mount point or open elsewhere) and could not be replaced"
        case let code?: "could not write \(path): \(String(cString: strerror(code)).lowercased())"
        case nil: "could not write \(path)"
        }
    }

    /// What to do about it; every hint ends by saying the previous output is untouched.
    public var hint: String {
        let kept = "the previous output was left as it was"
        return switch code {
        case ENOSPC?, EDQUOT?: "free some space (or choose an output folder on another disk) and build again; \(kept)"
        case EACCES?, EPERM?: "make the output folder and the folder holding it writable for you, or choose another output folder; \(kept)"
        case EROFS?: "choose an output folder on a writable disk; \(kept)"
        case ENAMETOOLONG?: "shorten the page's slug or alias, or choose an output folder with a shorter path; \(kept)"
        case EMFILE?, ENFILE?: "raise the open-file limit (ulimit -n) and build again; \(kept)"
        case EXDEV?, EBUSY?: "choose an output folder that is a plain folder, not a mount point; \(kept)"
        default: "check the output folder and the folder holding it, then build again; \(kept)"
        }
    }

    public var description: String { message }
}
