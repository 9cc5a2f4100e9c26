/// A matrix assembled from a kit and its answers, with what the assembly had to assume.
struct MatrixAssembly: Hashable, Sendable {
    public var matrix: DecisionMatrix
    /// Notes about the kit and the answers (criteria left out, points that match no criterion).
    public var diagnostics: [MatrixDiagnostic]

    /// The matrix evaluated, the assembly's diagnostics first.
    public func evaluate() -> MatrixResult {
        var result = matrix.evaluate()
        result.diagnostics = diagnostics + result.diagnostics
        return result
    }
}
