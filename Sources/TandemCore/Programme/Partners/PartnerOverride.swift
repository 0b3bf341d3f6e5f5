/// Front matter corrections for one partner item (`items: [{country: UY, id: rocha}]`),
/// for what the text cannot say or says ambiguously.
public struct PartnerOverride: Sendable, Equatable {
    public var id: String?
    public var name: String?
    /// ISO 3166 alpha-2 code.
    public var country: String?
    /// As written; `PartnerListParser` checks it with `URLPolicy`.
    public var website: String?
    public var role: String?
    /// Where `website` was written, for the diagnostic when the policy refuses it.
    public var websiteLocation: SourceLocation?
    /// Where `country` was written, for the warning when it is no ISO 3166 code.
    public var countryLocation: SourceLocation?

    public init(id: String? = nil, name: String? = nil, country: String? = nil, website: String? = nil, role: String? = nil,
                websiteLocation: SourceLocation? = nil, countryLocation: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.country = country
        self.website = website
        self.role = role
        self.websiteLocation = websiteLocation
        self.countryLocation = countryLocation
    }
}
