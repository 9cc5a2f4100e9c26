extension MatrixResult {
    /// The result as tables, with headings and fixed texts in `language`.
    public func tables(language: Language = .french) -> MatrixTables {
        let say = { (wording: MatrixWording) in wording.text(in: language) }
        let column = { (column: MatrixWording.Column) in say(.column(column)) }
        let leaves = criteria.filter(\.isLeaf)
        let ordered = ranking.compactMap(candidate) + candidates.filter { $0.rank == nil }
        return MatrixTables(
            criteria: MatrixTable(
                title: say(.title(.criteria)),
                columns: [
                    column(.criterion), column(.parentCriterion), column(.kind), column(.localWeight),
                    column(.globalWeight),
                ],
                rows: criteria.map { criterion in
                    [
                        .text(String(repeating: "  ", count: criterion.depth) + criterion.label),
                        criterion.parentID.flatMap { self.criterion($0)?.label }.map(TableCell.text) ?? .empty,
                        .text(say(.kind(criterion.kind))), .number(criterion.localWeight),
                        .number(criterion.globalWeight),
                    ]
                }),
            scores: MatrixTable(
                title: say(.title(.scores)),
                columns: [column(.candidate)] + (price == nil ? [] : [column(.price)]) + leaves.map(\.label)
                    + [column(.total), column(.rank), column(.status)],
                rows: ordered.map { candidate in
                    [.text(candidate.name)] + (price == nil ? [] : [.number(candidate.price)])
                        + leaves.map { .number(candidate.score($0.id)?.value) }
                        + [
                            .number(candidate.total), candidate.rank.map(TableCell.integer) ?? .empty,
                            .text(statusText(candidate.status, language)),
                        ]
                }),
            contributions: MatrixTable(
                title: say(.title(.contributions)),
                columns: [column(.candidate)] + leaves.map(\.label) + [column(.total)],
                rows: ordered.map { candidate in
                    [.text(candidate.name)] + leaves.map { .number(candidate.score($0.id)?.contribution) }
                        + [.number(candidate.total)]
                }),
            eliminations: MatrixTable(
                title: say(.title(.eliminations)),
                columns: [column(.candidate), column(.mustHavesFailed), column(.status)],
                rows: (eliminated + regularising).map { candidate in
                    [
                        .text(candidate.name), .text(labels(candidate.failed)),
                        .text(statusText(candidate.status, language)),
                    ]
                }),
            sensitivity: sensitivityTable(language),
            equalWeights: equalWeightsTable(language))
    }

    private func sensitivityTable(_ language: Language) -> MatrixTable {
        let say = { (wording: MatrixWording) in wording.text(in: language) }
        let top = sensitivity?.criteria ?? []
        // A top-level leaf already has its row; sub-criteria move on their global weight.
        let subCriteria = (sensitivity?.leaves ?? []).filter { leaf in
            !top.contains { $0.criterionID == leaf.criterionID }
        }
        let levels =
            Array(repeating: say(.criterionLevel), count: top.count)
            + Array(repeating: say(.subCriterionLevel), count: subCriteria.count)
        return MatrixTable(
            title: say(.title(.sensitivity)),
            columns: [
                MatrixWording.Column.criterion, .level, .currentWeight, .thresholdDown, .newWinnerDown, .thresholdUp,
                .newWinnerUp, .conclusion,
            ].map { say(.column($0)) },
            rows: zip(top + subCriteria, levels).map { entry, level in
                [
                    .text(entry.label), .text(level), .number(entry.baseWeight), .number(entry.decrease?.weight),
                    entry.decrease.flatMap { candidate($0.newWinner)?.name }.map(TableCell.text) ?? .empty,
                    .number(entry.increase?.weight),
                    entry.increase.flatMap { candidate($0.newWinner)?.name }.map(TableCell.text) ?? .empty,
                    .text(
                        say(
                            entry.margin.map { .winnerChanges(margin: $0) } ?? .stable
                        )),
                ]
            })
    }

    private func equalWeightsTable(_ language: Language) -> MatrixTable {
        MatrixTable(
            title: MatrixWording.title(.equalWeights).text(in: language),
            columns: [MatrixWording.Column.candidate, .equalWeightsTotal, .equalWeightsRank, .currentRank].map {
                MatrixWording.column($0).text(in: language)
            },
            rows: equalWeightsRanking.map(equalWeightsRow))
    }

    // A plain function rather than a closure: Swift 6.3's optimiser crashes on the closure form in release builds.
    private func equalWeightsRow(_ entry: RankEntry) -> [TableCell] {
        var name = entry.candidateID
        var currentRank = TableCell.empty
        if let current = candidate(entry.candidateID) {
            name = current.name
            if let rank = current.rank { currentRank = .integer(rank) }
        }
        return [.text(name), .number(entry.total), .integer(entry.rank), currentRank]
    }

    private func labels(_ ids: [String]) -> String {
        ids.map(label(of:)).joined(separator: ", ")
    }

    private func statusText(_ status: CandidateResult.Status, _ language: Language) -> String {
        let wording: MatrixWording
        switch status {
        case .ranked(_, let tied): wording = .status(tied ? .tied : .ranked)
        case .incomplete(let missing): wording = .incompleteMissing(labels(missing))
        case .eliminated(let failed): wording = .eliminatedFailing(labels(failed))
        case .regularising(let failed): wording = .regularisingFailing(labels(failed))
        }
        return wording.text(in: language)
    }
}
