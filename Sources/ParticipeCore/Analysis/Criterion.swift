/// One award criterion of a decision matrix, possibly split into sub-criteria.
///
/// French procurement announces criteria and their weights, and often sub-criteria with their own
/// weights (valeur technique → adéquation fonctionnelle, accessibilité, …): the tree mirrors that.
public struct Criterion: Hashable, Sendable, Identifiable {
    /// What a criterion measures, which decides where its value comes from; a kit's criteria item
    /// names it by its raw value (`kind: price`).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Scored by the evaluators on the matrix's scale, or through its sub-criteria.
        case scored
        /// Scored from the candidates' prices with the matrix's price formula.
        case price
        /// A must-have: pass or fail, never weighted; a failure eliminates the candidate.
        case eliminatory
    }

    public var id: String
    public var label: String
    public var kind: Kind
    /// Points, or a fixed percentage, depending on the parent's `childWeighting`; ignored for rankings.
    public var rawWeight: Double?
    /// How the weights of `children` are obtained.
    public var childWeighting: Weighting
    public var children: [Criterion]

    public init(
        id: String, label: String, kind: Kind = .scored, rawWeight: Double? = nil,
        childWeighting: Weighting = .points, children: [Criterion] = []
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.rawWeight = rawWeight
        self.childWeighting = childWeighting
        self.children = children
    }

    /// Whether the criterion takes part in the weighted total (eliminatory ones do not).
    public var isWeighted: Bool { kind != .eliminatory }

    /// The criterion and all its descendants, parents first.
    public var flattened: [Criterion] { [self] + children.flatMap(\.flattened) }
}
