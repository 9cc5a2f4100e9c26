extension DecisionMatrix {
    /// The criteria tree flattened parents first, with local and global weights out of 100.
    func resolveWeights(diagnostics: inout [MatrixDiagnostic]) -> [WeightedCriterion] {
        var output: [WeightedCriterion] = []
        appendGroup(
            criteria, weighting: weighting, parent: nil, parentGlobal: 100, depth: 0,
            into: &output, diagnostics: &diagnostics)
        return output
    }

    /// Appends a group of siblings and, recursively, their sub-criteria; returns the weighted ids.
    @discardableResult
    private func appendGroup(
        _ group: [Criterion], weighting: Weighting, parent: Criterion?, parentGlobal: Double, depth: Int,
        into output: inout [WeightedCriterion], diagnostics: inout [MatrixDiagnostic]
    ) -> [String] {
        let weighted = group.filter(\.isWeighted)
        let resolution = WeightSource.resolve(
            weighting, ids: weighted.map(\.id), rawWeights: weighted.map(\.rawWeight))
        for diagnostic in resolution.diagnostics {
            diagnostics.append(MatrixDiagnostic(diagnostic.severity, .inGroup(parent: parent?.id, diagnostic.message)))
        }
        var localWeights: [String: Double] = [:]
        for (criterion, weight) in zip(weighted, resolution.weights) { localWeights[criterion.id] = weight }

        for criterion in group {
            let local = localWeights[criterion.id]
            let global = local.map { parentGlobal * $0 / 100 }
            let index = output.count
            output.append(
                WeightedCriterion(
                    id: criterion.id, label: criterion.label, kind: criterion.kind, parentID: parent?.id, depth: depth,
                    childIDs: [], localWeight: local, globalWeight: global))
            guard !criterion.children.isEmpty else { continue }
            guard criterion.kind == .scored, let global else {
                diagnostics.append(
                    MatrixDiagnostic(.warning, .cannotHaveSubCriteria(criterion.id, kind: criterion.kind)))
                continue
            }
            output[index].childIDs = appendGroup(
                criterion.children, weighting: criterion.childWeighting, parent: criterion, parentGlobal: global,
                depth: depth + 1, into: &output, diagnostics: &diagnostics)
        }
        return weighted.map(\.id)
    }
}
