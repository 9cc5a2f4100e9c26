/// How a price becomes a score, with the formulas of French award practice.
///
/// Every formula gives a fraction between 0 and 1 of the scale, computed against the prices of the
/// candidates still in competition (eliminated candidates do not set the lowest price).
public enum PriceFormula: String, Hashable, Sendable, CaseIterable {
    /// Note = note max × prix le plus bas ÷ prix de l'offre.
    case proportional
    /// Note = note max × (1 − (prix de l'offre − prix le plus bas) ÷ prix le plus bas), at least 0.
    case linearFromLowest
    /// Note = note max × (prix le plus élevé − prix de l'offre) ÷ (prix le plus élevé − prix le plus bas).
    case linearBetweenExtremes

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

    /// The formula's name in French, as a règlement de la consultation prints it.
    public var frenchName: String {
        switch self {
        case .proportional: "Formule proportionnelle (prix le plus bas ÷ prix de l'offre)"
        case .linearFromLowest: "Formule linéaire par rapport au prix le plus bas"
        case .linearBetweenExtremes: "Formule linéaire entre le prix le plus bas et le prix le plus élevé"
        }
    }

    public var englishName: String {
        switch self {
        case .proportional: "Proportional formula (lowest price ÷ offer price)"
        case .linearFromLowest: "Linear formula relative to the lowest price"
        case .linearBetweenExtremes: "Linear formula between the lowest and the highest price"
        }
    }

    /// The formula itself in French words, ready to print.
    public var frenchFormula: String {
        switch self {
        case .proportional:
            "Note = note maximale × (prix le plus bas ÷ prix de l'offre)"
        case .linearFromLowest:
            "Note = note maximale × (1 − (prix de l'offre − prix le plus bas) ÷ prix le plus bas), et au moins 0"
        case .linearBetweenExtremes:
            "Note = note maximale × (prix le plus élevé − prix de l'offre) ÷ (prix le plus élevé − prix le plus bas)"
        }
    }

    public var englishFormula: String {
        switch self {
        case .proportional:
            "Score = maximum score × (lowest price ÷ offer price)"
        case .linearFromLowest:
            "Score = maximum score × (1 − (offer price − lowest price) ÷ lowest price), at least 0"
        case .linearBetweenExtremes:
            "Score = maximum score × (highest price − offer price) ÷ (highest price − lowest price)"
        }
    }
}
