import ParticipeCore

extension TemplateContext {
    /// `matrices.<id>`: each decision matrix's criteria, scores, ranking and analyses (see `docs/templates.md`).
    func matrices() -> TemplateValue {
        var values = TemplateObject()
        for spec in kit.matrices {
            guard let result = evaluation.matrices[spec.id], let matrix = evaluation.decisionMatrices[spec.id] else {
                continue
            }
            values[spec.id] = MatrixView(context: self, spec: spec, matrix: matrix, result: result).value
        }
        return .object(values)
    }
}

/// Builds the view of one matrix; numbers are formatted in the document's language.
private struct MatrixView {
    let context: TemplateContext
    let spec: MatrixSpec
    let matrix: DecisionMatrix
    let result: MatrixResult

    var formatter: ValueFormatter { context.formatter }
    var words: MatrixWords { MatrixWords(language: context.language, formatter: formatter) }

    var value: TemplateValue {
        let winner = result.winners.count == 1 ? result.winners.first.flatMap(result.candidate) : nil
        var view = TemplateObject()
        view["title"] = context.kitMarkdown(spec.title)
        view["criteria"] = .list(result.criteria.map(criterionView))
        view["scale"] = .list(scaleView)
        view["has_price"] = .flag(result.criteria.contains { $0.kind == .price && $0.globalWeight != nil })
        view["price_formula"] = .object([
            "id": .text(spec.priceFormula.rawValue), "name": .text(words.name(of: matrix.priceFormula)),
            "formula": .text(words.formula(of: matrix.priceFormula)),
        ])
        view["candidates"] = .list(orderedCandidates.map(candidateView))
        view["has_scores"] = .flag(matrix.hasScores)
        view["has_irregular"] = .flag(!(result.eliminated + result.regularising).isEmpty)
        view["has_regularising"] = .flag(!result.regularising.isEmpty)
        view["regularising_several"] = .flag(result.regularising.count > 1)
        view["regularising_names"] = .optionalText(words.list(result.regularising.map(\.name)))
        view["winner"] = .optionalText(winner?.name)
        view["ties"] = .optionalText(words.ties(result.ties.map { $0.map(name) }, ranks: result.ties.map(rank)))
        view["sensitivity"] = .list((result.sensitivity?.criteria ?? []).map(sensitivityView))
        view["equal_weights"] = .list(
            result.equalWeightsRanking.map { entry in
                .object([
                    "rank": .number(entry.rank), "name": .text(name(entry.candidateID)), "total": number(entry.total),
                    "current_rank": .optionalText(result.candidate(entry.candidateID)?.rank.map(String.init)),
                ])
            })
        view["notes"] = .list(
            result.diagnostics.map { note in
                .object(["severity": .text(note.severity.rawValue), "message": .text(note.text(in: context.language))])
            })
        view["tables"] = .list(tablesView)
        return .object(view)
    }

    /// Ranked candidates in rank order, then incomplete ones, then those asked to regularise, then the rejected
    /// ones, each in input order.
    private var orderedCandidates: [CandidateResult] {
        result.ranking.compactMap(result.candidate) + result.incomplete + result.regularising + result.eliminated
    }

    private func name(_ candidateID: String) -> String { result.candidate(candidateID)?.name ?? candidateID }

    private func rank(_ group: [String]) -> Int { group.first.flatMap { result.candidate($0)?.rank } ?? 0 }

    private func label(_ id: String) -> String { result.label(of: id) }

    private func labels(_ ids: [String]) -> TemplateValue {
        .optionalText(ids.map(label).joined(separator: ", "))
    }

    private func number(_ value: Double?) -> TemplateValue {
        .optionalText(value.map { formatter.number($0) })
    }

    /// The item's title as kit Markdown (answers inside escaped), else the engine's label.
    private func labelView(_ criterion: WeightedCriterion) -> TemplateValue {
        let kept = context.evaluation.catalogues[spec.criteria]?.first { $0.item.id == criterion.id }
        return kept.flatMap { context.markdown($0.title) } ?? .text(criterion.label)
    }

