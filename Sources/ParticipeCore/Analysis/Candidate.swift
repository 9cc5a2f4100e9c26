/// An offer, or a tool, compared in a decision matrix.
public struct Candidate: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Scores on the matrix's scale, keyed by leaf criterion id; a missing key is a missing score.
    public var scores: [String: Double]
    /// The price of the offer, used by every price criterion; nil when not known.
    public var price: Double?
    /// Whether the candidate meets each eliminatory criterion, keyed by criterion id.
    public var passes: [String: Bool]
    /// The mandatory requirements of the specification the offer does not meet (ids of
    /// `DecisionMatrix.requirements`): like a failed must-have, any one makes the offer irregular.
    public var unmetRequirements: [String]
    /// Whether the buyer asked the bidder to regularise its irregular offer: it then awaits the answer instead of
    /// being rejected.
    public var regularising: Bool

    public init(
        id: String, name: String, scores: [String: Double] = [:], price: Double? = nil,
        passes: [String: Bool] = [:], unmetRequirements: [String] = [], regularising: Bool = false
    ) {
        self.id = id
        self.name = name
        self.scores = scores
        self.price = price
        self.passes = passes
        self.unmetRequirements = unmetRequirements
        self.regularising = regularising
    }
}
