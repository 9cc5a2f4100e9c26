/// The weight thresholds of one criterion.
public struct CriterionSensitivity: Hashable, Sendable {
    public var criterionID: String
    public var label: String
    /// The current weight out of 100 (global weight, which for a top-level criterion is its local weight).
    public var baseWeight: Double
    /// Where lowering the weight changes the winner; nil if the winner stays down to 0.
    public var decrease: WeightThreshold?
    /// Where raising the weight changes the winner; nil if the winner stays up to 100.
    public var increase: WeightThreshold?

    /// The winner stays the winner over the whole range 0–100.
    public var isStable: Bool { decrease == nil && increase == nil }

    /// The smallest move, in weight points, that changes the winner; nil when stable.
    public var margin: Double? {
        [decrease, increase].compactMap { $0.map { abs($0.weight - baseWeight) } }.min()
    }
}
