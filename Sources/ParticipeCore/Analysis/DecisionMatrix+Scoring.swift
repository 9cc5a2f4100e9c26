/// Candidates scored on every criterion, before ranking.
struct Scoring {
    /// Candidates with a complete score carry a total and a placeholder `.ranked(rank: 0)` status.
    var candidates: [CandidateResult]
    var price: PriceReference?
}

extension DecisionMatrix {
    func score(_ criteria: [WeightedCriterion], diagnostics: inout [MatrixDiagnostic]) -> Scoring {
        let eliminatory = criteria.filter { $0.kind == .eliminatory }.map(\.id)
        let requirementIDs = Set(requirements.map(\.id))
        // Must-haves failed first, then the mandatory requirements unmet, each once.
        let failures = Dictionary(
            candidates.map { candidate in
                var seen: Set<String> = []
                let unmet = candidate.unmetRequirements.filter {
                    requirementIDs.contains($0) && seen.insert($0).inserted
                }
                return (candidate.id, eliminatory.filter { candidate.passes[$0] == false } + unmet)
            },
            uniquingKeysWith: { first, _ in first })
        // An offer asked to regularise keeps its price in the comparison: regularising cannot change it.
        let rejected = Dictionary(
            candidates.map { ($0.id, $0.regularising ? [] : failures[$0.id] ?? []) },
            uniquingKeysWith: { first, _ in first })
        let price = priceReference(criteria, failures: rejected, diagnostics: &diagnostics)
        reportIgnoredInputs(criteria, diagnostics: &diagnostics)
        let results = candidates.map { candidate in
            scoreCandidate(
                candidate, criteria: criteria, failed: failures[candidate.id] ?? [],
                rejected: !(rejected[candidate.id] ?? []).isEmpty, price: price, diagnostics: &diagnostics)
        }
        return Scoring(candidates: results, price: price)
    }

    /// The lowest and highest valid prices among the candidates not rejected.
    private func priceReference(
        _ criteria: [WeightedCriterion], failures: [String: [String]], diagnostics: inout [MatrixDiagnostic]
    ) -> PriceReference? {
        guard criteria.contains(where: { $0.kind == .price && $0.globalWeight != nil }) else { return nil }
        var prices: [Double] = []
        for candidate in candidates where failures[candidate.id]?.isEmpty ?? true {
            guard let price = candidate.price else { continue }
            guard price.isFinite, price > 0 else {
                diagnostics.append(MatrixDiagnostic(.warning, .invalidPrice(candidate: candidate.id, price: price)))
                continue
            }
            prices.append(price)
        }
        guard let lowest = prices.min(), let highest = prices.max() else { return nil }
        return PriceReference(formula: priceFormula, lowest: lowest, highest: highest)
    }

    /// Warns about scores and answers that no criterion uses, so a typo in an id does not go unseen.
    private func reportIgnoredInputs(_ criteria: [WeightedCriterion], diagnostics: inout [MatrixDiagnostic]) {
        let scoredLeaves = Set(criteria.filter { $0.isLeaf && $0.kind == .scored }.map(\.id))
        let eliminatory = Set(criteria.filter { $0.kind == .eliminatory }.map(\.id))
        let requirementIDs = Set(requirements.map(\.id))
        for candidate in candidates {
            for id in candidate.unmetRequirements where !requirementIDs.contains(id) {
                diagnostics.append(MatrixDiagnostic(.warning, .unknownRequirement(candidate: candidate.id, id: id)))
            }
            let fails =
                candidate.passes.values.contains(false)
                || candidate.unmetRequirements.contains {
                    requirementIDs.contains($0)
                }
            if candidate.regularising, !fails {
                diagnostics.append(MatrixDiagnostic(.warning, .regularisingWithoutFailure(candidate: candidate.id)))
            }
            for id in candidate.scores.keys.sorted() where !scoredLeaves.contains(id) {
                diagnostics.append(MatrixDiagnostic(.warning, .ignoredScore(candidate: candidate.id, criterion: id)))
            }
            for id in candidate.passes.keys.sorted() where !eliminatory.contains(id) {
                diagnostics.append(MatrixDiagnostic(.warning, .ignoredAnswer(candidate: candidate.id, criterion: id)))
            }
        }
    }

    private func scoreCandidate(
        _ candidate: Candidate, criteria: [WeightedCriterion], failed: [String], rejected: Bool,
        price: PriceReference?, diagnostics: inout [MatrixDiagnostic]
    ) -> CandidateResult {
        var fractions: [String: Double] = [:]
        // Children follow their parent, so walking backwards scores children before parents.
        for criterion in criteria.reversed() where criterion.kind != .eliminatory {
            if criterion.isLeaf {
                let value = leafValue(criterion, candidate: candidate, eliminated: rejected, price: price)
                guard let value, scale.isValid else { continue }
                guard scale.contains(value) else {
                    diagnostics.append(
                        MatrixDiagnostic(
                            .warning,
                            .scoreOutsideScale(
                                candidate: candidate.id, criterion: criterion.id, score: value,
                                minimum: scale.minimum, maximum: scale.maximum)))
                    continue
                }
                fractions[criterion.id] = scale.fraction(of: value)
            } else {
                let parts = criteria.filter { criterion.childIDs.contains($0.id) }
                let known = parts.compactMap { part in fractions[part.id].map { $0 * (part.localWeight ?? 0) / 100 } }
                if known.count == parts.count { fractions[criterion.id] = known.reduce(0, +) }
            }
        }
        let scores = criteria.filter(\.isWeighted).map { criterion in
            let fraction = fractions[criterion.id]
            return CriterionScore(
                criterionID: criterion.id, value: fraction.map(scale.score(atFraction:)), fraction: fraction,
                contribution: fraction.map { $0 * (criterion.globalWeight ?? 0) })
        }
        let leaves = criteria.filter(\.isLeaf)
        let missingScores = leaves.filter { fractions[$0.id] == nil }
        let missingAnswers = criteria.filter { $0.kind == .eliminatory && candidate.passes[$0.id] == nil }
        let knownTotal = leaves.compactMap { leaf in fractions[leaf.id].map { $0 * (leaf.globalWeight ?? 0) } }
            .reduce(0, +)
        let status: CandidateResult.Status
        if !failed.isEmpty {
            status = candidate.regularising ? .regularising(failed: failed) : .eliminated(failed: failed)
        } else if !missingScores.isEmpty || !missingAnswers.isEmpty {
            status = .incomplete(missing: (missingScores + missingAnswers).map(\.id))
        } else {
            status = .ranked(rank: 0, tied: false)
        }
        return CandidateResult(
            id: candidate.id, name: candidate.name, status: status,
            scores: scores, total: status == .ranked(rank: 0, tied: false) ? knownTotal : nil, knownTotal: knownTotal,
            bestPossibleTotal: knownTotal + missingScores.compactMap(\.globalWeight).reduce(0, +),
            price: candidate.price)
    }

    /// A leaf's score on the scale: given by the evaluators, or computed from the price.
    private func leafValue(
        _ criterion: WeightedCriterion, candidate: Candidate, eliminated: Bool, price: PriceReference?
    ) -> Double? {
        guard criterion.kind == .price else { return candidate.scores[criterion.id] }
        // Eliminated offers take no part in the price comparison.
        guard !eliminated, let price, let offer = candidate.price, offer.isFinite, offer > 0 else { return nil }
        let fraction = price.formula.fraction(price: offer, lowest: price.lowest, highest: price.highest)
        return scale.score(atFraction: fraction)
    }
}
