/// A criterion with its place in the tree and its weights out of 100.
public struct WeightedCriterion: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var kind: Criterion.Kind
    public var parentID: String?
    /// 0 for a top-level criterion.
    public var depth: Int
    /// Ids of the weighted sub-criteria, whose scores make this criterion's score.
    public var childIDs: [String]
    /// Share of the parent's weight, siblings summing to 100; nil for an eliminatory criterion.
    public var localWeight: Double?
    /// Share of the total, the product of the local fractions along the path × 100; nil if eliminatory.
    public var globalWeight: Double?

    /// Whether the criterion takes part in the weighted total (eliminatory ones do not).
    public var isWeighted: Bool { kind != .eliminatory }

    /// A weighted criterion scored directly (or from prices) rather than through sub-criteria.
    public var isLeaf: Bool { kind != .eliminatory && childIDs.isEmpty }
}
