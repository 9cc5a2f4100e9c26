import ParticipeCore

/// The words of a matrix view in the document's language, from `MatrixWording`: kinds, statuses, ties and
/// sensitivity sentences.
struct MatrixWords {
    let language: Language
    let formatter: ValueFormatter

    private func say(_ wording: MatrixWording) -> String { wording.text(in: language) }

    func kind(_ kind: Criterion.Kind) -> String { say(.kind(kind)) }

    func status(_ status: CandidateResult.Status) -> String {
        switch status {
        case .ranked(_, let tied): say(.status(tied ? .tied : .ranked))
        case .incomplete: say(.status(.incomplete))
        case .eliminated: say(.status(.eliminated))
        case .regularising: say(.status(.regularising))
        }
    }

    func name(of formula: PriceFormula) -> String { say(.formulaName(formula)) }

    func formula(of formula: PriceFormula) -> String { say(.formula(formula)) }

    /// "A, B et C" / "A, B and C".
    func list(_ names: [String]) -> String { say(.list(names)) }

    /// One sentence per group of tied candidates; nil when nobody is tied.
    func ties(_ groups: [[String]], ranks: [Int]) -> String? {
        guard !groups.isEmpty else { return nil }
        return zip(groups, ranks).map { group, rank in say(.tiedAtRank(names: list(group), rank: rank)) }
            .joined(separator: " ")
    }

    /// How far a top-level weight may move before the winner changes, in words.
    ///
    /// "Offre B reste en tête tant que le poids de « Prix » reste entre 22,4 et 61 (il est de 30). …"
    func sentence(_ entry: CriterionSensitivity, winner: String, names: (String) -> String) -> String {
        let change: MatrixWording.Change
        switch (entry.decrease, entry.increase) {
        case (nil, nil):
            change = .never
        case (let low?, let high?):
            change = .outside(
                low: weight(low.weight), lowWinner: names(low.newWinner), high: weight(high.weight),
                highWinner: names(high.newWinner))
        case (let low?, nil):
            change = .below(low: weight(low.weight), lowWinner: names(low.newWinner))
        case (nil, let high?):
            change = .above(high: weight(high.weight), highWinner: names(high.newWinner))
        }
        return say(
            .sensitivity(winner: winner, criterion: entry.label, weight: weight(entry.baseWeight), change: change))
    }

    /// Weights in sentences carry one decimal: the thresholds are exact, the reader wants an order of size.
    private func weight(_ value: Double) -> String { formatter.number(value, decimals: 1) }
}
