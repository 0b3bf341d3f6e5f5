/// A partner and its counterpart in the translated page, matched by position.
public struct PartnerPair: Sendable, Equatable {
    public var original: Partner
    /// Nil when the translation has fewer items.
    public var translation: Partner?

    public init(original: Partner, translation: Partner?) {
        self.original = original
        self.translation = translation
    }
}
