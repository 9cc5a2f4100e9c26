/// A weight at which the winner and a challenger tie; past it the challenger wins.
public struct WeightThreshold: Hashable, Sendable {
    /// The criterion's weight out of 100 at the tie.
    public var weight: Double
    /// The candidate that takes over past the threshold.
    public var newWinner: String
}
