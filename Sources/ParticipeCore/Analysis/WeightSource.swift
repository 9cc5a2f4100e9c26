/// Turns the answers about weights (points, a ranking, fixed percentages) into weights summing to 100.
public enum WeightSource {
    /// Rank-order centroid weights, as fractions summing to 1, most important first.
    ///
    /// w_i = (1/n) · Σ_{k=i…n} 1/k: for three criteria, 0.611, 0.278 and 0.111.
    public static func rankOrderCentroid(count: Int) -> [Double] {
        guard count > 0 else { return [] }
        let n = Double(count)
        return (1...count).map { rank in
            (rank...count).reduce(0) { $0 + 1 / Double($1) } / n
        }
    }

    /// Raw points normalised to sum to 100, with the fallbacks for missing or unusable values.
    ///
    /// A negative or non-finite value counts as missing. A missing value gets the mean of the given
    /// ones; an explicit 0 stays 0. When nothing positive is given, every weight is equal.
    public static func normalise(_ raw: [Double?]) -> WeightResolution {
        normalise(raw, names: raw.indices.map { .position($0 + 1) })
    }

    private static func normalise(_ raw: [Double?], names: [MatrixMessage.Weighed]) -> WeightResolution {
        guard !raw.isEmpty else { return WeightResolution(weights: [], diagnostics: []) }
        var diagnostics: [MatrixDiagnostic] = []
        let usable = raw.map { value -> Double? in
            guard let value, value.isFinite, value >= 0 else { return nil }
            return value
        }
        for (index, value) in raw.enumerated() where value != nil && usable[index] == nil {
            diagnostics.append(MatrixDiagnostic(.warning, .unusableWeight(names[index], value: value ?? 0)))
        }
        let given = usable.compactMap { $0 }
        let total = given.reduce(0, +)
        guard total > 0 else {
            diagnostics.append(MatrixDiagnostic(.note, .noPositiveWeight))
            return equal(count: raw.count, diagnostics: diagnostics)
        }
        let mean = total / Double(given.count)
        let missing = usable.indices.filter { usable[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(MatrixDiagnostic(.note, .missingWeights(missing.map { names[$0] })))
        }
        let filled = usable.map { $0 ?? mean }
        let sum = filled.reduce(0, +)
        return WeightResolution(weights: filled.map { $0 / sum * 100 }, diagnostics: diagnostics)
    }

    /// The weights of a group of sibling criteria, normalised to sum to 100.
    ///
    /// Diagnostics name criteria by their id.
    /// - Parameters:
    ///   - weighting: how the group is weighted.
    ///   - ids: the criteria of the group, in order.
    ///   - rawWeights: their `rawWeight`s, in the same order.
    public static func resolve(_ weighting: Weighting, ids: [String], rawWeights: [Double?]) -> WeightResolution {
        switch weighting {
        case .equal:
            return equal(count: ids.count, diagnostics: [])
        case .points:
            return normalise(rawWeights, names: ids.map { .criterion($0) })
        case .fixed:
            var resolution = normalise(rawWeights, names: ids.map { .criterion($0) })
            let sum = rawWeights.compactMap { $0 }.reduce(0, +)
            if rawWeights.allSatisfy({ $0 != nil }), abs(sum - 100) > 1e-6, sum > 0 {
                resolution.diagnostics.append(MatrixDiagnostic(.note, .fixedWeightsSum(sum)))
            }
            return resolution
        case .ranking(let order):
            return ranked(order: order, ids: ids)
        }
    }

    static func equal(count: Int, diagnostics: [MatrixDiagnostic]) -> WeightResolution {
        WeightResolution(
            weights: Array(repeating: count > 0 ? 100 / Double(count) : 0, count: count), diagnostics: diagnostics)
    }

    /// ROC weights by position; criteria left out of the order share the last positions equally.
    private static func ranked(order: [String], ids: [String]) -> WeightResolution {
        var diagnostics: [MatrixDiagnostic] = []
        var seen: Set<String> = []
        let known = Set(ids)
        let ordered = order.filter { id in
            guard known.contains(id) else {
                diagnostics.append(MatrixDiagnostic(.warning, .unknownRankedCriterion(id)))
                return false
            }
            return seen.insert(id).inserted
        }
        let left = ids.filter { !seen.contains($0) }
        let centroid = rankOrderCentroid(count: ids.count).map { $0 * 100 }
        var weights: [String: Double] = [:]
        for (position, id) in ordered.enumerated() { weights[id] = centroid[position] }
        if !left.isEmpty {
            let tail = centroid[ordered.count...]
            let share = tail.reduce(0, +) / Double(tail.count)
            for id in left { weights[id] = share }
            diagnostics.append(MatrixDiagnostic(.note, .notRanked(left)))
        }
        return WeightResolution(weights: ids.map { weights[$0] ?? 0 }, diagnostics: diagnostics)
    }
}
