/// Weights summing to 100 (empty for an empty group), and what had to be assumed to get them.
public struct WeightResolution: Hashable, Sendable {
    public var weights: [Double]
    public var diagnostics: [MatrixDiagnostic]

    public init(weights: [Double], diagnostics: [MatrixDiagnostic]) {
        self.weights = weights
        self.diagnostics = diagnostics
    }
}
