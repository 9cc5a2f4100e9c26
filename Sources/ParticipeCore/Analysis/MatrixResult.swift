/// Everything a decision matrix yields, as plain data: weights, scores, ranking, sensitivity.
public struct MatrixResult: Hashable, Sendable {
    /// Every criterion with its resolved weights, parents before their children.
    public var criteria: [WeightedCriterion]
    /// Every candidate in input order, with its scores and status.
    public var candidates: [CandidateResult]
    /// Ids of the ranked candidates, best first; tied ones in input order.
    public var ranking: [String]
    /// Groups of ranked candidates sharing a rank, each in input order.
    public var ties: [[String]]
    /// The price formula used and the reference prices it was computed against.
    public var price: PriceReference?
    public var scale: ScoringScale
    /// Nil when it cannot be computed (fewer than two ranked candidates, or a tie for first place).
    public var sensitivity: SensitivityAnalysis?
    /// The ranking with equal weights among siblings at every level, best first.
    public var equalWeightsRanking: [RankEntry]
    /// Notes on assumptions (fallback weights, ignored values) and warnings about the inputs, worded
    /// when shown (`text(in:)`), so that a French document reads them in French.
    public var diagnostics: [MatrixDiagnostic]
    /// The mandatory requirements offers were checked against, with their labels.
    public var requirements: [DecisionMatrix.Requirement] = []

    public func candidate(_ id: String) -> CandidateResult? { candidates.first { $0.id == id } }

    public func criterion(_ id: String) -> WeightedCriterion? { criteria.first { $0.id == id } }

    /// What a failed must-have or mandatory requirement is called: its label, else its id.
    public func label(of id: String) -> String {
        criterion(id)?.label ?? requirements.first { $0.id == id }?.label ?? id
    }

    /// Ids of the candidates ranked first: one, several when tied, none when nobody is ranked.
    public var winners: [String] {
        candidates.filter { $0.rank == 1 }.map(\.id)
    }

    public var eliminated: [CandidateResult] { candidates.filter(\.isEliminated) }

    /// Irregular offers asked to regularise.
    public var regularising: [CandidateResult] { candidates.filter(\.isRegularising) }

    public var incomplete: [CandidateResult] { candidates.filter(\.isIncomplete) }
}
