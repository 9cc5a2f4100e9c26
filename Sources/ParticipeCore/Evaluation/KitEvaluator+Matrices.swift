extension KitEvaluator {
    /// A kit matrix assembled from the kept criteria items and the answers, then evaluated; memoised.
    ///
    /// - Parameter language: the language of the criteria labels.
    func matrix(_ spec: MatrixSpec, language: Language) -> MatrixOutcome {
        let key = "\(spec.id)|\(language)"
        if let known = matrixResults[key] { return known }
        let items = (kit.catalogue(spec.criteria)?.items ?? [])
            .filter { belongsToLot($0) && $0.when?.evaluate(in: self).isTruthy ?? true }
            .map { item in
                MatrixAssembler.Item(
                    item: item, label: render(item.title, language: language)?.description ?? item.id,
                    weight: weight(of: item))
            }
        // The mandatory requirements an offer may fail: the kept items of the scores question's requirements
        // catalogue whose priority is `obligatoire` for these answers.
        let requirements =
            (spec.candidates.flatMap(kit.question)?.requirementsCatalogue.flatMap(kit.catalogue))
            .map(keptItems(of:))?.filter { $0.priority == .obligatoire }
            .map { DecisionMatrix.Requirement(id: $0.id, label: "\($0.id) — \($0.title?.description ?? $0.id)") } ?? []
        let assembly = MatrixAssembler(spec: spec, kit: kit).assemble(
            items: items, weights: spec.weights.map(effectiveValue) ?? .null,
            candidates: spec.candidates.map(effectiveValue).map(offersOfLot) ?? .null, requirements: requirements)
        let outcome = MatrixOutcome(matrix: assembly.matrix, result: assembly.evaluate())
        matrixResults[key] = outcome
        return outcome
    }

    /// The rows of a `scores` answer that name the lot the evaluation is restricted to; all of them when the
    /// purchase is not divided, none for the whole of a divided one (offers are compared within their lot).
    private func offersOfLot(_ answer: Value) -> Value {
        guard let rows = answer.list else { return answer }
        guard let lot else { return divided ? .list([]) : answer }
        return .list(rows.filter { $0.record?["lot"]?.text == lot })
    }

    /// `<matrix>.winner`, `.has_scores`, `.candidates`, `.incomplete`, `.eliminated`, `.weights_total`.
    func matrixMember(_ spec: MatrixSpec, _ member: String) -> Value {
        // Labels do not show in these members: any language will do.
        let outcome = matrix(spec, language: kit.languages.first ?? .french)
        let result = outcome.result
        switch member {
        case "winner":
            guard result.winners.count == 1, let winner = result.winners.first.flatMap(result.candidate) else {
                return .null
            }
            return .text(winner.name)
        case "has_scores": return .boolean(outcome.matrix.hasScores)
        case "candidates": return .number(Double(result.candidates.count))
        case "incomplete": return .number(Double(result.incomplete.count))
        case "eliminated": return .number(Double(result.eliminated.count))
        case "weights_total": return outcome.matrix.topLevelWeightTotal.map(Value.number) ?? .null
        default: return .null
        }
    }
}

/// A kit matrix as assembled and its result.
struct MatrixOutcome {
    var matrix: DecisionMatrix
    var result: MatrixResult
}

extension KitEvaluator {
    /// A catalogue item's weight for these answers: its weight expression's number, else its fixed weight.
    func weight(of item: Catalogue.Item, bindings: [String: Value] = [:]) -> Double? {
        guard let expression = item.weightExpression else { return item.weight }
        return expression.evaluate(in: self, bindings: bindings).number
    }
}
