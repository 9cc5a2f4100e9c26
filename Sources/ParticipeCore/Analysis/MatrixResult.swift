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

    public func candidate(_ id: String) -> CandidateResult? { candidates.first { $0.id == id } }

    public func criterion(_ id: String) -> WeightedCriterion? { criteria.first { $0.id == id } }

    /// Ids of the candidates ranked first: one, several when tied, none when nobody is ranked.
    public var winners: [String] {
        candidates.filter { $0.rank == 1 }.map(\.id)
    }

    public var eliminated: [CandidateResult] { candidates.filter(\.isEliminated) }

    public var incomplete: [CandidateResult] { candidates.filter(\.isIncomplete) }
}

/// A criterion with its place in the tree and its weights out of 100.
public struct WeightedCriterion: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var kind: Criterion.Kind
    public var parentID: String?
    /// 0 for a top-level criterion.
    public var depth: Int
    /// Ids of the weighted sub-criteria, whose scores make this criterion's score.
    public var childIDs: [String]
    /// Share of the parent's weight, siblings summing to 100; nil for an eliminatory criterion.
    public var localWeight: Double?
    /// Share of the total, the product of the local fractions along the path × 100; nil if eliminatory.
    public var globalWeight: Double?

    /// Whether the criterion takes part in the weighted total (eliminatory ones do not).
    public var isWeighted: Bool { kind != .eliminatory }

    /// A weighted criterion scored directly (or from prices) rather than through sub-criteria.
    public var isLeaf: Bool { kind != .eliminatory && childIDs.isEmpty }
}

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

/// One candidate's outcome.
public struct CandidateResult: Hashable, Sendable, Identifiable {
    public enum Status: Hashable, Sendable {
        /// Ranked: `tied` when another candidate has the same total.
        case ranked(rank: Int, tied: Bool)
        /// Not ranked because of missing scores or answers (criterion ids), never counted as 0.
        case incomplete(missing: [String])
        /// Out of the competition for failing must-haves (criterion ids), whatever its score.
        case eliminated(failed: [String])
    }

    public var id: String
    public var name: String
    public var status: Status
    /// Scores of every weighted criterion, parents included, in the order of `MatrixResult.criteria`.
    public var scores: [CriterionScore]
    /// Total out of 100; nil unless the candidate is ranked (eliminated and incomplete ones get none).
    public var total: Double?
    /// Sum of the known contributions: the total if every missing score were the scale's minimum.
    public var knownTotal: Double
    /// The total if every missing score were the scale's maximum.
    public var bestPossibleTotal: Double
    public var price: Double?

    public var rank: Int? {
        if case .ranked(let rank, _) = status { return rank }
        return nil
    }

    public var isTied: Bool {
        if case .ranked(_, let tied) = status { return tied }
        return false
    }

    public var isEliminated: Bool {
        if case .eliminated = status { return true }
        return false
    }

    public var isIncomplete: Bool {
        if case .incomplete = status { return true }
        return false
    }

    public func score(_ criterionID: String) -> CriterionScore? { scores.first { $0.criterionID == criterionID } }
}

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

/// A place in a ranking.
public struct RankEntry: Hashable, Sendable {
    public var candidateID: String
    public var total: Double
    public var rank: Int
    public var tied: Bool
}
