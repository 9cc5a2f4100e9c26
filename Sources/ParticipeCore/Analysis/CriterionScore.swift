/// A candidate's score on one criterion.
public struct CriterionScore: Hashable, Sendable {
    public var criterionID: String
    /// The score on the scale: given, derived from the price, or (for a parent) from the sub-criteria.
    public var value: Double?
    /// The score as a fraction of the scale, 0…1.
    public var fraction: Double?
    /// Points earned out of the criterion's global weight: fraction × global weight.
    public var contribution: Double?
}
