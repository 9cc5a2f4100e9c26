/// How the weights of a group of sibling criteria are obtained; they are normalised to 100 in any case.
public enum Weighting: Hashable, Sendable {
    /// Raw points per criterion (`rawWeight`), for example from a "share 100 points" question.
    case points
    /// Criteria ids from most to least important, converted by rank-order centroid.
    case ranking([String])
    /// Percentages set by the kit (`rawWeight`), expected to sum to 100 and rescaled otherwise.
    case fixed
    /// The same weight for every criterion of the group.
    case equal
}
