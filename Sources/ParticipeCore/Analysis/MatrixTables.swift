/// The result as tables, ready for documents and CSV writers.
public struct MatrixTables: Hashable, Sendable {
    /// Criterion, parent, kind, local weight, global weight.
    public var criteria: MatrixTable
    /// Candidate × leaf criterion scores on the scale, then total, rank and status.
    public var scores: MatrixTable
    /// Candidate × leaf criterion weighted contributions (points out of 100), then total.
    public var contributions: MatrixTable
    /// Eliminated candidates and the must-haves they fail.
    public var eliminations: MatrixTable
    /// Per top-level criterion then per leaf: weight, thresholds down and up, who takes over.
    public var sensitivity: MatrixTable
    /// The ranking under equal weights next to the actual one.
    public var equalWeights: MatrixTable

    public var all: [MatrixTable] { kinded.map(\.table) }
}
