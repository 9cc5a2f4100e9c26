import ParticipeCore
import PropertyBased

/// Random decision matrices for the property tests: 1–4 top-level criteria, some with sub-criteria,
/// integer points and integer scores, so that distinct totals differ by far more than rounding.
enum RandomMatrix {
    /// - Parameters:
    ///   - candidates: how many candidates.
    ///   - scores: the range of every score (within the 0–5 scale).
    ///   - price: whether to add a price criterion (proportional formula).
    ///   - mixedWeighting: whether groups may use rankings, fixed or equal weights instead of points.
    static func generator(
        candidates: ClosedRange<Int> = 2...5, scores: ClosedRange<Int> = 0...5, price: Bool = false,
        mixedWeighting: Bool = false
    ) -> Generator<DecisionMatrix, Shrink.None<DecisionMatrix>> {
        Generator<DecisionMatrix, Shrink.None<DecisionMatrix>>(run: { rng in
            make(
                using: &rng, candidates: candidates, scores: scores, price: price, mixedWeighting: mixedWeighting)
        })
    }

    static func make(
        using rng: inout any SeededRandomNumberGenerator, candidates: ClosedRange<Int>, scores: ClosedRange<Int>,
        price: Bool, mixedWeighting: Bool
    ) -> DecisionMatrix {
        var criteria: [Criterion] = (0..<Int.random(in: 1...4, using: &rng)).map { index in
            let childCount = Bool.random(using: &rng) ? 0 : Int.random(in: 1...3, using: &rng)
            let children = (0..<childCount).map { child in
                Criterion(id: "c\(index).\(child)", label: "c\(index).\(child)", rawWeight: points(using: &rng))
            }
            return Criterion(
                id: "c\(index)", label: "c\(index)", rawWeight: points(using: &rng),
                childWeighting: weighting(children.map(\.id), mixed: mixedWeighting, using: &rng),
                children: children)
        }
        if price { criteria.append(Criterion(id: "prix", label: "Prix", kind: .price, rawWeight: points(using: &rng))) }
        let leaves = criteria.flatMap(\.flattened).filter { $0.children.isEmpty && $0.kind == .scored }
        let people = (0..<Int.random(in: candidates, using: &rng)).map { index in
            Candidate(
                id: "K\(index)", name: "K\(index)",
                scores: Dictionary(
                    uniqueKeysWithValues: leaves.map { ($0.id, Double(Int.random(in: scores, using: &rng))) }),
                price: price ? Double(Int.random(in: 50...150, using: &rng)) : nil)
        }
        return DecisionMatrix(
            criteria: criteria, weighting: weighting(criteria.map(\.id), mixed: mixedWeighting, using: &rng),
            candidates: people)
    }

    /// Integer points, sometimes 0, sometimes missing.
    private static func points(using rng: inout any SeededRandomNumberGenerator) -> Double? {
        let draw = Int.random(in: -1...10, using: &rng)
        return draw < 0 ? nil : Double(draw)
    }

    private static func weighting(
        _ ids: [String], mixed: Bool, using rng: inout any SeededRandomNumberGenerator
    ) -> Weighting {
        guard mixed else { return .points }
        switch Int.random(in: 0...3, using: &rng) {
        case 0: return .ranking(ids.shuffled(using: &rng))
        case 1: return .fixed
        case 2: return .equal
        default: return .points
        }
    }

    /// The matrix with the top-level weights fixed to `weights` (keyed by criterion id).
    static func withTopLevelWeights(_ matrix: DecisionMatrix, _ weights: [String: Double]) -> DecisionMatrix {
        var copy = matrix
        copy.weighting = .fixed
        copy.criteria = matrix.criteria.map { criterion in
            var reweighted = criterion
            reweighted.rawWeight = weights[criterion.id]
            return reweighted
        }
        return copy
    }

    /// The weights of `ids` when `moving` is set to `x` and the others keep their proportions.
    static func rescaled(_ base: [String: Double], moving: String, to x: Double) -> [String: Double] {
        let rest = base.filter { $0.key != moving }
        let restTotal = rest.values.reduce(0, +)
        var weights = rest.mapValues { restTotal > 0 ? $0 / restTotal * (100 - x) : (100 - x) / Double(rest.count) }
        weights[moving] = x
        return weights
    }
}
