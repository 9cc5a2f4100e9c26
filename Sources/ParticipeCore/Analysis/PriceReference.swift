/// The reference prices behind the price scores.
public struct PriceReference: Hashable, Sendable {
    public var formula: PriceFormula
    /// Lowest and highest valid price among the candidates not eliminated.
    public var lowest: Double
    public var highest: Double

    public init(formula: PriceFormula, lowest: Double, highest: Double) {
        self.formula = formula
        self.lowest = lowest
        self.highest = highest
    }
}
