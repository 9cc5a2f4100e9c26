/// One candidate's outcome.
public struct CandidateResult: Hashable, Sendable, Identifiable {
    public enum Status: Hashable, Sendable {
        /// Ranked: `tied` when another candidate has the same total.
        case ranked(rank: Int, tied: Bool)
        /// Not ranked because of missing scores or answers (criterion ids), never counted as 0.
        case incomplete(missing: [String])
        /// Irregular and out of the competition: it fails must-haves or mandatory requirements (ids), whatever
        /// its score.
        case eliminated(failed: [String])
        /// Irregular, and asked to regularise: not ranked until it has, its price still compared.
        case regularising(failed: [String])
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

    public var isRegularising: Bool {
        if case .regularising = status { return true }
        return false
    }

    /// The must-haves and mandatory requirements an irregular offer fails; empty otherwise.
    public var failed: [String] {
        switch status {
        case .eliminated(let failed), .regularising(let failed): failed
        case .ranked, .incomplete: []
        }
    }

    public var isIncomplete: Bool {
        if case .incomplete = status { return true }
        return false
    }

    public func score(_ criterionID: String) -> CriterionScore? { scores.first { $0.criterionID == criterionID } }
}
