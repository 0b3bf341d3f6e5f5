import Foundation

/// One file of the built site: where it goes inside the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder, `/`-separated: `es/programas/foo/index.html`.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// Every page, feed, calendar and review page is text made here: control characters
    /// from content are removed once, at this one door (see `ControlCharacters`).
    public init(path: String, text: String) {
        self.init(path: path, data: Data(ControlCharacters.removing(from: text).utf8))
    }

    /// The same for text already in UTF-8 (a rendered template): nearly always written as it is.
    init(path: String, utf8: [UInt8]) {
        if utf8.withUnsafeBufferPointer({ ControlCharacters.containsUnwanted($0) }) {
            self.init(path: path, text: String(decoding: utf8, as: UTF8.self))
        } else {
            self.init(path: path, data: Data(utf8))
        }
    }
}
