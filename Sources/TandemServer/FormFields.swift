import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, as a browser
/// sends a plain HTML form: `name=value` pairs joined by `&`, `+` for a space,
/// `%XX` for other bytes.
struct FormFields: Sendable, Equatable {
    var values: [String: String]

    subscript(name: String) -> String? { values[name] }

    /// Nil for a body that is not such a form: bad percent-encoding, or a name given
    /// twice (which of the two counts would be a guess).
    init?(_ body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else { return nil }
            guard values.updateValue(value, forKey: name) == nil else { return nil }
        }
        self.values = values
    }

    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Whether a `Content-Type` header names this format (parameters such as `charset` aside).
    static func isFormType(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased() == "application/x-www-form-urlencoded"
    }
}
