/// How far each weight must move for the winner to change.
///
/// A criterion's weight moves from its value to any x in 0…100 while the other criteria of the same
/// comparison share the rest, 100 − x, in their original proportions (equally when they all weighed
/// 0). Every total is then linear in x, so the winner changes exactly where a challenger's line
/// crosses the winner's: the threshold is the nearest crossing above and below the current weight.
public struct SensitivityAnalysis: Hashable, Sendable {
    /// The winner at the current weights.
    public var winner: String
    /// One entry per weighted top-level criterion, the others rescaled among the top-level criteria.
    public var criteria: [CriterionSensitivity]
    /// One entry per weighted leaf on its global weight, all other leaves rescaled.
    public var leaves: [CriterionSensitivity]

    public init(winner: String, criteria: [CriterionSensitivity], leaves: [CriterionSensitivity]) {
        self.winner = winner
        self.criteria = criteria
        self.leaves = leaves
    }

    /// The analysis of a result with a single winner among at least two ranked candidates.
    init?(result: MatrixResult) {
        let ranked = result.candidates.filter { $0.rank != nil }
        let winners = result.winners
        guard ranked.count >= 2, winners.count == 1, let winner = winners.first,
            let winnerIndex = ranked.firstIndex(where: { $0.id == winner })
        else { return nil }
        func analyse(_ components: [WeightedCriterion]) -> [CriterionSensitivity] {
            let weights = components.map { $0.globalWeight ?? 0 }
            let fractions = ranked.map { candidate in
                components.map { candidate.score($0.id)?.fraction ?? 0 }
            }
            return components.indices.map { index in
                let solver = SensitivitySolver(weights: weights, fractions: fractions, moving: index)
                let shift = { (crossing: SensitivitySolver.Crossing?) in
                    crossing.map { WeightThreshold(weight: $0.weight, newWinner: ranked[$0.challenger].id) }
                }
                return CriterionSensitivity(
                    criterionID: components[index].id, label: components[index].label, baseWeight: weights[index],
                    decrease: shift(solver.crossing(of: winnerIndex, upwards: false)),
                    increase: shift(solver.crossing(of: winnerIndex, upwards: true)))
            }
        }
        let weighted = result.criteria.filter(\.isWeighted)
        self.init(
            winner: winner, criteria: analyse(weighted.filter { $0.parentID == nil }),
            leaves: analyse(weighted.filter(\.isLeaf)))
    }
}
