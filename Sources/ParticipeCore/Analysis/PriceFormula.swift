/// How a price becomes a score, with the formulas of French award practice.
///
/// Every formula gives a fraction between 0 and 1 of the scale, computed against the prices of the
/// candidates still in competition (eliminated candidates do not set the lowest price). A kit names
/// one by its raw value (`price_formula: linear_range`).
public enum PriceFormula: String, Hashable, Sendable, CaseIterable {
    /// Note = note max × prix le plus bas ÷ prix de l'offre.
    case proportional
    /// Note = note max × (1 − (prix de l'offre − prix le plus bas) ÷ prix le plus bas), at least 0.
    case linearFromLowest = "linear"
    /// Note = note max × (prix le plus élevé − prix de l'offre) ÷ (prix le plus élevé − prix le plus bas).
    case linearBetweenExtremes = "linear_range"

    /// The fraction of the scale earned by `price`, between 0 and 1.
    ///
    /// - Parameters:
    ///   - price: the offer's price, positive.
    ///   - lowest: the lowest price among the candidates in competition, positive.
    ///   - highest: the highest price among the candidates in competition.
    public func fraction(price: Double, lowest: Double, highest: Double) -> Double {
        let raw: Double
        switch self {
        case .proportional:
            raw = lowest / price
        case .linearFromLowest:
            raw = 1 - (price - lowest) / lowest
        case .linearBetweenExtremes:
            // Every offer at the same price: none is worse, all get the maximum.
            raw = highest > lowest ? (highest - price) / (highest - lowest) : 1
        }
        return min(1, max(0, raw))
    }
}
