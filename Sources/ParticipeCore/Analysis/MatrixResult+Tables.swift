/// The result as tables, ready for documents and CSV writers.
public struct MatrixTables: Hashable, Sendable {
    /// Criterion, parent, kind, local weight, global weight.
    public var criteria: MatrixTable
    /// Candidate × leaf criterion scores on the scale, then total, rank and status.
    public var scores: MatrixTable
    /// Candidate × leaf criterion weighted contributions (points out of 100), then total.
    public var contributions: MatrixTable
    /// Eliminated candidates and the must-haves they fail.
    public var eliminations: MatrixTable
    /// Per top-level criterion then per leaf: weight, thresholds down and up, who takes over.
    public var sensitivity: MatrixTable
    /// The ranking under equal weights next to the actual one.
    public var equalWeights: MatrixTable

    public var all: [MatrixTable] { [criteria, scores, contributions, eliminations, sensitivity, equalWeights] }
}

extension MatrixResult {
    /// The result as tables, with headings and fixed texts in `language`.
    public func tables(language: Language = .french) -> MatrixTables {
        let l = language
        let leaves = criteria.filter(\.isLeaf)
        let ordered = ranking.compactMap(candidate) + candidates.filter { $0.rank == nil }
        return MatrixTables(
            criteria: MatrixTable(
                title: l.pick("Critères et pondérations", "Criteria and weights"),
                columns: [
                    l.pick("Critère", "Criterion"), l.pick("Critère parent", "Parent criterion"),
                    l.pick("Type", "Kind"),
                    l.pick("Poids local (%)", "Local weight (%)"), l.pick("Poids global (%)", "Global weight (%)"),
                ],
                rows: criteria.map { criterion in
                    [
                        .text(String(repeating: "  ", count: criterion.depth) + criterion.label),
                        criterion.parentID.flatMap { self.criterion($0)?.label }.map(TableCell.text) ?? .empty,
                        .text(kindName(criterion.kind, l)), .number(criterion.localWeight),
                        .number(criterion.globalWeight),
                    ]
                }),
            scores: MatrixTable(
                title: l.pick("Notes des candidats", "Candidates' scores"),
                columns: [l.pick("Candidat", "Candidate")] + (price == nil ? [] : [l.pick("Prix", "Price")])
                    + leaves.map(\.label) + [
                        l.pick("Total /100", "Total /100"), l.pick("Rang", "Rank"), l.pick("Statut", "Status"),
                    ],
                rows: ordered.map { candidate in
                    [.text(candidate.name)] + (price == nil ? [] : [.number(candidate.price)])
                        + leaves.map { .number(candidate.score($0.id)?.value) }
                        + [
                            .number(candidate.total), candidate.rank.map(TableCell.integer) ?? .empty,
                            .text(statusText(candidate.status, l)),
                        ]
                }),
            contributions: MatrixTable(
                title: l.pick("Points pondérés par critère", "Weighted points per criterion"),
                columns: [l.pick("Candidat", "Candidate")] + leaves.map(\.label) + ["Total /100"],
                rows: ordered.map { candidate in
                    [.text(candidate.name)] + leaves.map { .number(candidate.score($0.id)?.contribution) }
                        + [.number(candidate.total)]
                }),
            eliminations: MatrixTable(
                title: l.pick("Candidats éliminés", "Eliminated candidates"),
                columns: [
                    l.pick("Candidat", "Candidate"), l.pick("Critères éliminatoires non remplis", "Must-haves failed"),
                ],
                rows: eliminated.compactMap { candidate in
                    guard case .eliminated(let failed) = candidate.status else { return nil }
                    return [.text(candidate.name), .text(labels(failed))]
                }),
            sensitivity: sensitivityTable(l),
            equalWeights: equalWeightsTable(l))
    }

    private func sensitivityTable(_ l: Language) -> MatrixTable {
        let top = sensitivity?.criteria ?? []
        // A top-level leaf already has its row; sub-criteria move on their global weight.
        let subCriteria = (sensitivity?.leaves ?? []).filter { leaf in
            !top.contains { $0.criterionID == leaf.criterionID }
        }
        let levels =
            Array(repeating: l.pick("critère", "criterion"), count: top.count)
            + Array(
                repeating: l.pick("sous-critère (poids global)", "sub-criterion (global weight)"),
                count: subCriteria.count)
        let stable = l.pick("stable de 0 à 100", "stable from 0 to 100")
        return MatrixTable(
            title: l.pick("Sensibilité des pondérations", "Weight sensitivity"),
            columns: [
                l.pick("Critère", "Criterion"), l.pick("Niveau", "Level"),
                l.pick("Poids actuel (%)", "Current weight (%)"),
                l.pick("Seuil à la baisse (%)", "Threshold down (%)"), l.pick("Nouveau premier", "New winner"),
                l.pick("Seuil à la hausse (%)", "Threshold up (%)"), l.pick("Nouveau premier", "New winner"),
                l.pick("Conclusion", "Conclusion"),
            ],
            rows: zip(top + subCriteria, levels).map { entry, level in
                [
                    .text(entry.label), .text(level), .number(entry.baseWeight), .number(entry.decrease?.weight),
                    entry.decrease.flatMap { candidate($0.newWinner)?.name }.map(TableCell.text) ?? .empty,
                    .number(entry.increase?.weight),
                    entry.increase.flatMap { candidate($0.newWinner)?.name }.map(TableCell.text) ?? .empty,
                    .text(
                        entry.margin.map {
                            l.pick("le premier change à ", "winner changes at ") + TableCell.format($0, decimals: 2)
                                + l.pick(" point(s) près", " point(s) away")
                        } ?? stable),
                ]
            })
    }

    private func equalWeightsTable(_ l: Language) -> MatrixTable {
        MatrixTable(
            title: l.pick("Classement à poids égaux", "Ranking with equal weights"),
            columns: [
                l.pick("Candidat", "Candidate"), l.pick("Total à poids égaux /100", "Equal-weights total /100"),
                l.pick("Rang à poids égaux", "Equal-weights rank"), l.pick("Rang actuel", "Current rank"),
            ],
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
        ids.map { criterion($0)?.label ?? $0 }.joined(separator: ", ")
    }

    private func kindName(_ kind: Criterion.Kind, _ l: Language) -> String {
        switch kind {
        case .scored: l.pick("noté", "scored")
        case .price: l.pick("prix", "price")
        case .eliminatory: l.pick("éliminatoire", "eliminatory")
        }
    }

    private func statusText(_ status: CandidateResult.Status, _ l: Language) -> String {
        switch status {
        case .ranked(_, let tied): tied ? l.pick("ex aequo", "tied") : l.pick("classé", "ranked")
        case .incomplete(let missing): l.pick("incomplet, manque : ", "incomplete, missing: ") + labels(missing)
        case .eliminated(let failed): l.pick("éliminé : ", "eliminated: ") + labels(failed)
        }
    }
}
