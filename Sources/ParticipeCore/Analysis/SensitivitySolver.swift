/// Finds where totals cross when one weight moves and the others are rescaled to keep 100.
///
/// With weight x on the moving component k and the others scaled to share 100 − x, the total of a
/// candidate c is T_c(x) = 100·b_c + x·(a_c − b_c), where a_c is its fraction on k and b_c its
/// fraction on the others, averaged with their original proportions. Lines cross at one x at most.
struct SensitivitySolver {
    struct Crossing {
        var weight: Double
        var challenger: Int
    }

    /// a_c for each candidate.
    private let onMoving: [Double]
    /// b_c for each candidate.
    private let onOthers: [Double]
    private let base: Double
    private let componentCount: Int
    private static let edge = 1e-9
    /// Below this, two crossings or two slopes differ only by rounding.
    private static let tolerance = 1e-9

    /// - Parameters:
    ///   - weights: the components' weights, summing to 100.
    ///   - fractions: per candidate, its fraction (0…1) on each component.
    ///   - moving: the index of the component whose weight moves.
    init(weights: [Double], fractions: [[Double]], moving: Int) {
        let others = weights.indices.filter { $0 != moving }
        let rest = others.map { weights[$0] }.reduce(0, +)
        // When the others all weigh 0 there are no proportions to keep: share equally.
        let proportions = others.map { rest > 0 ? weights[$0] / rest : 1 / Double(others.count) }
        base = weights[moving]
        componentCount = weights.count
        onMoving = fractions.map { $0[moving] }
        onOthers = fractions.map { row in zip(others, proportions).map { row[$0] * $1 }.reduce(0, +) }
    }

    func total(of candidate: Int, atWeight x: Double) -> Double {
        100 * onOthers[candidate] + x * (onMoving[candidate] - onOthers[candidate])
    }

    /// The nearest weight in the given direction, strictly inside 0…100, past which a challenger
    /// beats `winner`; nil when the winner holds over the whole range.
    func crossing(of winner: Int, upwards: Bool) -> Crossing? {
        // A single component always weighs 100: there is nothing to move.
        guard componentCount > 1 else { return nil }
        var best: (crossing: Crossing, slope: Double)?
        for challenger in onMoving.indices where challenger != winner {
            // Difference challenger − winner: gap + slope · x, negative at the base weight.
            let slope = (onMoving[challenger] - onOthers[challenger]) - (onMoving[winner] - onOthers[winner])
            let gap = 100 * (onOthers[challenger] - onOthers[winner])
            guard upwards ? slope > 0 : slope < 0 else { continue }
            let x = -gap / slope
            // A crossing at an end of the range (up to rounding) is only a tie there, never a takeover.
            let inside = x > Self.edge && x < 100 - Self.edge
            guard inside, upwards ? x > base : x < base else { continue }
            let crossing = Crossing(weight: x, challenger: challenger)
            guard let current = best else {
                best = (crossing, slope)
                continue
            }
            let delta = x - current.crossing.weight
            // At a shared crossing, the steeper line is the one ahead just past it; lines the same up to rounding
            // keep the first challenger, so that the same matrix computed another way names the same one.
            let steeper = abs(slope) - abs(current.slope) > Self.tolerance
            let replaces = abs(delta) <= Self.tolerance ? steeper : (upwards ? delta < 0 : delta > 0)
            if replaces { best = (crossing, slope) }
        }
        return best?.crossing
    }
}