    private func criterionView(_ criterion: WeightedCriterion) -> TemplateValue {
        // Each candidate's score on this criterion, in the order of `candidates`: a grid with the criteria as
        // rows stays readable in print when there are many criteria and few offers.
        let scores = orderedCandidates.map { candidate -> TemplateValue in
            let score = candidate.score(criterion.id)
            return .object([
                "name": .text(candidate.name), "score": number(score?.value),
                "contribution": number(score?.contribution),
            ])
        }
        return .object([
            "id": .text(criterion.id), "label": labelView(criterion), "parent": .optionalText(criterion.parentID),
            "level": .number(criterion.depth), "weight": number(criterion.localWeight),
            "global_weight": number(criterion.globalWeight), "kind": .text(criterion.kind.rawValue),
            "kind_label": .text(words.kind(criterion.kind)), "is_top": .flag(criterion.parentID == nil),
            "is_leaf": .flag(criterion.isLeaf), "scores": .list(scores),
        ])
    }

    private var scaleView: [TemplateValue] {
        let scale = result.scale
        let levels: [(Double, String?)]
        if !scale.levels.isEmpty {
            levels = scale.levels.map { ($0.value, $0.label(in: context.language)) }
        } else if scale.isValid, scale.maximum - scale.minimum <= 20, scale.minimum == scale.minimum.rounded() {
            levels = stride(from: scale.minimum, through: scale.maximum, by: 1).map { ($0, nil) }
        } else {
            levels = [(scale.minimum, nil), (scale.maximum, nil)]
        }
        return levels.map { .object(["score": .text(formatter.number($0.0)), "label": .optionalText($0.1)]) }
    }

    private func candidateView(_ candidate: CandidateResult) -> TemplateValue {
        var missing: [String] = []
        if case .incomplete(let ids) = candidate.status { missing = ids }
        var view = TemplateObject()
        view["rank"] = .optionalText(candidate.rank.map(String.init))
        view["name"] = .text(candidate.name)
        view["total"] = number(candidate.total)
        view["tied"] = .flag(candidate.isTied)
        view["eliminated"] = .flag(candidate.isEliminated)
        view["regularising"] = .flag(candidate.isRegularising)
        view["irregular"] = .flag(!candidate.failed.isEmpty)
        view["failed"] = labels(candidate.failed)
        view["incomplete"] = .flag(candidate.isIncomplete)
        view["missing"] = labels(missing)
        view["status"] = .text(words.status(candidate.status))
        view["known_total"] = number(candidate.knownTotal)
        view["best_possible_total"] = number(candidate.bestPossibleTotal)
        view["price"] = number(candidate.price)
        view["scores"] = .list(
            candidate.scores.map { score in
                let criterion = result.criterion(score.criterionID)
                return .object([
                    "criterion": .text(score.criterionID), "label": .text(label(score.criterionID)),
                    "score": number(score.value), "contribution": number(score.contribution),
                    "level": .number(criterion?.depth ?? 0), "is_leaf": .flag(criterion?.isLeaf ?? false),
                ])
            })
        return .object(view)
    }

    private func sensitivityView(_ entry: CriterionSensitivity) -> TemplateValue {
        .object([
            "criterion": .text(entry.criterionID), "label": .text(entry.label), "weight": number(entry.baseWeight),
            "decrease": number(entry.decrease?.weight),
            "decrease_winner": .optionalText(entry.decrease.map { name($0.newWinner) }),
            "increase": number(entry.increase?.weight),
            "increase_winner": .optionalText(entry.increase.map { name($0.newWinner) }),
            "stable": .flag(entry.isStable),
            "sentence": .text(words.sentence(entry, winner: name(result.sensitivity?.winner ?? ""), names: name)),
        ])
    }

    private var tablesView: [TemplateValue] {
        let tables = result.tables(language: context.language)
        return tables.named.map { id, table in
            .object([
                "id": .text(id), "title": .text(table.title),
                "columns": .list(table.columns.map { .object(["name": .text($0)]) }),
                "rows": .list(
                    table.rows.map { row in
                        .object(["cells": .list(row.map { .object(["value": .optionalText(cellText($0))]) })])
                    }),
            ])
        }
    }

    private func cellText(_ cell: TableCell) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value, let decimals): formatter.number(value, decimals: decimals)
        case .integer(let value): String(value)
        case .empty: ""
        }
    }
}
