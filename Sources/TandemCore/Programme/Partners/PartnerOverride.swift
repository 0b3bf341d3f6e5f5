/// Front matter corrections for one partner item (`items: [{country: UY, id: rocha}]`),
/// for what the text cannot say or says ambiguously.
public struct PartnerOverride: Sendable, Equatable {
    public var id: String?
    public var name: String?
    /// ISO 3166 alpha-2 code.
    public var country: String?
    public var website: String?
    public var role: String?

    public init(id: String? = nil, name: String? = nil, country: String? = nil, website: String? = nil, role: String? = nil) {
        self.id = id
        self.name = name
        self.country = country
        self.website = website
        self.role = role
    }
}
