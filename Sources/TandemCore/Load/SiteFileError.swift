/// Why a file in the site folder was not read: the one rule every file Tandem
/// reads goes through (`SiteFileReader`).
enum SiteFileError: Error, Equatable {
    /// A named pipe, socket, device or folder where a file was expected: never opened,
    /// since opening a pipe waits for a writer and a device may never end.
    case notRegularFile(kind: String)
    case tooLarge(size: Int, limit: Int)
    /// A symbolic link that resolves outside the site folder (`target`), not allowed in `tandem.yaml`.
    case linkOutsideSite(target: String)
    case unreadable(reason: String)

    var message: String {
        switch self {
        case .notRegularFile(let kind):
            return "not a regular file (it is \(kind))"
        case .tooLarge(let size, let limit):
            return "the file is \(size) bytes, over the limit of \(FileLimits.describe(limit))"
        case .linkOutsideSite(let target):
            return "symbolic link to a file outside the site folder (\(target))"
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        }
    }

    var hint: String {
        switch self {
        case .notRegularFile:
            return "Tandem reads regular files only: remove it or move it out of the site folder"
        case .tooLarge:
            return "if the file belongs in the site, raise the limit in \(SiteConfig.fileName), e.g. `files: {maxSize: 64MB}`"
        case .linkOutsideSite:
            return "copy the file into the site, or set `files: {allowSymlinksOutside: true}` in \(SiteConfig.fileName) to publish files from outside it"
        case .unreadable:
            return "check that it exists and its permissions"
        }
    }
}
